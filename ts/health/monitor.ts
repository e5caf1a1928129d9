/**
 * The health state machine of swaysock-healthd: holds one IPC connection to the live Sway
 * (subscribed to `shutdown`), validates it with `GET_VERSION` every interval, notices loss at once
 * (the connection's `close`, not the next validation), and reconnects by itself: an inotify watch
 * of the runtime directory (fs.watch) reacts to a new socket, and capped exponential backoff
 * retries as a safety net.
 */
import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { discoverSway, type ManagerEnv } from '../discovery/discover.js';
import { IpcTimeoutError, SwayIpcClient } from '../ipc/client.js';
import { inspectSocketFile, type SocketIdentity } from '../liveness/probe.js';
import { parseSwaySocketName } from '../liveness/socket-name.js';
import type { Logger, PriorityName } from '../systemd/log.js';
import { RingBuffer } from './ring.js';
import type { HealthEvent, HealthStatus, SocketHealth } from './types.js';

/** First reconnection delay in ms; doubles up to {@link RECONNECT_MAX_MS}. */
export const RECONNECT_MIN_MS = 50;
/** Cap of the reconnection backoff, in ms. */
export const RECONNECT_MAX_MS = 2000;
/** How many status changes `daemon.events` keeps. */
export const EVENT_HISTORY = 256;

export interface MonitorOptions {
  /** Directory where Sway puts its socket (watched for new sockets). */
  runtimeDir: string;
  /** Our UID (default process.getuid()). */
  uid?: number;
  /** `--sway-socket PATH`: use only this socket. */
  explicitPath?: string;
  /** Socket files that are ours, never candidates (the stable socket; discover.ts). */
  exclude?: SocketIdentity[];
  /** The stable socket's path: the manager's `SWAYSOCK` naming it matches too (docs/stable-socket.md). */
  stableSocket?: string;
  /** Validation period in ms. */
  intervalMs: number;
  /** Timeout of one `GET_VERSION` validation in ms; a timeout makes the status `stale`. */
  validationTimeoutMs: number;
  /** Reads the user manager's environment (null when none answers). */
  managerEnv: () => Promise<ManagerEnv>;
  /**
   * Called after each connection and periodic check with the live socket (null while
   * disconnected, then with how long in ms) and the manager's environment; resolves with the
   * environment as it is afterwards. Environment repair hooks in here (see repair.ts).
   */
  onEnvironment?: (live: string | null, disconnectedForMs: number, env: ManagerEnv) => Promise<ManagerEnv>;
  log: Logger;
}

/** Events: `change` after every change of the reported health (not latency or time alone). */
export interface MonitorEvents {
  change: [health: SocketHealth];
}

const PRIORITY: Record<HealthStatus, PriorityName> = { healthy: 'info', stale: 'warning', disconnected: 'err' };

export class HealthMonitor extends EventEmitter<MonitorEvents> {
  /** Recent status changes, oldest first. */
  readonly history = new RingBuffer<HealthEvent>(EVENT_HISTORY);
  /** Validations run, and those that failed (timeout or replaced file). */
  readonly counters = { validations: 0, validation_failures: 0 };

  private readonly uid: number;
  private client: SwayIpcClient | null = null;
  private status: HealthStatus = 'disconnected';
  private path: string | null = null;
  private identity: SocketIdentity | null = null;
  private pid: number | null = null;
  private version: string | null = null;
  private lastValidated: string | null = null;
  private latencyMs: number | null = null;
  private connectedAt = 0;
  private disconnectedAt = performance.now();
  private connections = 0;
  private envSwaysock: string | null = null;
  private envKnown = false;
  private lastSignature = '';
  private validating = false;
  private connecting = false;
  private connectAgain = false;
  private backoffMs = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private intervalTimer: NodeJS.Timeout | null = null;
  private watcher: FSWatcher | null = null;
  private stopped = false;

  constructor(private readonly options: MonitorOptions) {
    super();
    this.uid = options.uid ?? process.getuid!();
  }

  /**
   * Starts watching, reads the user manager's environment, and makes the first connection
   * attempt; resolves once that attempt is over.
   */
  async start(): Promise<void> {
    try {
      this.watcher = watch(this.options.runtimeDir, { persistent: false }, (_event, name) => this.onDirectoryEvent(name));
      this.watcher.on('error', (err) => this.options.log('warning', `watching ${this.options.runtimeDir} failed (${err.message}); reconnecting by polling only`));
    } catch (err) {
      this.options.log('warning', `cannot watch ${this.options.runtimeDir} (${(err as Error).message}); reconnecting by polling only`);
    }
    this.intervalTimer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.intervalTimer.unref();
    await this.refreshEnvironment();
    await this.connect();
  }

  /** Stops every timer and watch and closes the Sway connection (full close). */
  stop(): void {
    this.stopped = true;
    this.watcher?.close();
    if (this.intervalTimer) clearInterval(this.intervalTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.client?.close();
  }

  /** The current `get_socket_health` result. */
  snapshot(): SocketHealth {
    const connected = this.client !== null;
    return {
      status: this.status,
      socket_path: this.path,
      last_validated: this.lastValidated,
      latency_ms: connected ? this.latencyMs : null,
      reconnection_count: Math.max(0, this.connections - 1),
      uptime_seconds: connected ? round3((performance.now() - this.connectedAt) / 1000) : 0,
      sway_pid: this.pid,
      sway_version: this.version,
      environment_swaysock: this.envKnown ? this.envSwaysock : null,
      environment_matches: this.envKnown && this.path !== null ? this.envSwaysock === this.path || (this.envSwaysock !== null && this.envSwaysock === this.options.stableSocket) : null,
    };
  }

  private onDirectoryEvent(name: string | Buffer | null): void {
    if (this.client !== null || this.stopped) return;
    const entry = name === null ? null : String(name);
    if (entry !== null && parseSwaySocketName(entry)?.uid !== this.uid) return;
    this.backoffMs = RECONNECT_MIN_MS;
    this.scheduleConnect(0);
  }

  private scheduleConnect(delayMs: number): void {
    if (this.stopped || this.client !== null) return;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delayMs);
  }

  /** One discovery + connect attempt; on failure schedules the next one with backoff. */
  private async connect(): Promise<void> {
    if (this.connecting) {
      this.connectAgain = true;
      return;
    }
    this.connecting = true;
    try {
      do {
        this.connectAgain = false;
        if (this.client === null && !this.stopped) await this.connectOnce();
      } while (this.connectAgain && this.client === null && !this.stopped);
    } finally {
      this.connecting = false;
    }
    if (this.client === null) {
      this.scheduleConnect(this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, RECONNECT_MAX_MS);
    }
  }

  private async connectOnce(): Promise<void> {
    const timeoutMs = this.options.validationTimeoutMs;
    const found = await discoverSway({
      runtimeDir: this.options.runtimeDir,
      uid: this.uid,
      explicitPath: this.options.explicitPath,
      // Our own $SWAYSOCK is a snapshot from our start; once a user manager answers, its
      // SWAYSOCK (current, and what services get) decides among several live Sways instead.
      swaysock: this.envKnown ? '' : undefined,
      managerEnv: this.options.managerEnv,
      timeoutMs,
      exclude: this.options.exclude,
    });
    const chosen = found.chosen;
    if (chosen === null || this.stopped) return;
    let client: SwayIpcClient;
    let latencyMs: number;
    try {
      client = await SwayIpcClient.connect(chosen.path, { timeoutMs });
      await client.subscribe(['shutdown'], timeoutMs);
      const t0 = performance.now();
      await client.getVersion(timeoutMs);
      latencyMs = performance.now() - t0;
    } catch {
      return;
    }
    if (this.stopped) {
      client.close();
      return;
    }
    this.client = client;
    this.connections += 1;
    this.connectedAt = performance.now();
    this.backoffMs = RECONNECT_MIN_MS;
    this.path = chosen.path;
    this.identity = chosen.identity;
    this.pid = chosen.pid;
    this.version = chosen.version.human_readable;
    this.latencyMs = round3(latencyMs);
    this.lastValidated = new Date().toISOString();
    client.on('close', (reason) => this.onLost(client, reason ? reason.message : 'connection closed'));
    client.on('event', (name) => {
      if (name === 'shutdown') {
        this.onLost(client, "Sway's shutdown event");
        client.close();
      }
    });
    const how = found.ambiguous ? ` (${found.candidates.length} live Sways; chose the newest)` : '';
    this.transition('healthy', `connected to ${chosen.path}${how}`);
    void this.refreshEnvironment();
  }

  private onLost(client: SwayIpcClient, reason: string): void {
    if (this.client !== client) return;
    this.client = null;
    this.disconnectedAt = performance.now();
    this.latencyMs = null;
    this.transition('disconnected', reason);
    this.backoffMs = RECONNECT_MIN_MS;
    this.scheduleConnect(RECONNECT_MIN_MS);
  }

  /** Periodic work: validate the connection, or (disconnected) re-check the environment. */
  private async tick(): Promise<void> {
    if (this.validating || this.stopped) return;
    this.validating = true;
    try {
      if (this.client !== null) await this.validate(this.client);
      await this.refreshEnvironment();
    } finally {
      this.validating = false;
    }
  }

  private async validate(client: SwayIpcClient): Promise<void> {
    this.counters.validations += 1;
    const t0 = performance.now();
    try {
      await client.getVersion(this.options.validationTimeoutMs);
    } catch (err) {
      if (err instanceof IpcTimeoutError && this.client === client) {
        this.counters.validation_failures += 1;
        this.transition('stale', `GET_VERSION got no reply within ${this.options.validationTimeoutMs} ms`);
      }
      return;
    }
    if (this.client !== client) return;
    this.latencyMs = round3(performance.now() - t0);
    const file = await inspectSocketFile(client.path, this.uid);
    if (file.kind !== 'socket' || file.identity.ino !== this.identity?.ino || file.identity.dev !== this.identity.dev) {
      this.counters.validation_failures += 1;
      this.transition('stale', file.kind === 'absent' ? `socket file ${client.path} is gone` : `socket file ${client.path} was replaced`);
      return;
    }
    this.lastValidated = new Date().toISOString();
    this.transition('healthy', 'GET_VERSION answered');
  }

  private async refreshEnvironment(): Promise<void> {
    let env = await this.options.managerEnv();
    if (this.options.onEnvironment) {
      const live = this.client !== null ? this.path : null;
      env = await this.options.onEnvironment(live, live === null ? performance.now() - this.disconnectedAt : 0, env);
    }
    this.envKnown = env !== null;
    this.envSwaysock = env?.SWAYSOCK ?? null;
    this.emitIfChanged();
  }

  private transition(to: HealthStatus, reason: string): void {
    const from = this.status;
    this.status = to;
    if (from !== to) {
      const event: HealthEvent = { time: new Date().toISOString(), from, to, socket_path: this.path, reason };
      this.history.push(event);
      this.options.log(PRIORITY[to], `${to}: ${reason}${this.path && !reason.includes(this.path) ? ` (${this.path})` : ''}`);
    }
    this.emitIfChanged();
  }

  private emitIfChanged(): void {
    const h = this.snapshot();
    const signature = JSON.stringify([h.status, h.socket_path, h.reconnection_count, h.sway_pid, h.sway_version, h.environment_swaysock, h.environment_matches]);
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.emit('change', h);
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
