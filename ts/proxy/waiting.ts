/**
 * A stable-socket client that is not paired with a Sway yet. What it sends meanwhile is read and
 * kept, to be forwarded once a Sway is reached (up to {@link KEEP_MAX_BYTES}; past that it is not
 * read further, and the rest waits in the socket's buffers: back-pressure, as a slow Sway would
 * apply), and its half-close and its close are noticed (a client that leaves stops waiting).
 *
 * When no Sway comes in time it is closed cleanly: our side ended (the client reads EOF), what it
 * still sends read and dropped until it closes its side, then the socket destroyed. Destroying a
 * Unix socket with unread bytes makes the peer's next read fail with ECONNRESET instead of EOF
 * (Linux's unix_release_sock), which is what a client that had already sent its request got before.
 */
import type { Socket } from 'node:net';

/** Most bytes kept from one waiting client, 64 KiB. */
export const KEEP_MAX_BYTES = 64 * 1024;

/** What a waiting client handed over when it was paired. */
export interface Handover {
  /** The bytes it sent while it waited, in order. */
  kept: Buffer[];
  /** Whether it half-closed (EOF) while it waited. */
  ended: boolean;
}

export class WaitingClient {
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private ended = false;
  private closed = false;
  private readonly onGone = new Set<() => void>();

  /** Starts reading `socket` (paused, with an `error` listener already on it). */
  constructor(readonly socket: Socket) {
    socket.on('data', this.keep);
    socket.on('end', this.markEnded);
    socket.once('close', this.markClosed);
    socket.resume();
  }

  /** True once the client closed or failed: nobody to serve any more. */
  get gone(): boolean {
    return this.closed || this.socket.destroyed;
  }

  /** Calls `wake` once when the client goes; returns the function that unregisters it. */
  whenGone(wake: () => void): () => void {
    this.onGone.add(wake);
    return () => this.onGone.delete(wake);
  }

  /** Stops reading and hands what was kept over, for pairing (pair.ts); the socket is left paused. */
  handOver(): Handover {
    this.detach();
    this.socket.pause();
    const handover = { kept: this.kept, ended: this.ended };
    this.kept = [];
    return handover;
  }

  /**
   * Closes the client without a Sway: ends our side (the client reads EOF), then reads and drops
   * what it still sends until it ends its side, at most `graceMs`, then destroys the socket.
   */
  closeWithoutSway(graceMs: number): void {
    this.detach();
    const { socket } = this;
    this.kept = [];
    if (socket.destroyed) return;
    const timer = setTimeout(() => socket.destroy(), graceMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.on('data', () => undefined);
    if (this.ended) socket.end(() => socket.destroy());
    else {
      socket.once('end', () => socket.destroy());
      socket.end();
    }
    socket.resume();
  }

  private detach(): void {
    this.socket.off('data', this.keep);
    this.socket.off('end', this.markEnded);
    this.socket.off('close', this.markClosed);
    this.onGone.clear();
  }

  private readonly keep = (chunk: Buffer): void => {
    this.kept.push(chunk);
    this.keptBytes += chunk.length;
    if (this.keptBytes >= KEEP_MAX_BYTES) this.socket.pause();
  };

  private readonly markEnded = (): void => {
    this.ended = true;
  };

  private readonly markClosed = (): void => {
    this.closed = true;
    for (const wake of [...this.onGone]) wake();
    this.onGone.clear();
  };
}
