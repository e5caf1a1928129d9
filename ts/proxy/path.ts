/**
 * Taking the stable socket's path (default-path.ts): in our private directory (0700), itself 0600,
 * checked, and never at the cost of a live Sway's socket.
 */
import { lstatSync } from 'node:fs';
import type { Server } from 'node:net';
import { dirname } from 'node:path';
import { validateSwaySocket } from '../discovery/discover.js';
import { UnsafeDirectoryError, ensurePrivateDir } from '../fs/private-dir.js';
import type { SocketIdentity } from '../liveness/probe.js';
import { listenOnActivatedFd, listenOnPath, prepareSocketPath, SocketPathError } from '../server/listen.js';

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
  if (fd !== null) {
    checkPrivate(path, uid);
    await listenOnActivatedFd(server, fd);
  } else {
    if ((await validateSwaySocket(path, uid)) !== null) {
      throw new SocketPathError(`a live Sway answers at ${path} (started with SWAYSOCK=${path}?); refusing to replace it`);
    }
    await prepareSocketPath(path, uid);
    await listenOnPath(server, path);
  }
  return checkPrivate(path, uid);
}

/**
 * Checks that only `uid` can reach the socket at `path`: its directory is private and the socket
 * a socket of `uid` without group or other bits.
 * @returns the socket's identity. @throws SocketPathError otherwise.
 */
function checkPrivate(path: string, uid: number): SocketIdentity {
  try {
    ensurePrivateDir(dirname(path), uid);
  } catch (err) {
    if (!(err instanceof UnsafeDirectoryError)) throw err;
    throw new SocketPathError(`${err.message}; refusing to serve the stable socket there`);
  }
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (st === undefined || !st.isSocket()) throw new SocketPathError(`${path} is not a socket; refusing to serve the stable socket`);
  if (st.uid !== uid || (st.mode & 0o077) !== 0) {
    throw new SocketPathError(`${path} has mode ${(st.mode & 0o777).toString(8).padStart(4, '0')} and owner ${st.uid}; only UID ${uid} with 0600 is safe (SocketMode=0600)`);
  }
  return { dev: st.dev, ino: st.ino };
}
