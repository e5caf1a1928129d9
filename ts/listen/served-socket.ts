/**
 * The sockets swaysock serves (the daemon's JSON-RPC socket, the stable socket): its directory
 * 0700 and the socket 0600, both ours, checked again while serving; or the socket systemd passed
 * (socket activation). Shared by the daemon (ts/server/) and the relay (ts/proxy/).
 */
import { lstatSync, type Stats } from 'node:fs';
import { chmod, lstat, unlink } from 'node:fs/promises';
import type { Server } from 'node:net';
import { dirname } from 'node:path';
import { hasCode, SwaysockError } from '../errors/errors.js';
import { checkPrivateDir, ensurePrivateDir, notOwnerOnly, type UnsafeDirectoryError } from '../fs/private-dir.js';
import { probeSocket, sameIdentity, type SocketIdentity } from '../liveness/probe.js';
import { SD_LISTEN_FDS_START } from '../systemd/listen-fds.js';

/** A socket cannot be served at its path (`ERR_SWAYSOCK_SOCKET_PATH`); the message says why and what to do. */
export class SocketPathError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_SOCKET_PATH';
  constructor(message: string) {
    super('ERR_SWAYSOCK_SOCKET_PATH', message);
    this.name = 'SocketPathError';
  }
}

/**
 * Makes the socket's directory (0700) if needed and checks it: a real directory (not a symlink),
 * ours, no group or world access. Removes a dead daemon's socket at `path`.
 * @returns true when a dead socket was removed.
 * @throws SocketPathError when the directory is unsafe, `path` is not a socket, or a live daemon
 *   answers on it.
 */
export async function prepareSocketPath(path: string, uid = process.getuid!()): Promise<boolean> {
  try {
    ensurePrivateDir(dirname(path), uid);
  } catch (err) {
    if (!hasCode<UnsafeDirectoryError>(err, 'ERR_SWAYSOCK_UNSAFE_DIRECTORY')) throw err;
    throw new SocketPathError(`${err.problem}; refusing to serve there${err.fix === null ? '' : ` (${err.fix})`}`);
  }
  const existing = await lstat(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err)));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === 'listening') throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== 'refused' && probe.kind !== 'absent')
    throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
  await unlink(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
  return true;
}

/** dev/ino of the socket we listen on at `path`. @throws the lstat error. */
export function servedSocketIdentity(path: string): SocketIdentity {
  const st = lstatSync(path);
  return { dev: st.dev, ino: st.ino };
}

/**
 * Checks again what {@link prepareSocketPath} and {@link listenOnPath} made: the directory (a real
 * directory of `uid`, 0700 or stricter) and the socket (still the inode we listen on, `uid`'s,
 * 0600 or stricter). Synchronous lstats: a few µs on the runtime directory.
 * @returns null when all holds; else why, and whether the file at `path` is still our socket (and
 *   should be removed when we stop) or something else now (to be left alone).
 */
export function checkServedSocket(path: string, identity: SocketIdentity, uid = process.getuid!()): { message: string; removeSocket: boolean } | null {
  let unsafe: string | null = null;
  let st: Stats;
  try {
    try {
      checkPrivateDir(dirname(path), uid);
    } catch (err) {
      if (!hasCode<UnsafeDirectoryError>(err, 'ERR_SWAYSOCK_UNSAFE_DIRECTORY')) throw err;
      unsafe = err.problem;
    }
    st = lstatSync(path);
  } catch (err) {
    return { message: `cannot check ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, removeSocket: false };
  }
  if (!(st.isSocket() && sameIdentity(st, identity))) return { message: `${path} is no longer the socket we listen on`, removeSocket: false };
  const problem = unsafe ?? notOwnerOnly(path, st, uid);
  return problem === null ? null : { message: problem, removeSocket: true };
}

/** Listens on `path` with mode 0600 (created under umask 0177, then chmod'ed). */
export async function listenOnPath(server: Server, path: string): Promise<void> {
  const previous = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } finally {
    process.umask(previous);
  }
  await chmod(path, 0o600);
}

/** Listens on a socket systemd passed (default the first, fd 3). */
export function listenOnActivatedFd(server: Server, fd = SD_LISTEN_FDS_START): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ fd }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
