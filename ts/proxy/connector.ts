/**
 * The stable socket's connections to Sway. Sway listens with a backlog of 3 (`listen(fd, 3)` in
 * sway/ipc-server.c; Linux then queues 4) and accepts one connection per turn of its event loop,
 * so a burst of clients fills that queue at once, and it stays full while Sway is busy or stopped
 * (SIGSTOP). A client's blocking `connect(2)` sleeps in the kernel until Sway accepts; ours is
 * non-blocking (libuv) and fails with EAGAIN instead, which proves only that the queue is full:
 * a listening socket exists, so its Sway lives.
 *
 * A connect that finds the queue full therefore joins a queue of ours, in arrival order, and is
 * retried: one attempt at a time, the first after {@link BACKLOG_RETRY_MIN_MS}, the delay doubling
 * to {@link BACKLOG_RETRY_MAX_MS} while attempts keep failing; each success goes straight on to the
 * next client. Two signs that Sway accepts again retry at once instead of at the next delay: a
 * reply from Sway on a relayed connection (Sway is running its event loop, which accepts one
 * connection per turn) and a new target (the monitor's change). While Sway does not accept
 * (stopped, or starved of CPU), this costs one connect attempt per delay (at most ~30 a second),
 * whatever the number of clients waiting; no client is dropped for it.
 */
import type { Socket } from 'node:net';
import { hasCode } from '../errors/errors.js';
import { connectUnix, type ConnectError } from '../net/connect.js';

/** First delay of a retry after EAGAIN (Sway's listen backlog full), in ms. */
export const BACKLOG_RETRY_MIN_MS = 1;
/** Cap of that delay, in ms: how late, at most, the queue notices that Sway accepts again. */
export const BACKLOG_RETRY_MAX_MS = 32;
/**
 * Deadline of one connect, in ms. A Unix stream connect answers at once (connected, EAGAIN,
 * ECONNREFUSED, ENOENT, ...); the deadline only bounds what cannot happen.
 */
const CONNECT_TIMEOUT_MS = 1000;

/** What a connect came to: a socket, or the reason no Sway could be reached. */
export type ConnectOutcome =
  | { kind: 'connected'; socket: Socket }
  /**
   * No Sway to reach: no target, or the target refused (ECONNREFUSED: it died), is gone
   * (ENOENT), or another errno. `waitedOnBacklog`: the target was alive (its backlog full) for a
   * while before that, during this connect.
   */
  | { kind: 'unreachable'; code: string; waitedOnBacklog: boolean }
  /** {@link PendingConnect.cancel} was called first. */
  | { kind: 'cancelled' };

/** A connect under way. */
export interface PendingConnect {
  outcome: Promise<ConnectOutcome>;
  /** Gives it up (the client went away); a socket that comes afterwards is closed. Idempotent. */
  cancel(): void;
}

/** What the connector counts. */
export interface ConnectorCounters {
  /**
   * Clients that waited for room in Sway's listen backlog: their connect found it full, or they
   * came while others were queued and took their place behind them (in arrival order, without an
   * attempt of their own), so it may exceed {@link backlog_retries}.
   */
  waited_for_backlog: number;
  /** Connect attempts that found it full (EAGAIN), first attempts included. */
  backlog_retries: number;
}

interface Queued {
  resolve: (outcome: ConnectOutcome) => void;
  cancelled: boolean;
}

/** Connects to the current target, queueing while its listen backlog is full (see the module's doc). */
export class SwayConnector {
  private readonly queue: Queued[] = [];
  private timer: NodeJS.Timeout | null = null;
  private delayMs = 0;
  private pumping = false;
  private closed = false;

  /**
   * @param target the socket path of the Sway to reach now, or null while there is none; read
   *   at every attempt, so a queued client follows a change of target.
   */
  constructor(
    private readonly target: () => string | null,
    private readonly counters: ConnectorCounters,
  ) {}

  /**
   * Connects to the target. The first attempt is made at once when nobody is queued; EAGAIN
   * queues the client (behind those already queued) until a socket, another outcome, or cancel.
   * Never rejects.
   */
  connect(): PendingConnect {
    const entry: Queued = { resolve: () => undefined, cancelled: false };
    const outcome = new Promise<ConnectOutcome>((resolve) => (entry.resolve = resolve));
    const cancel = (): void => {
      if (entry.cancelled) return;
      entry.cancelled = true;
      const at = this.queue.indexOf(entry);
      if (at >= 0) this.queue.splice(at, 1);
      entry.resolve({ kind: 'cancelled' });
    };
    if (this.queue.length > 0) this.enqueue(entry);
    else {
      void this.attempt().then((result) => {
        if (result === 'EAGAIN') {
          if (!entry.cancelled) this.enqueue(entry);
        } else this.settle(entry, result, false);
      });
    }
    return { outcome, cancel };
  }

  /** The target may have changed, or Sway just answered (it is running): queued clients try again at once. Cheap when none waits. */
  retryNow(): void {
    if (this.timer === null) return; // nobody queued, or an attempt under way
    clearTimeout(this.timer);
    this.timer = null;
    this.delayMs = 0;
    this.pump();
  }

  /** Cancels every queued client, and every connect still under way as it comes back. */
  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (const entry of this.queue.splice(0)) {
      entry.cancelled = true;
      entry.resolve({ kind: 'cancelled' });
    }
  }

  private enqueue(entry: Queued): void {
    if (this.closed) {
      entry.cancelled = true;
      entry.resolve({ kind: 'cancelled' });
      return;
    }
    this.counters.waited_for_backlog += 1;
    this.queue.push(entry);
    this.pump();
  }

  /** Serves the queue head to tail, one attempt at a time, until it is empty or an attempt finds the backlog full. */
  private pump(): void {
    if (this.pumping || this.timer !== null) return;
    this.pumping = true;
    void (async () => {
      while (this.queue.length > 0) {
        const result = await this.attempt();
        if (result === 'EAGAIN') {
          this.delayMs = Math.min(this.delayMs === 0 ? BACKLOG_RETRY_MIN_MS : this.delayMs * 2, BACKLOG_RETRY_MAX_MS);
          this.timer = setTimeout(() => {
            this.timer = null;
            this.pump();
          }, this.delayMs);
          break;
        }
        this.delayMs = 0;
        const head = this.queue.shift();
        if (head === undefined) {
          if (typeof result !== 'string') result.destroy(); // every queued client left meanwhile
          break;
        }
        this.settle(head, result, true);
      }
      this.pumping = false;
    })();
  }

  private settle(entry: Queued, result: Socket | string, waitedOnBacklog: boolean): void {
    if (typeof result === 'string') entry.resolve({ kind: 'unreachable', code: result, waitedOnBacklog });
    else if (entry.cancelled) result.destroy();
    else entry.resolve({ kind: 'connected', socket: result });
  }

  /** One connect to the current target: the socket, or the errno name ('NOTARGET' without a target). */
  private async attempt(): Promise<Socket | string> {
    const path = this.target();
    if (path === null) return 'NOTARGET';
    try {
      // Half-open allowed: Node must never end our side towards Sway by itself (pair.ts).
      return await connectUnix(path, CONNECT_TIMEOUT_MS, true);
    } catch (err) {
      const code = hasCode<ConnectError>(err, 'ERR_SWAYSOCK_CONNECT') ? err.systemCode : 'EUNKNOWN';
      if (code === 'EAGAIN') this.counters.backlog_retries += 1;
      return code;
    }
  }
}
