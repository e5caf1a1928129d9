/**
 * The user manager's environment block as the daemon sees it: read over D-Bus (ts/systemd/manager-link.ts),
 * cached, and written back when the daemon repairs it. The manager emits no change signal for its
 * `Environment` property (systemd's dbus-manager.c declares it without
 * `SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE`), so the owner reads it again when something happened and
 * on its own cadence ({@link ManagerEnvironment.refresh}).
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { ManagerEnv } from './manager.js';

/** How the environment block is read and written; ManagerLink (manager-link.ts) in production. */
export interface EnvironmentAccess {
  /** The whole block, or null when no user manager answers. Never rejects. */
  read(): Promise<ManagerEnv>;
  /** @throws Error with the manager's message when it refuses, or when none answers. */
  set(vars: Record<string, string>): Promise<void>;
  /** @throws Error with the manager's message when it refuses, or when none answers. */
  unset(names: string[]): Promise<void>;
  /** Lets go of what it holds (a connection). */
  close?(): void;
}

/**
 * Events: `refreshed` after every read, with what was read (null: no user manager answered; an
 * unchanged block may be the same object as before, as ManagerLink gives it).
 */
export interface ManagerEnvironmentEvents {
  refreshed: [env: ManagerEnv];
}

export class ManagerEnvironment extends EventEmitter<ManagerEnvironmentEvents> {
  /** Reads made. */
  reads = 0;
  private value: ManagerEnv = null;
  private readAt = -Infinity;
  private inFlight: Promise<ManagerEnv> | null = null;

  constructor(private readonly access: EnvironmentAccess) {
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

  /** Reads the block now, or joins the read in flight; resolves with it and emits `refreshed`. Never rejects. */
  refresh(): Promise<ManagerEnv> {
    this.inFlight ??= this.access.read().then((env) => {
      this.inFlight = null;
      this.value = env;
      this.reads += 1;
      this.readAt = performance.now();
      this.emit('refreshed', env);
      return env;
    });
    return this.inFlight;
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

  /** Closes the access (its connection to the manager). */
  close(): void {
    this.access.close?.();
  }
}
