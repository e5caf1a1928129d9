/**
 * The stable socket's server: every client connection gets its own new connection to the Sway
 * that the health monitor uses (`target()`), paired 1:1 (pair.ts). While no Sway is connected a
 * client waits at most `waitMs` for one (the monitor finds a new Sway within milliseconds of its
 * socket appearing), then is closed: a client never waits forever, and a client that connects
 * during a Sway restart, or the very connection that socket-activated the daemon, reaches the
 * next Sway instead of failing.
 */
import type { Server, Socket } from 'node:net';
import { connectUnix } from '../net/connect.js';
import { pairSockets, type Pair } from './pair.js';

/** Default bound on a client's wait for a Sway, in ms. */
export const DEFAULT_STABLE_WAIT_MS = 3000;
/** Deadline of one connect to Sway, in ms (a full listen backlog makes it fail, not hang). */
const SWAY_CONNECT_TIMEOUT_MS = 1000;

export interface ProxyOptions {
  /** The live Sway's socket path, or null while none is connected. */
  target: () => string | null;
  /** Bound on a client's wait for a Sway, in ms. */
  waitMs: number;
  /** Bound on forwarding owed replies after a client's half-close, in ms (pair.ts). */
  graceMs: number;
}

export class StableProxy {
  private readonly pairs = new Set<Pair>();
  private readonly waiting = new Set<() => void>();
  private closed = false;

  /** Serves `server` (listening or not yet): it must have been created with `allowHalfOpen: true`. */
  constructor(private readonly server: Server, private readonly options: ProxyOptions) {
    server.on('connection', (client) => void this.serve(client));
  }

  /** Tells waiting clients that the target may have changed. */
  targetChanged(): void {
    for (const wake of [...this.waiting]) wake();
  }

  /** Stops accepting and closes every pair and waiting client (full closes). */
  close(): void {
    this.closed = true;
    this.server.close();
    for (const pair of [...this.pairs]) pair.close();
    this.targetChanged();
  }

  private async serve(client: Socket): Promise<void> {
    client.on('error', () => undefined); // a client's fault ends its own pair only
    client.pause();
    const deadline = Date.now() + this.options.waitMs;
    // Try the target; when there is none or it refuses (a Sway that just died, the monitor not yet
    // told), wait for the next change of the monitor's state and try again, until the deadline.
    for (;;) {
      const path = this.options.target();
      if (path !== null) {
        // Half-open allowed: Node must never end our side towards Sway by itself (pair.ts).
        const sway = await connectUnix(path, SWAY_CONNECT_TIMEOUT_MS, true).catch(() => null);
        if (sway !== null && !client.destroyed && !this.closed) return this.pair(client, sway);
        sway?.destroy();
      }
      const left = deadline - Date.now();
      if (left <= 0 || client.destroyed || this.closed) break;
      await this.nextChange(left);
    }
    client.destroy();
  }

  private pair(client: Socket, sway: Socket): void {
    const pair = pairSockets(client, sway, { graceMs: this.options.graceMs, onClose: () => this.pairs.delete(pair) });
    this.pairs.add(pair);
    client.resume();
  }

  private nextChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiting.add(wake);
    });
  }
}
