/**
 * A raw client of a JSON-lines socket (the daemon's protocol without DaemonClient): it writes text
 * as given, split or packed any way, and reads each line the server sends.
 */
import { connect, type Socket } from 'node:net';

export interface LineClient {
  socket: Socket;
  /** Resolves when the connection has closed. */
  closed: Promise<void>;
  /** Writes `text` as it is (no `\n` added). */
  send(text: string): boolean;
  /**
   * The next line the server sent, parsed as JSON, waiting for it.
   * @throws Error when no line came within `timeoutMs` (default 10000: a deadline, not a speed check).
   */
  next(timeoutMs?: number): Promise<unknown>;
}

/** Connects to the socket at `path`; `t.teardown` destroys the connection. @throws the connect error. */
export async function lineClient(t: { teardown: (fn: () => unknown) => void }, path: string): Promise<LineClient> {
  const socket: Socket = connect(path);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  t.teardown(() => socket.destroy());
  socket.setEncoding('utf8');
  let buffer = '';
  const lines: unknown[] = [];
  const waiters: ((line: unknown) => void)[] = [];
  socket.on('data', (d: string) => {
    buffer += d;
    let i: number;
    while ((i = buffer.indexOf('\n')) !== -1) {
      const line: unknown = JSON.parse(buffer.slice(0, i));
      buffer = buffer.slice(i + 1);
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    socket,
    closed,
    send: (text) => socket.write(text),
    next: (timeoutMs = 10_000) =>
      lines.length > 0
        ? Promise.resolve(lines.shift())
        : new Promise((resolve, reject) => {
            const waiter = (line: unknown): void => {
              clearTimeout(timer);
              resolve(line);
            };
            const timer = setTimeout(() => {
              waiters.splice(waiters.indexOf(waiter), 1);
              reject(new Error(`no line from ${path} within ${timeoutMs} ms`));
            }, timeoutMs);
            waiters.push(waiter);
          }),
  };
}
