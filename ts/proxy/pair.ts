/**
 * One client of the stable socket paired with its own connection to Sway: bytes pass through
 * unchanged both ways, with back-pressure (a side whose peer does not drain is paused, so no more
 * than one socket's buffers are ever held), and the ends handled as Sway needs them:
 * - never a half-close towards Sway (Sway's IPC server spins on a half-closed client): every
 *   close towards Sway is a full close (`destroy()`);
 * - the client half-closes: the replies still owed to it (requests counted minus replies counted,
 *   FrameCounter) are forwarded for at most `graceMs`, then both sides are closed fully;
 * - Sway ends or fails: the client gets EOF once the bytes already read from Sway are written
 *   (bounded by `graceMs` too), then both sides are closed fully.
 * What the client sent before it was paired (waiting.ts) goes to Sway first, counted like the rest.
 */
import type { Socket } from 'node:net';
import { FrameCounter } from './frames.js';

/** Default bound on the wait for owed replies after a client's half-close, in ms. */
export const HALF_CLOSE_GRACE_MS = 1000;

/** Bytes forwarded, each way (the stable socket's counters). */
export interface ByteCounters {
  bytes_to_sway: number;
  bytes_to_clients: number;
}

export interface PairOptions {
  /** Bound on forwarding owed replies after a half-close, and on flushing to the client after Sway's end, in ms. */
  graceMs: number;
  /** Where the bytes forwarded are added up. */
  counters: ByteCounters;
  /** What the client sent before the pairing, to be written to Sway first (default none). */
  kept?: Buffer[];
  /** Whether the client half-closed before the pairing (its `end` already came; default false). */
  clientEnded?: boolean;
  /** Called after each chunk from Sway (Sway is running: connector.ts retries queued clients). */
  onSwayData?: () => void;
  /** Called once when both sides are closed. */
  onClose: () => void;
}

/** A pair being served. */
export interface Pair {
  /** Closes both sides at once (full close). Idempotent. */
  close(): void;
}

/**
 * Pairs `client` with `sway` and starts forwarding. Both sockets must have been opened with
 * `allowHalfOpen: true` (otherwise Node ends the other direction by itself on EOF).
 */
export function pairSockets(client: Socket, sway: Socket, options: PairOptions): Pair {
  const requests = new FrameCounter();
  const replies = new FrameCounter();
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let clientEnded = false;

  const close = (): void => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    sway.destroy();
    client.destroy();
    options.onClose();
  };
  const bound = (): void => {
    timer ??= setTimeout(close, options.graceMs);
    timer.unref();
  };
  // Nothing owed: close once what was written to the client has been handed to the kernel.
  const settled = (): boolean => requests.messages - replies.messages <= 0 && replies.atBoundary;
  const closeWhenFlushed = (): void => {
    bound();
    client.write('', close);
  };

  const { counters } = options;
  for (const chunk of options.kept ?? []) {
    requests.push(chunk);
    sway.write(chunk);
    counters.bytes_to_sway += chunk.length;
  }
  forward(client, sway, requests, (n) => (counters.bytes_to_sway += n));
  forward(sway, client, replies, (n) => {
    counters.bytes_to_clients += n;
    options.onSwayData?.();
    if (clientEnded && settled()) closeWhenFlushed();
  });

  const onClientEnd = (): void => {
    clientEnded = true;
    if (settled()) closeWhenFlushed();
    else bound();
  };
  // Sway's end (clean or crash): EOF to the client after what was read is written.
  let swayDone = false;
  const swayGone = (): void => {
    if (closed || swayDone) return;
    swayDone = true;
    sway.destroy();
    client.end(close);
    bound();
  };
  sway.on('end', swayGone);
  sway.on('error', swayGone);
  sway.on('close', swayGone);
  client.on('error', close);
  client.on('close', close);
  if (options.clientEnded) onClientEnd();
  else client.on('end', onClientEnd);
  return { close };
}

/**
 * Copies `from` into `to`, counting frames; pauses `from` while `to` is full. `afterChunk` gets
 * the bytes of each chunk handed to `to` (0 when `to` is closed already).
 */
function forward(from: Socket, to: Socket, counter: FrameCounter, afterChunk: (written: number) => void): void {
  let waiting = false;
  from.on('data', (chunk: Buffer) => {
    counter.push(chunk);
    let written = 0;
    if (!to.destroyed && !to.writableEnded) {
      written = chunk.length;
      if (!to.write(chunk) && !waiting) {
        waiting = true;
        from.pause();
        to.once('drain', () => {
          waiting = false;
          from.resume();
        });
      }
    }
    afterChunk(written);
  });
}
