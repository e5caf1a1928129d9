/**
 * Socket files for cleanup tests, made fast and without Sway: a socket inode nobody listens on
 * (bound, then its listener closed) or a listening one, given any number of names with link(2).
 * A hard link to a socket inode reaches the same socket: connect() through it is refused or
 * accepted exactly as through the original name. Also: whether a client's request waits unread.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, linkSync, unlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

/** A socket inode at `path`, owned by `owner` (uid, gid); `listening` keeps a listener on it. */
export async function socketInode(path: string, owner: { uid: number; gid: number }, listening: boolean): Promise<{ path: string; server: Server | null }> {
  const server = createServer((c) => c.destroy());
  await new Promise<void>((r) => server.listen(path, r));
  chownSync(path, owner.uid, owner.gid);
  if (listening) return { path, server };
  // Keep the name: Node unlinks a Unix socket's path on close, so close through a spare link.
  const spare = `${path}.spare`;
  linkSync(path, spare);
  await new Promise<void>((r) => server.close(() => r()));
  linkSync(spare, path);
  unlinkSync(spare);
  return { path, server: null };
}

/** Gives `inode` the name `name` in `dir` (link(2)); returns the new path. */
export function linkAs(inode: string, dir: string, name: string): string {
  const path = join(dir, name);
  linkSync(inode, path);
  return path;
}

/**
 * Bytes that process `pid` has written into its Unix stream sockets and no peer has read yet
 * (the sum of `ss -xp`'s Send-Q over them, iproute2): how a test knows a client has sent its
 * request to a stopped (SIGSTOP) server, which can neither accept nor read it.
 * @throws Error when `ss` fails (iproute2 missing).
 */
export function unreadBytesSent(pid: number): number {
  const lines = execFileSync('ss', ['-xnpH'], { encoding: 'utf8' }).split('\n');
  return lines.filter((l) => l.includes(`,pid=${pid},`)).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[3]), 0);
}
