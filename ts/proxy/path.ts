/**
 * Taking the stable socket's path (ts/paths/paths.ts): in our private directory (0700), itself 0600,
 * checked, and never at the cost of a live Sway's socket.
 */
import type { Server } from 'node:net';
import { validateSwaySocket } from '../discovery/discover.js';
import type { SocketIdentity } from '../liveness/probe.js';
import { checkServedSocket, listenOnActivatedFd, listenOnPath, prepareSocketPath, servedSocketIdentity, SocketPathError } from '../listen/served-socket.js';

/**
 * Listens on the stable socket: on the fd systemd passed (`fd`, then `path` is where the socket
 * unit put it), else on `path` itself (created 0600, its directory 0700). A dead socket left at
 * `path` is replaced; a live one never is.
 * @returns the identity (dev/ino) of the socket file, for discovery to leave it out.
 * @throws SocketPathError when the directory is not private, the socket is open to others,
 *   `path` is not a socket, a live Sway answers there (a Sway started with `SWAYSOCK=path`), or
 *   another daemon serves it.
 */
export async function listenStable(server: Server, path: string, fd: number | null, uid = process.getuid!()): Promise<SocketIdentity> {
  if (fd !== null) await listenOnActivatedFd(server, fd);
  else {
    if ((await validateSwaySocket(path, uid)) !== null) {
      throw new SocketPathError(`a live Sway answers at ${path} (started with SWAYSOCK=${path}?); refusing to replace it`);
    }
    await prepareSocketPath(path, uid);
    await listenOnPath(server, path);
  }
  return checkPrivate(path, uid);
}

/**
 * Checks that only `uid` can reach the socket at `path` (checkServedSocket: the directory private,
 * the socket `uid`'s, 0600 or stricter).
 * @returns the socket's identity. @throws SocketPathError otherwise.
 */
function checkPrivate(path: string, uid: number): SocketIdentity {
  let identity: SocketIdentity;
  try {
    identity = servedSocketIdentity(path);
  } catch (err) {
    throw new SocketPathError(`cannot serve the stable socket at ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const problem = checkServedSocket(path, identity, uid);
  if (problem !== null) throw new SocketPathError(`${problem.message}; refusing to serve the stable socket there`);
  return identity;
}
