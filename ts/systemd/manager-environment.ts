/**
 * The user manager's environment block as the daemon sees it: read (through `systemctl --user`,
 * see manager.ts), cached, re-read on a slow cadence (the manager emits no change signal for its
 * `Environment` property), and written back when the daemon repairs it.
 *
 * Reads cost a process each, so they happen when something happened (the owner calls
 * {@link ManagerEnvironment.refresh}) and otherwise once per `periodMs` at most.
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { ManagerEnv } from '../discovery/discover.js';
import { managerEnvironment, setManagerEnvironment, unsetManagerEnvironment } from './manager.js';

/** How the environment block is read and written; {@link systemctlEnvironment} in production. */
export interface EnvironmentAccess {
  /** The whole block, or null when no user manager answers. Never rejects. */
  read(): Promise<ManagerEnv>;
  /** @throws Error with the manager's message when it refuses. */
  set(vars: Record<string, string>): Promise<void>;
  /** @throws Error with the manager's message when it refuses. */
  unset(names: string[]): Promise<void>;
}

/** {@link EnvironmentAccess} through `systemctl --user show-environment|set-environment|unset-environment`. */
export const systemctlEnvironment: EnvironmentAccess = {
  read: managerEnvironment,
  set: setManagerEnvironment,
  unset: unsetManagerEnvironment,
};

/** Events: `refreshed` after every read, with what was read (null: no user manager answered). */
export interface ManagerEnvironmentEvents {
  refreshed: [env: ManagerEnv];
}

export class ManagerEnvironment extends EventEmitter<ManagerEnvironmentEvents> {
  /** Reads made (each one a `systemctl` process with the default access). */
  reads = 0;
  private value: ManagerEnv = null;
  private readAt = -Infinity;
  private inFlight: Promise<ManagerEnv> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private periodMs: number | null = null;

  constructor(private readonly access: EnvironmentAccess = systemctlEnvironment) {
    super();
  }

  /** The last block read; null before the first read and when no user manager answered. */
  get current(): ManagerEnv {
    return this.value;
  }

  /** performance.now() of the last finished read, in ms; -Infinity before the first. */
  get lastReadAt(): number {
    return this.readAt;
  }

  /**
   * Reads the block now, or joins the read in flight; resolves with it and emits `refreshed`.
   * Postpones the next periodic read by a whole period. Never rejects.
   */
  refresh(): Promise<ManagerEnv> {
    this.inFlight ??= this.access.read().then((env) => {
      this.inFlight = null;
      this.value = env;
      this.reads += 1;
      this.readAt = performance.now();
      this.schedule();
      this.emit('refreshed', env);
      return env;
    });
    return this.inFlight;
  }

  /** Re-reads whenever `periodMs` (ms) have passed without a read; until {@link stop}. */
  watch(periodMs: number): void {
    this.periodMs = periodMs;
    this.schedule();
  }

  /** Stops the periodic reads. */
  stop(): void {
    this.periodMs = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Sets variables in the manager and in the cache. @throws Error when the manager refuses. */
  async set(vars: Record<string, string>): Promise<void> {
    await this.access.set(vars);
    if (this.value !== null) this.value = { ...this.value, ...vars };
  }

  /** Unsets variables in the manager and in the cache. @throws Error when the manager refuses. */
  async unset(names: string[]): Promise<void> {
    await this.access.unset(names);
    if (this.value !== null) this.value = Object.fromEntries(Object.entries(this.value).filter(([k]) => !names.includes(k)));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.periodMs === null) return;
    const dueIn = Math.max(0, this.readAt + this.periodMs - performance.now());
    this.timer = setTimeout(() => void this.refresh(), dueIn);
  }
}
