/**
 * A raw Sway IPC client for tests of the stable socket: it sends what the test writes
 * (allowHalfOpen: it half-closes only when told), and records the types of the frames it gets,
 * the bytes it got, how its connection ended, and any error on it.
 */
import { connect, type Socket } from 'node:net';
import { FrameDecoder } from '../../ts/ipc/codec.js';

export interface RawClient {
  socket: Socket;
  /** Types of the frames received, in order. */
  frames: number[];
  /** Bytes received so far. */
  bytes(): number;
  /** Resolves once it read EOF. */
  eof: Promise<void>;
  /** Resolves once it is closed, with the error that closed it (null: none). */
  closed: Promise<NodeJS.ErrnoException | null>;
}

/** Connects to `path`; `teardown` destroys the socket. @throws the connect's error. */
export function rawClient(path: string, teardown: (fn: () => unknown) => void): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path, allowHalfOpen: true });
    teardown(() => socket.destroy());
    const frames: number[] = [];
    let bytes = 0;
    const decoder = new FrameDecoder();
    socket.on('data', (d: Buffer) => {
      bytes += d.length;
      frames.push(...decoder.push(d).map((f) => f.type));
    });
    let error: NodeJS.ErrnoException | null = null;
    const eof = new Promise<void>((r) => socket.once('end', () => r()));
    const closed = new Promise<NodeJS.ErrnoException | null>((r) => socket.once('close', () => r(error)));
    socket.once('connect', () => {
      socket.off('error', reject);
      socket.on('error', (err) => (error = err));
      resolve({ socket, frames, bytes: () => bytes, eof, closed });
    });
    socket.once('error', reject);
  });
}

/** How the connection first ended for the client: 'EOF', or the error code (or 'closed without EOF') that came instead. */
export function firstEnd(c: RawClient): Promise<string> {
  return Promise.race([c.eof.then(() => 'EOF'), c.closed.then((err) => err?.code ?? 'closed without EOF')]);
}
