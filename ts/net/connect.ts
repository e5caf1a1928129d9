/**
 * The one way our programs open a Unix stream connection: `connect(2)` with a deadline. Used by the
 * Sway IPC client, the daemon's client and the liveness probe.
 */
import { connect, type Socket } from 'node:net';
import { SwaysockError } from '../errors/errors.js';
import { Deadline } from './deadline.js';

/**
 * A connection could not be opened: `ERR_SWAYSOCK_CONNECT`. `systemCode` is the errno name
 * (`ENOENT`, `ECONNREFUSED`, `EACCES`, `EAGAIN`, ...), or `ETIMEDOUT` when the deadline passed first.
 */
export class ConnectError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_CONNECT';
  constructor(
    readonly path: string,
    readonly systemCode: string,
    options?: { cause?: unknown },
  ) {
    super('ERR_SWAYSOCK_CONNECT', `cannot connect to ${path} (${systemCode})`, options);
    this.name = 'ConnectError';
  }
}

/**
 * Connects to the Unix stream socket at `path`.
 * @param timeoutMs deadline of the connect, in ms (a {@link Deadline}: a connect that completed while
 *   this process was not running is taken).
 * @param allowHalfOpen keep our side writable after the peer's EOF (Node's `allowHalfOpen`;
 *   default false: Node ends our side by itself).
 * @returns the connected socket (no listeners of ours left on it).
 * @throws ConnectError; the half-open socket is destroyed first.
 */
export function connectUnix(path: string, timeoutMs: number, allowHalfOpen = false): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path, allowHalfOpen });
    const fail = (code: string, cause?: unknown): void => {
      deadline.cancel();
      socket.removeListener('connect', onConnect);
      socket.removeListener('error', onError);
      socket.on('error', () => {}); // nothing more to report once rejected
      socket.destroy();
      reject(new ConnectError(path, code, { cause }));
    };
    const onError = (err: NodeJS.ErrnoException): void => fail(err.code ?? 'EUNKNOWN', err);
    const onConnect = (): void => {
      deadline.cancel();
      socket.removeListener('error', onError);
      resolve(socket);
    };
    const deadline = new Deadline(timeoutMs, () => fail('ETIMEDOUT'));
    socket.once('connect', onConnect);
    socket.once('error', onError);
  });
}
