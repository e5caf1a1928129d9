/**
 * sd_notify(3) from Node. Node has no datagram Unix sockets, and native addons cannot live in a
 * single-file bundle, so messages are sent by running systemd-notify(1) (the unit needs
 * `NotifyAccess=all`, since the sender is our child). Runs are asynchronous (a synchronous spawn
 * would block the event loop while the manager reads), one at a time, each awaited, in order.
 */
import { execFile } from 'node:child_process';
import type { Logger } from './log.js';

/** Where systemd-notify is looked up (the Nix package puts systemd's on PATH). */
export const SYSTEMD_NOTIFY = 'systemd-notify';

export class Notifier {
  /** False when not run by systemd with a notify socket: every send is then a no-op. */
  readonly enabled: boolean;
  private chain: Promise<void> = Promise.resolve();
  /** The queued STATUS= message that has not started yet, if any. */
  private waitingStatus: { text: string } | null = null;
  /** Whether a WATCHDOG=1 is queued and has not started yet. */
  private pingWaiting = false;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(private readonly log: Logger, private readonly env: NodeJS.ProcessEnv = process.env) {
    this.enabled = Boolean(env.NOTIFY_SOCKET);
  }

  /**
   * Queues one message of `NAME=value` fields (e.g. `{ READY: '1', STATUS: 'healthy' }`);
   * resolves once systemd-notify has exited. A failure is logged, never thrown.
   */
  send(fields: Record<string, string>): Promise<void> {
    // A later status must follow this message, not be merged into one queued before it.
    this.waitingStatus = null;
    return this.enqueue(() => fields);
  }

  /**
   * Queues `STATUS=text`. While an earlier status still waits its turn, it is replaced rather than
   * followed, so a burst of changes costs at most one run per change in flight and the manager
   * ends with the latest text.
   */
  status(text: string): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    if (this.waitingStatus !== null) {
      this.waitingStatus.text = text;
      return this.chain;
    }
    const waiting = { text };
    this.waitingStatus = waiting;
    return this.enqueue(() => {
      this.waitingStatus = null;
      return { STATUS: waiting.text };
    });
  }

  /** Runs systemd-notify with the fields `fields()` gives when its turn comes. */
  private enqueue(fields: () => Record<string, string>): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    this.chain = this.chain.then(
      () =>
        new Promise<void>((resolve) => {
          const args = Object.entries(fields()).map(([k, v]) => `${k}=${v.replace(/\n/g, ' ')}`);
          execFile(SYSTEMD_NOTIFY, args, { env: this.env, timeout: 5000 }, (err) => {
            if (err) this.log('warning', `systemd-notify ${args.join(' ')} failed: ${err.message}`);
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

  /** Stops the watchdog pings. */
  stop(): void {
    if (this.watchdog) clearInterval(this.watchdog);
  }
}
