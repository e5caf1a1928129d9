/**
 * The daemon's own socket (by default `defaultDaemonSocket` of ts/rpc/protocol.ts), its directory
 * 0700 and the socket 0600, both ours. Or the socket systemd passed (socket activation).
 */
import { lstat, mkdir, chmod, unlink } from 'node:fs/promises';
import type { Server } from 'node:net';
import { dirname } from 'node:path';
import { probeSocket } from '../liveness/probe.js';
import { SD_LISTEN_FDS_START } from '../systemd/listen-fds.js';

/** The daemon cannot take its socket path; the message says why and what to do. */
export class SocketPathError extends Error {
  constructor(message: string) {
    super(message);
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
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const st = await lstat(dir);
  if (!st.isDirectory()) throw new SocketPathError(`${dir} is not a directory (a symlink?); refusing to serve there`);
  if (st.uid !== uid) throw new SocketPathError(`${dir} belongs to UID ${st.uid}, not to us (UID ${uid}); refusing to serve there`);
  if ((st.mode & 0o077) !== 0) {
    throw new SocketPathError(`${dir} has mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}, open to group or others; refusing to serve there (chmod 0700 ${dir})`);
  }
  const existing = await lstat(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err)));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === 'listening') throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== 'refused' && probe.kind !== 'absent') throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
  await unlink(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
  return true;
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

/** Listens on the first socket systemd passed (fd 3). */
export function listenOnActivatedFd(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ fd: SD_LISTEN_FDS_START }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

