/**
 * Which processes hold a connection to a Unix socket, and which systemd unit each runs in.
 * Unix socket peers are known only to the kernel's sock_diag interface: `ss -xp` (iproute2) asks
 * it. The server's accepted sockets have the listening path as local address and name the client
 * side's inode as peer; the client sockets with those inodes name their processes. ss shows the
 * processes of the calling user only (it reads /proc/PID/fd), which are the ones doctor asks about.
 */
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { SwaysockError } from '../errors/errors.js';

/** Timeout of the `ss` run, in ms: generous, see SYSTEMCTL_QUERY_TIMEOUT_MS (ts/systemd/manager.ts). */
export const SS_TIMEOUT_MS = 10_000;

/** One process connected to the socket. */
export interface SocketPeer {
  pid: number;
  /** Its process name (comm) as ss reports it. */
  comm: string;
  /** Its cgroup v2 path (`0::` line of /proc/PID/cgroup); null when unreadable. */
  cgroup: string | null;
  /** The deepest `.service` or `.scope` in that path; null when none. */
  unit: string | null;
}

/** One row of `ss -xpH`. */
interface SsRow {
  state: string;
  local: string;
  inode: number;
  peerInode: number;
  processes: { comm: string; pid: number }[];
}

const ROW = /^u_(?:str|seq|dgr)\s+(\S+)\s+\d+\s+\d+\s+(\S+)\s+(\d+)\s+\S+\s+(\d+)\s*(.*)$/;

/** Parses `ss -xpH` output; lines it does not understand are skipped. */
export function parseSs(text: string): SsRow[] {
  const rows: SsRow[] = [];
  for (const line of text.split('\n')) {
    const m = ROW.exec(line.trim());
    if (!m) continue;
    const processes = [...m[5]!.matchAll(/\("((?:[^"\\]|\\.)*)",pid=(\d+)/g)].map((p) => ({ comm: p[1]!, pid: Number(p[2]) }));
    rows.push({ state: m[1]!, local: m[2]!, inode: Number(m[3]), peerInode: Number(m[4]), processes });
  }
  return rows;
}

/** The unit a cgroup v2 path belongs to: its deepest `.service` or `.scope` component; null when none. */
export function unitOfCgroup(path: string): string | null {
  const parts = path.split('/').filter((p) => /\.(service|scope)$/.test(p));
  return parts.length === 0 ? null : parts[parts.length - 1]!;
}

/** The cgroup v2 path of `pid` (`0::PATH` in /proc/PID/cgroup); null when unreadable. */
export function cgroupOf(pid: number, procRoot = '/proc'): string | null {
  try {
    const line = readFileSync(`${procRoot}/${pid}/cgroup`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('0::'));
    return line === undefined ? null : line.slice(3);
  } catch {
    return null;
  }
}

/** Runs `ss -xpH` (all Unix sockets with their processes). @throws SwaysockError `ERR_SWAYSOCK_EXEC` when ss is missing, fails or times out. */
function runSs(): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('ss', ['-xpH'], { timeout: SS_TIMEOUT_MS, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err === null) return resolve(stdout);
      const code = (err as NodeJS.ErrnoException).code;
      reject(new SwaysockError('ERR_SWAYSOCK_EXEC', code === 'ENOENT' ? 'ss (iproute2) is not on PATH' : `ss -xpH failed: ${stderr.trim() || err.message}`));
    });
  });
}

/** The canonical form of a path (symlinks resolved, `//` and `.` gone); the path itself when it cannot be resolved. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The processes connected to the listening socket `socketPath`, except `exclude` (e.g. the
 * server's own PID), each with its unit, by PID.
 * @throws Error when ss cannot run.
 */
export async function socketPeers(socketPath: string, exclude: ReadonlySet<number> = new Set()): Promise<SocketPeer[]> {
  const rows = parseSs(await runSs());
  // ss prints the path as the server bound it, which may be spelled otherwise than ours (a
  // symlinked runtime directory, a doubled slash).
  const target = canonical(socketPath);
  const spellings = new Map<string, boolean>();
  const isOurs = (local: string): boolean => {
    if (local === '*') return false;
    if (!spellings.has(local)) spellings.set(local, local === socketPath || canonical(local) === target);
    return spellings.get(local)!;
  };
  const wanted = new Set(rows.filter((r) => r.peerInode !== 0 && isOurs(r.local)).map((r) => r.peerInode));
  const peers = new Map<number, SocketPeer>();
  for (const r of rows) {
    if (!wanted.has(r.inode)) continue;
    for (const p of r.processes) {
      if (exclude.has(p.pid) || peers.has(p.pid)) continue;
      const cgroup = cgroupOf(p.pid);
      peers.set(p.pid, { pid: p.pid, comm: p.comm, cgroup, unit: cgroup === null ? null : unitOfCgroup(cgroup) });
    }
  }
  return [...peers.values()].sort((a, b) => a.pid - b.pid);
}
