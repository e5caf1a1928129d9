/**
 * The stable socket's server: every client connection gets its own new connection to the Sway
 * that the health monitor uses (`target()`), paired 1:1 (pair.ts).
 * - Sway's listen backlog full (a burst of clients; Sway busy or stopped): the connect is queued
 *   and retried while that Sway lives (connector.ts); such a client is never closed for it, as a
 *   client of Sway's own socket, whose connect waits in the kernel, is not.
 * - Before the daemon's first look for a Sway has finished ({@link StableProxy.discovered}), the
 *   target says nothing yet: a client waits for that look without counting `waitMs`. The very
 *   connection that socket-activated the daemon is accepted before it, and the look (Node's start
 *   included) can take seconds on a slow, busy machine: counted against `waitMs`, that client
 *   was closed unanswered while a Sway was up.
 * - No Sway to reach (none, or it died and the monitor has not found the next): the client
 *   waits for the monitor's next change, at most `waitMs` from the moment no Sway could be
 *   reached, then is closed with EOF (waiting.ts). The monitor finds a new Sway within
 *   milliseconds of its socket appearing, so a client that connects during a Sway restart
 *   reaches the next Sway instead of failing.
 * While it waits, what a client sends is kept and forwarded once it is paired.
 */
import type { Server, Socket } from 'node:net';
import { Deadline } from '../net/deadline.js';
import { SwayConnector, type ConnectOutcome } from './connector.js';
import { pairSockets, type Pair } from './pair.js';
import type { RelayCounters, RelayStatus } from '../rpc/relay.js';
import { WaitingClient } from './waiting.js';

/** Default bound on a client's wait for a Sway, in ms. */
export const DEFAULT_STABLE_WAIT_MS = 3000;

export interface ProxyOptions {
  /** The live Sway's socket path, or null while none is connected. */
  target: () => string | null;
  /** Bound on a client's wait while no Sway can be reached, in ms. */
  waitMs: number;
  /** Bound on forwarding owed replies after a client's half-close, and on a clean close, in ms (pair.ts). */
  graceMs: number;
}

export class StableProxy {
  readonly counters: RelayCounters = {
    connections: 0,
    waited_for_sway: 0,
    waited_for_backlog: 0,
    backlog_retries: 0,
    closed_without_sway: 0,
    bytes_to_sway: 0,
    bytes_to_clients: 0,
  };
  private readonly pairs = new Set<Pair>();
  private readonly waiting = new Set<WaitingClient>();
  private readonly changeWaiters = new Set<() => void>();
  private readonly connector: SwayConnector;
  private closed = false;
  /** Resolves once the first look for a Sway has finished ({@link discovered}) or the proxy closed. */
  private readonly firstLook: Promise<void>;
  private firstLookDone!: () => void;

  /** Serves `server` (listening or not yet): it must have been created with `allowHalfOpen: true` and `pauseOnConnect: true`. */
  constructor(
    private readonly server: Server,
    private readonly options: ProxyOptions,
  ) {
    this.firstLook = new Promise((resolve) => (this.firstLookDone = resolve));
    this.connector = new SwayConnector(options.target, this.counters);
    server.on('connection', (client) => void this.serve(client));
  }

  /** Open and waiting connections, and the totals; `path` is the socket's, for the report. */
  status(path: string): RelayStatus {
    return { path, connections: this.pairs.size, waiting: this.waiting.size, counters: { ...this.counters } };
  }

  /** A relayed connection got bytes from Sway: Sway is running its loop, so queued connects retry now. */
  private readonly swayAnswered = (): void => this.connector.retryNow();

  /**
   * The daemon's first look for a Sway has finished: from now on `target()` answers whether one
   * lives, and a client's wait (`waitMs`) counts. Clients that came before wait for this call.
   */
  discovered(): void {
    this.firstLookDone();
  }

  /** Tells waiting clients that the target may have changed. */
  targetChanged(): void {
    this.connector.retryNow();
    for (const wake of [...this.changeWaiters]) wake();
  }

  /** Stops accepting, closes every pair (full closes) and every waiting client (EOF). */
  close(): void {
    this.closed = true;
    this.firstLookDone();
    this.server.close();
    for (const pair of [...this.pairs]) pair.close();
    this.connector.close();
    for (const wake of [...this.changeWaiters]) wake();
  }

  private async serve(client: Socket): Promise<void> {
    client.on('error', () => undefined); // a client's fault ends its own pair only
    const waiter = new WaitingClient(client);
    this.waiting.add(waiter);
    try {
      const sway = await this.reachSway(waiter);
      if (sway !== null) this.pair(waiter, sway);
      else if (!waiter.gone) {
        if (!this.closed) this.counters.closed_without_sway += 1;
        waiter.closeWithoutSway(this.options.graceMs);
      }
    } finally {
      this.waiting.delete(waiter);
    }
  }

  /**
   * A connection to Sway for `waiter`, or null when it went away, the proxy closed, or no Sway
   * could be reached for `waitMs`: counted from the first failure, and again from each one that
   * follows a wait behind a live Sway's full backlog (that Sway lived until then).
   */
  private async reachSway(waiter: WaitingClient): Promise<Socket | null> {
    await this.untilFirstLook(waiter);
    let deadline: number | null = null;
    let counted = false;
    for (;;) {
      if (waiter.gone || this.closed) return null;
      const pending = this.connector.connect();
      const forget = waiter.whenGone(pending.cancel);
      const outcome: ConnectOutcome = await pending.outcome;
      forget();
      if (outcome.kind === 'connected') {
        if (!waiter.gone && !this.closed) return outcome.socket;
        outcome.socket.destroy();
        return null;
      }
      if (outcome.kind === 'cancelled') return null;
      if (deadline === null || outcome.waitedOnBacklog) deadline = Date.now() + this.options.waitMs;
      const left = deadline - Date.now();
      if (left <= 0 || waiter.gone || this.closed) return null;
      if (!counted) this.counters.waited_for_sway += 1;
      counted = true;
      await this.nextChange(waiter, left);
    }
  }

  private pair(waiter: WaitingClient, sway: Socket): void {
    const { kept, ended } = waiter.handOver();
    const pair = pairSockets(waiter.socket, sway, {
      graceMs: this.options.graceMs,
      counters: this.counters,
      kept,
      clientEnded: ended,
      onSwayData: this.swayAnswered,
      onClose: () => this.pairs.delete(pair),
    });
    this.counters.connections += 1;
    this.pairs.add(pair);
    waiter.socket.resume();
  }

  /** Resolves once the first look for a Sway has finished (or the proxy closed), or when `waiter` goes. */
  private untilFirstLook(waiter: WaitingClient): Promise<void> {
    return new Promise((resolve) => {
      const forget = waiter.whenGone(resolve);
      void this.firstLook.then(() => {
        forget();
        resolve();
      });
    });
  }

  /**
   * Resolves at the monitor's next change, when `waiter` goes, or after `ms` (a {@link Deadline}:
   * a change whose I/O is already waiting when a stall of ours ends is seen first).
   */
  private nextChange(waiter: WaitingClient, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        deadline.cancel();
        this.changeWaiters.delete(wake);
        forget();
        resolve();
      };
      const deadline = new Deadline(ms, wake);
      const forget = waiter.whenGone(wake);
      this.changeWaiters.add(wake);
    });
  }
}
