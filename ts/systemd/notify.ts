/**
 * sd_notify(3) from Node. Node has no datagram Unix sockets, and native addons cannot live in a
 * single-file bundle, so messages are sent by running systemd-notify(1) (the unit needs
 * `NotifyAccess=all`, since the sender is our child). Runs are asynchronous (a synchronous spawn
 * would block the event loop while the manager reads), one at a time, each awaited, in order,
 * until {@link Notifier.close}. Each run costs a process, and starting it holds the event loop
 * until the child has exec'd (libuv's spawn), so `STATUS=` changes are gathered for
 * {@link STATUS_SETTLE_MS} first (see {@link Notifier.status}).
 */
import { execFile, type ChildProcess } from 'node:child_process';
import type { Logger } from './log.js';

/** Where systemd-notify is looked up (the Nix package puts systemd's on PATH). */
export const SYSTEMD_NOTIFY = 'systemd-notify';

/** How long a `STATUS=` change waits for later ones before it is sent, in ms. */
export const STATUS_SETTLE_MS = 250;

/** A `STATUS=` text waiting for its settle time to end. */
interface Settling {
  text: string;
  timer: NodeJS.Timeout;
  /** Resolves once the text has been sent, or dropped. */
  done: Promise<void>;
  resolve: () => void;
}

export class Notifier {
  /** False when not run by systemd with a notify socket: every send is then a no-op. */
  readonly enabled: boolean;
  private chain: Promise<void> = Promise.resolve();
  private settling: Settling | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private closed = false;
  /** Whether a WATCHDOG=1 is queued and has not started yet. */
  private pingWaiting = false;
  /** The systemd-notify run under way, if any. */
  private running: ChildProcess | null = null;

  /** `settleMs`: see {@link status} (default {@link STATUS_SETTLE_MS}). */
  constructor(
    private readonly log: Logger,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly settleMs = STATUS_SETTLE_MS,
  ) {
    this.enabled = Boolean(env.NOTIFY_SOCKET);
  }

  /**
   * Queues one message of `NAME=value` fields (e.g. `{ READY: '1', STATUS: 'healthy' }`);
   * resolves once systemd-notify has exited. A failure is logged, never thrown. A message with
   * `STATUS=` drops a status still settling: that one is older.
   */
  send(fields: Record<string, string>): Promise<void> {
    if ('STATUS' in fields) this.dropSettling();
    return this.enqueue(() => fields);
  }

  /**
   * Sends `STATUS=text` once the first change not sent yet is `settleMs` old, with the latest
   * text by then: a burst of changes (a loss and the reconnection after it) costs one run, and a
   * change that the stop follows at once (Sway's end, then the session's teardown) costs none.
   * Resolves once it has been sent or dropped.
   */
  status(text: string): Promise<void> {
    if (!this.enabled || this.closed) return Promise.resolve();
    if (this.settling !== null) {
      this.settling.text = text;
      return this.settling.done;
    }
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const timer = setTimeout(() => {
      const settled = this.settling!;
      this.settling = null;
      void this.enqueue(() => ({ STATUS: settled.text })).then(settled.resolve);
    }, this.settleMs);
    timer.unref();
    this.settling = { text, timer, done, resolve };
    return done;
  }

  private dropSettling(): void {
    if (this.settling === null) return;
    clearTimeout(this.settling.timer);
    this.settling.resolve();
    this.settling = null;
  }

  /** Runs systemd-notify with the fields `fields()` gives when its turn comes (none once closed). */
  private enqueue(fields: () => Record<string, string>): Promise<void> {
    if (!this.enabled || this.closed) return Promise.resolve();
    this.chain = this.chain.then(
      () =>
        new Promise<void>((resolve) => {
          if (this.closed) return resolve();
          const args = Object.entries(fields()).map(([k, v]) => `${k}=${v.replace(/\n/g, ' ')}`);
          this.running = execFile(SYSTEMD_NOTIFY, args, { env: this.env, timeout: 5000 }, (err) => {
            this.running = null;
            if (err && !this.closed) this.log('warning', `systemd-notify ${args.join(' ')} failed: ${err.message}`);
            resolve();
          });
        }),
    );
    return this.chain;
  }

  /**
   * Starts `WATCHDOG=1` pings at a third of `WATCHDOG_USEC` (so one lost ping does no harm) when
   * the manager asked for them (`WATCHDOG_USEC` set, `WATCHDOG_PID` absent or ours). A ping is
   * skipped while another still waits its turn: when systemd-notify runs slower than the period
   * (a loaded machine, a short WatchdogSec=), pings would otherwise pile up without bound, and
   * every later STATUS= would wait behind them.
   * @returns the ping period in ms, or null when no watchdog is set.
   */
  startWatchdog(pid = process.pid): number | null {
    const usec = Number(this.env.WATCHDOG_USEC);
    if (!this.enabled || !Number.isFinite(usec) || usec <= 0) return null;
    if (this.env.WATCHDOG_PID !== undefined && Number(this.env.WATCHDOG_PID) !== pid) return null;
    const periodMs = Math.max(1, Math.floor(usec / 3000));
    this.watchdog = setInterval(() => this.ping(), periodMs);
    this.watchdog.unref();
    return periodMs;
  }

  /** Queues one WATCHDOG=1 unless one is already waiting. */
  private ping(): void {
    if (this.pingWaiting) return;
    this.pingWaiting = true;
    void this.enqueue(() => {
      this.pingWaiting = false;
      return { WATCHDOG: '1' };
    });
  }

  /**
   * Stops the watchdog pings and sends nothing more: a status still settling and messages still
   * waiting their turn are dropped, a run under way is ended (SIGTERM; its message may or may not
   * have reached the manager), every pending promise resolves, and later sends do nothing. For a
   * stop: the unit's stop lasts until every process of its cgroup has ended, a systemd-notify run
   * included.
   */
  close(): void {
    this.closed = true;
    this.dropSettling();
    if (this.watchdog) clearInterval(this.watchdog);
    this.running?.kill('SIGTERM');
  }
}
