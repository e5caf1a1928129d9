/**
 * The health state machine of swaysock-healthd: holds one IPC connection to the live Sway
 * (subscribed to `shutdown`), validates it with `GET_VERSION` every interval, notices loss at once
 * (the connection's `close`, not the next validation), and reconnects by itself: an inotify watch
 * of the runtime directory (fs.watch) reacts to a new socket, and capped exponential backoff
 * retries as a safety net.
 *
 * It moves to another live Sway in two cases only, each once the new choice has held for two
 * intervals (so a hung Sway and a live one cannot make it flap): the user manager's `SWAYSOCK`
 * names another live Sway, or the connection has been `stale` and discovery chooses another.
 * It reads the user manager's environment when something happened (connect, loss, the first
 * failed validation, a new entry in the runtime directory while disconnected) and with the
 * validations: at each interval by default (`environmentIntervalMs`: a slower cadence if asked),
 * at a decaying one while disconnected up to that cadence, and at each interval while a move is
 * pending. A read never holds up a validation.
 */
import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverSway, socketVariable, validateSwaySocket, type SwayCandidate } from '../discovery/discover.js';
import { hasCode } from '../errors/errors.js';
import { SwayIpcClient } from '../ipc/client.js';
import { inspectSocketFile, sameIdentity, type SocketIdentity } from '../liveness/probe.js';
import { parseSwaySocketName } from '../liveness/socket-name.js';
import type { Logger, PriorityName } from '../systemd/log.js';
import type { ManagerEnv } from '../systemd/manager.js';
import type { ManagerEnvironment } from '../systemd/manager-environment.js';
import { HistoryStore } from '../history/store.js';
import { DEFAULT_UNSET_GRACE_MS, planEnvironment } from './repair.js';
import type { HealthStatus, SocketHealth } from '../rpc/health.js';
import type { HistoryCause, StatusRecord } from '../rpc/records.js';

/** First reconnection delay in ms; doubles up to {@link RECONNECT_MAX_MS}. */
export const RECONNECT_MIN_MS = 50;
/** Cap of the reconnection backoff, in ms. */
export const RECONNECT_MAX_MS = 2000;
/** How many intervals a new choice must hold before the monitor leaves a connection for it. */
export const SWITCH_HOLD_INTERVALS = 2;

/**
 * What the monitor is told from outside: swaysock-healthd's command line sets each of these (in ms
 * where it takes seconds), and the daemon passes them through as one object.
 */
export interface MonitorSettings {
  /** Directory where Sway puts its socket (watched for new sockets). */
  runtimeDir: string;
  /** `--sway-socket PATH`: use only this socket. */
  swaySocket?: string;
  /** Our own `SWAYSOCK` (a snapshot from our start): a candidate only while no user manager answers. */
  ownSwaysock?: string;
  /** Validation period in ms. */
  intervalMs: number;
  /** Timeout of one `GET_VERSION` validation in ms; a timeout makes the status `stale`. */
  validationTimeoutMs: number;
  /** Cadence of environment reads while nothing happens, in ms: a whole number of intervals (at least one) in effect, as reads go with validations. */
  environmentIntervalMs: number;
  /** Repair the manager's `SWAYSOCK`/`I3SOCK` (see repair.ts); off: only read and follow. */
  repairEnvironment: boolean;
  /** How long no Sway must be alive before a dead `SWAYSOCK` is unset, in ms. */
  unsetGraceMs?: number;
}

/** The settings, and what the daemon hands the monitor besides. */
export interface MonitorOptions extends MonitorSettings {
  /** Our UID (default process.getuid()). */
  uid?: number;
  /** Socket files that are ours, never candidates (the stable socket; discover.ts). */
  exclude?: SocketIdentity[];
  /** The stable socket's path: the manager's `SWAYSOCK` naming it is right (docs/stable-socket.md). */
  stableSocketPath?: string;
  /** The user manager's environment; the monitor reads it and closes it when it stops. */
  environment: ManagerEnvironment;
  /** Where status changes and environment repairs are recorded (default: in memory only). */
  history?: HistoryStore;
  log: Logger;
}

/**
 * Events: `change` after every change of the reported health (not latency or time alone);
 * `tick` after each interval's work (validation or environment read), for checks that share its
 * cadence.
 */
export interface MonitorEvents {
  change: [health: SocketHealth];
  tick: [];
  /** One validation: its `GET_VERSION` round trip in ms (null when it timed out), and whether it passed. */
  validation: [latencyMs: number | null, ok: boolean];
}

/** The Sway a connection reaches. */
interface SwayIdentity {
  path: string;
  pid: number | null;
  version: string;
}

/** What the monitor holds: nothing (with the last Sway it had), or one connection. */
type MonitorState =
  | { kind: 'disconnected'; since: number; last: SwayIdentity | null }
  | {
      kind: 'connected';
      client: SwayIpcClient;
      path: string;
      identity: SocketIdentity;
      sway: SwayIdentity;
      /** performance.now() when connected, ms. */
      since: number;
      /** Round trip of the last validation in ms; null when it timed out. */
      latency: number | null;
      /** performance.now() when it turned `stale`; null while healthy. */
      staleSince: number | null;
    };

type Connected = Extract<MonitorState, { kind: 'connected' }>;

const PRIORITY: Record<HealthStatus, PriorityName> = { healthy: 'info', stale: 'warning', disconnected: 'err' };

export class HealthMonitor extends EventEmitter<MonitorEvents> {
  /** Status changes and environment repairs, with the rest of the health history. */
  readonly history: HistoryStore;
  /** Validations run, those that failed (timeout or replaced file), and environment repairs made. */
  readonly counters = { validations: 0, validation_failures: 0, environment_repairs: 0 };

  private readonly uid: number;
  private readonly env: ManagerEnvironment;
  private state: MonitorState = { kind: 'disconnected', since: performance.now(), last: null };
  private reportedStatus: HealthStatus = 'disconnected';
  private lastValidated: string | null = null;
  private connections = 0;
  /** The connection and environment block the last reconciliation found nothing to do for. */
  private settled: { state: MonitorState; env: ManagerEnv } | null = null;
  /** A Sway the manager names, first seen at `since` (performance.now(), ms). */
  private pending: { path: string; since: number } | null = null;
  /** While disconnected: how long after the last read the next one is due, in ms (doubles). */
  private disconnectedReadMs: number;
  private lastSignature = '';
  private validating = false;
  private backoffMs = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private intervalTimer: NodeJS.Timeout | null = null;
  private watcher: FSWatcher | null = null;
  private stopped = false;

  constructor(private readonly options: MonitorOptions) {
    super();
    this.uid = options.uid ?? process.getuid!();
    this.env = options.environment;
    this.disconnectedReadMs = options.intervalMs;
    this.history = options.history ?? new HistoryStore({ dir: null, log: options.log });
  }

  /**
   * Starts watching, reads the user manager's environment, and makes the first connection
   * attempt; resolves once that attempt is over.
   */
  async start(): Promise<void> {
    try {
      this.watcher = watch(this.options.runtimeDir, { persistent: false }, (_event, name) => this.onDirectoryEvent(name));
      this.watcher.on('error', (err) =>
        this.options.log('warning', `watching ${this.options.runtimeDir} failed (${err.message}); reconnecting by polling only`),
      );
    } catch (err) {
      this.options.log('warning', `cannot watch ${this.options.runtimeDir} (${(err as Error).message}); reconnecting by polling only`);
    }
    this.intervalTimer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.intervalTimer.unref();
    this.env.on('refreshed', this.onRefreshed);
    await this.env.refresh();
    await this.connect();
  }

  /** Stops every timer and watch and closes the Sway connection (full close). */
  stop(): void {
    this.stopped = true;
    this.watcher?.close();
    this.env.off('refreshed', this.onRefreshed);
    this.env.close();
    if (this.intervalTimer) clearInterval(this.intervalTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.state.kind === 'connected') this.state.client.close();
  }

  /** The current `get_socket_health` result. */
  snapshot(): SocketHealth {
    const s = this.state;
    const connected = s.kind === 'connected';
    const sway = connected ? s.sway : s.last;
    const env = this.env.current;
    const envSwaysock = socketVariable(env?.SWAYSOCK);
    return {
      status: connected ? (s.staleSince === null ? 'healthy' : 'stale') : 'disconnected',
      socket_path: sway?.path ?? null,
      last_validated: this.lastValidated,
      latency_ms: connected ? s.latency : null,
      reconnection_count: Math.max(0, this.connections - 1),
      uptime_seconds: connected ? round3((performance.now() - s.since) / 1000) : 0,
      sway_pid: sway?.pid ?? null,
      sway_version: sway?.version ?? null,
      environment_swaysock: envSwaysock,
      environment_matches: connected && env !== null ? envSwaysock === s.path || (envSwaysock !== null && envSwaysock === this.options.stableSocketPath) : null,
    };
  }

  /**
   * After each read: the health may show a new `SWAYSOCK`, and the environment is acted on;
   * neither when the block is the very one the connection in use was last found right with
   * (a read every interval finds it so nearly always).
   */
  private readonly onRefreshed = (env: ManagerEnv): void => {
    if (this.settled !== null && this.settled.state === this.state && this.settled.env === env) return;
    this.emitIfChanged();
    void this.reconcile();
  };

  private onDirectoryEvent(name: string | Buffer | null): void {
    if (this.state.kind === 'connected' || this.stopped) return;
    const entry = name === null ? null : String(name);
    const named = socketVariable(this.env.current?.SWAYSOCK);
    if (entry !== null && parseSwaySocketName(entry)?.uid !== this.uid) {
      // Not a Sway socket by its name: it matters when it is the one the manager names, or
      // when the manager is about to name it (a preset SWAYSOCK). A busy runtime directory
      // costs at most one read an interval.
      if (named !== null && basename(named) === entry) this.scheduleConnect(0);
      else if (performance.now() - this.env.lastReadAt >= this.options.intervalMs) void this.env.refresh();
      return;
    }
    this.backoffMs = RECONNECT_MIN_MS;
    this.scheduleConnect(0);
  }

  private scheduleConnect(delayMs: number): void {
    if (this.stopped || this.state.kind === 'connected') return;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delayMs);
  }

  /** Discovery + connect attempts, never two at once; on failure schedules the next one with backoff. */
  private async connect(): Promise<void> {
    if (!(await this.connectRuns())) return;
    if (this.state.kind === 'disconnected') {
      this.scheduleConnect(this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, RECONNECT_MAX_MS);
    }
  }

  private readonly connectRuns = serialised(
    () => this.connectOnce(),
    () => this.state.kind === 'disconnected' && !this.stopped,
  );

  /** Discovery with the manager's environment as last read; our own SWAYSOCK only when none answers. */
  private discover() {
    const env = this.env.current;
    return discoverSway({
      runtimeDir: this.options.runtimeDir,
      uid: this.uid,
      swaySocket: this.options.swaySocket,
      swaysock: env === null ? this.options.ownSwaysock : null,
      managerEnv: env,
      timeoutMs: this.options.validationTimeoutMs,
      exclude: this.options.exclude,
    });
  }

  private async connectOnce(): Promise<void> {
    const found = await this.discover();
    if (found.chosen === null || this.stopped) return;
    const next = await this.open(found.chosen);
    if (next === null || this.state.kind === 'connected') {
      next?.client.close();
      return;
    }
    this.adopt(next);
    const how = found.ambiguous ? ` (${found.candidates.length} live Sways; chose the newest)` : '';
    this.transition('healthy', `connected to ${next.path}${how}`, this.connections > 1 ? 'reconnect' : 'connect');
    void this.env.refresh();
  }

  /** Connects to a candidate, subscribes to `shutdown` and measures one `GET_VERSION`; null when that fails. */
  private async open(chosen: SwayCandidate): Promise<Connected | null> {
    const timeoutMs = this.options.validationTimeoutMs;
    let client: SwayIpcClient | null = null;
    try {
      client = await SwayIpcClient.connect(chosen.path, { timeoutMs });
      await client.subscribe(['shutdown'], timeoutMs);
      const t0 = performance.now();
      await client.getVersion(timeoutMs);
      const latency = round3(performance.now() - t0);
      if (this.stopped) {
        client.close();
        return null;
      }
      const sway = { path: chosen.path, pid: chosen.pid, version: chosen.version.human_readable };
      return { kind: 'connected', client, path: chosen.path, identity: chosen.identity, sway, since: performance.now(), latency, staleSince: null };
    } catch {
      client?.close();
      return null;
    }
  }

  /** Makes `next` the connection in use (counted) and closes the one it replaces. */
  private adopt(next: Connected): void {
    const previous = this.state;
    this.state = next;
    this.connections += 1;
    this.backoffMs = RECONNECT_MIN_MS;
    this.pending = null;
    this.lastValidated = new Date().toISOString();
    const { client } = next;
    client.on('close', (reason) => this.onLost(client, reason ? reason.message : 'connection closed', 'eof'));
    client.on('event', (name) => {
      if (name === 'shutdown') {
        this.onLost(client, "Sway's shutdown event", 'shutdown_event');
        client.close();
      }
    });
    if (previous.kind === 'connected') previous.client.close();
  }

  /** Leaves the connection in use for `candidate` (both live); logged and recorded as an event. */
  private async switchTo(from: Connected, candidate: SwayCandidate, why: string): Promise<void> {
    const next = await this.open(candidate);
    if (next === null || this.state !== from || this.stopped) {
      next?.client.close();
      return;
    }
    this.adopt(next);
    this.transition('healthy', `switched from ${from.path} to ${next.path}: ${why}`, 'switch', true);
    void this.env.refresh();
  }

  private onLost(client: SwayIpcClient, reason: string, cause: HistoryCause): void {
    const s = this.state;
    if (s.kind !== 'connected' || s.client !== client || this.stopped) return;
    this.state = { kind: 'disconnected', since: performance.now(), last: s.sway };
    this.pending = null;
    this.disconnectedReadMs = this.options.intervalMs;
    this.transition('disconnected', reason, cause);
    this.backoffMs = RECONNECT_MIN_MS;
    this.scheduleConnect(RECONNECT_MIN_MS);
    void this.env.refresh();
  }

  /** Periodic work: read the environment when due (not awaited), validate the connection (and leave it when stale too long). */
  private async tick(): Promise<void> {
    if (this.validating || this.stopped) return;
    this.validating = true;
    try {
      if (this.environmentDue()) void this.env.refresh();
      const s = this.state;
      if (s.kind === 'connected') {
        await this.validate(s);
        if (this.state === s && s.staleSince !== null && performance.now() - s.staleSince >= this.holdMs()) await this.leaveStale(s);
      }
    } finally {
      this.validating = false;
    }
    if (!this.stopped) this.emit('tick');
  }

  /**
   * Whether this interval reads the environment: while a move is pending, else once its cadence
   * has passed since the last read (the interval's own, by default; while disconnected one that
   * starts at an interval and doubles). Reads go with the ticks, so a period is reached at the
   * tick nearest to it: half an interval early counts.
   */
  private environmentDue(): boolean {
    if (this.pending !== null) return true;
    const connected = this.state.kind === 'connected';
    const period = connected ? this.options.environmentIntervalMs : this.disconnectedReadMs;
    if (performance.now() - this.env.lastReadAt < period - this.options.intervalMs / 2) return false;
    if (!connected) this.disconnectedReadMs = Math.min(this.disconnectedReadMs * 2, this.options.environmentIntervalMs);
    return true;
  }

  private holdMs(): number {
    return SWITCH_HOLD_INTERVALS * this.options.intervalMs;
  }

  private async validate(s: Connected): Promise<void> {
    this.counters.validations += 1;
    const t0 = performance.now();
    try {
      await s.client.getVersion(this.options.validationTimeoutMs);
    } catch (err) {
      if (hasCode(err, 'ERR_SWAYSOCK_IPC_TIMEOUT') && this.state === s) {
        s.latency = null;
        this.emit('validation', null, false);
        this.markStale(s, `GET_VERSION got no reply within ${this.options.validationTimeoutMs} ms`, 'validation_timeout');
      }
      return;
    }
    if (this.state !== s) return;
    s.latency = round3(performance.now() - t0);
    const file = await inspectSocketFile(s.path, this.uid);
    if (file.kind !== 'socket' || !sameIdentity(file.identity, s.identity)) {
      this.emit('validation', s.latency, false);
      this.markStale(s, file.kind === 'absent' ? `socket file ${s.path} is gone` : `socket file ${s.path} was replaced`, 'socket_replaced');
      return;
    }
    this.emit('validation', s.latency, true);
    this.lastValidated = new Date().toISOString();
    s.staleSince = null;
    this.transition('healthy', 'GET_VERSION answered', 'validated');
  }

  private markStale(s: Connected, reason: string, cause: HistoryCause): void {
    this.counters.validation_failures += 1;
    if (s.staleSince === null) {
      s.staleSince = performance.now();
      void this.env.refresh();
    }
    this.transition('stale', reason, cause);
  }

  /** Stale for the hold time: moves when discovery now chooses another live Sway. */
  private async leaveStale(s: Connected): Promise<void> {
    const found = await this.discover();
    const chosen = found.chosen;
    if (chosen === null || this.state !== s) return;
    if (chosen.path === s.path && sameIdentity(chosen.identity, s.identity)) return;
    await this.switchTo(s, chosen, `stale for ${Math.round(performance.now() - s.staleSince!)} ms and ${chosen.path} answers`);
  }

  /** Acts on the environment as last read: follow, repair or nothing (repair.ts decides); never two at once. */
  private readonly reconcile = serialised(
    () => this.reconcileOnce(),
    () => !this.stopped,
  );

  private async reconcileOnce(): Promise<void> {
    const s = this.state;
    const env = this.env.current;
    const plan = await planEnvironment({
      connection: s.kind === 'connected' ? s : null,
      disconnectedForMs: s.kind === 'connected' ? 0 : performance.now() - s.since,
      env,
      graceMs: this.options.unsetGraceMs ?? DEFAULT_UNSET_GRACE_MS,
      probe: (path) => validateSwaySocket(path, this.uid, this.options.validationTimeoutMs, this.options.exclude),
      stableSocket: this.options.stableSocketPath,
    });
    if (this.state !== s || this.stopped) return;
    if (plan.kind !== 'follow') this.pending = null;
    // While connected, "keep" for a block depends on nothing else that changes with time.
    this.settled = plan.kind === 'keep' && s.kind === 'connected' ? { state: s, env } : null;
    switch (plan.kind) {
      case 'keep':
        return;
      case 'follow': {
        if (this.options.swaySocket !== undefined) return;
        const path = plan.candidate.path;
        if (s.kind === 'disconnected') return this.scheduleConnect(0);
        if (this.pending?.path !== path) {
          this.pending = { path, since: performance.now() };
          this.options.log(
            'notice',
            `the user manager's SWAYSOCK names another live Sway, ${path}; moving there if it still does in ${SWITCH_HOLD_INTERVALS} intervals`,
          );
          return;
        }
        if (performance.now() - this.pending.since >= this.holdMs()) await this.switchTo(s, plan.candidate, "the user manager's SWAYSOCK names it");
        return;
      }
      case 'set':
      case 'unset': {
        if (!this.options.repairEnvironment) return;
        try {
          if (plan.kind === 'set') await this.env.set(plan.vars);
          else await this.env.unset(plan.names);
        } catch (err) {
          this.options.log('warning', `environment repair failed: ${(err as Error).message}`);
          return;
        }
        this.counters.environment_repairs += 1;
        const what =
          plan.kind === 'set'
            ? `repaired the user manager's environment: ${plan.message}`
            : `unset ${plan.names.join(' and ')} in the user manager: ${plan.message}`;
        this.history.append({ type: 'environment_repair', time: new Date().toISOString(), cause: 'environment_repair', reason: what });
        this.options.log('notice', what);
        this.emitIfChanged();
      }
    }
  }

  /** Records and logs a status change with its cause; `force` records one that keeps the status (a switch). */
  private transition(to: HealthStatus, reason: string, cause: HistoryCause, force = false): void {
    const from = this.reportedStatus;
    this.reportedStatus = to;
    if (from !== to || force) {
      const path = this.state.kind === 'connected' ? this.state.path : (this.state.last?.path ?? null);
      const event: StatusRecord = { type: 'status', time: new Date().toISOString(), cause, from, to, socket_path: path, reason };
      this.history.append(event);
      this.options.log(PRIORITY[to], `${to}: ${reason}${path && !reason.includes(path) ? ` (${path})` : ''}`);
    }
    this.emitIfChanged();
  }

  private emitIfChanged(): void {
    const h = this.snapshot();
    const signature = JSON.stringify([
      h.status,
      h.socket_path,
      h.reconnection_count,
      h.sway_pid,
      h.sway_version,
      h.environment_swaysock,
      h.environment_matches,
    ]);
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.emit('change', h);
  }
}

/**
 * Wraps `body` so that its runs never overlap: a call during a run asks for one more run after it
 * (however many such calls came) and resolves false at once; the call that started the runs
 * resolves true once they are over. A run happens only while `wanted()` holds.
 */
function serialised(body: () => Promise<void>, wanted: () => boolean): () => Promise<boolean> {
  let running = false;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return false;
    }
    running = true;
    try {
      do {
        again = false;
        if (wanted()) await body();
      } while (again && wanted());
    } finally {
      running = false;
    }
    return true;
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
