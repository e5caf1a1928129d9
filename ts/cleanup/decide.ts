/**
 * The staleness decision for one directory entry. A socket is stale only when all hold:
 * its name is exactly `sway-ipc.<our uid>.<pid>.sock`; it is a socket (lstat, never following a
 * symlink) owned by us; the PID in its name is not a live Sway (a Sway that has bound but not yet
 * called listen() is starting, not dead); and `connect()` fails with ECONNREFUSED (a socket that
 * accepts is live whatever its name says: a Sway in another PID namespace has another PID).
 * Anything that cannot be determined keeps the socket, with the reason.
 */
import { join } from 'node:path';
import { processKind, readProcStat } from '../liveness/proc.js';
import { inspectSocketFile, probeSocket, type SocketIdentity } from '../liveness/probe.js';
import { parseSwaySocketName } from '../liveness/socket-name.js';

/**
 * - `stale`: remove it (if its inode is still `identity` right before the unlink);
 * - `keep`: a candidate we must not remove (live, starting, or unknown: `unknown` says which);
 * - `ignore`: not a candidate at all (other name, other user, not a socket, vanished).
 */
export type Decision =
  | { kind: 'stale'; path: string; reason: string; identity: SocketIdentity }
  | { kind: 'keep'; path: string; reason: string; unknown: boolean }
  | { kind: 'ignore'; path: string; reason: string };

export interface DecideContext {
  uid: number;
  procRoot?: string;
  /** Timeout of the connect probe, in ms. */
  probeTimeoutMs?: number;
}

/** Decides for the entry `name` of `dir`. Never throws. */
export async function decide(dir: string, name: string, ctx: DecideContext): Promise<Decision> {
  const path = join(dir, name);
  const parsed = parseSwaySocketName(name);
  if (parsed === null) return { kind: 'ignore', path, reason: 'not a Sway socket name' };
  if (parsed.uid !== ctx.uid) return { kind: 'ignore', path, reason: `named for UID ${parsed.uid}, not ours (${ctx.uid})` };
  const file = await inspectSocketFile(path, ctx.uid);
  switch (file.kind) {
    case 'absent':
      return { kind: 'ignore', path, reason: 'vanished' };
    case 'not-socket':
      return { kind: 'ignore', path, reason: `not a socket (${file.type})` };
    case 'foreign':
      return { kind: 'ignore', path, reason: `owned by UID ${file.ownerUid}, not ours` };
    case 'error':
      return { kind: 'keep', path, reason: `lstat failed (${file.code}): state unknown`, unknown: true };
  }
  const pid = parsed.pid;
  const process = processKind(pid, ctx.procRoot);
  if (process === 'sway')
    return { kind: 'keep', path, reason: `PID ${pid} is a live Sway (serving, or starting: bound but not yet listening)`, unknown: false };
  if (process === 'unknown') return { kind: 'keep', path, reason: `cannot read /proc/${pid}: whether it is Sway is unknown`, unknown: true };
  const probe = await probeSocket(path, ctx.probeTimeoutMs);
  switch (probe.kind) {
    case 'listening':
      return { kind: 'keep', path, reason: 'something accepts connections on it (a Sway in another PID namespace?)', unknown: false };
    case 'absent':
      return { kind: 'ignore', path, reason: 'vanished' };
    case 'error':
      return { kind: 'keep', path, reason: `connect() failed with ${probe.code}: state unknown`, unknown: true };
  }
  let why: string;
  if (process === 'absent') why = `PID ${pid} is gone`;
  else if (process === 'zombie') why = `PID ${pid} is a zombie (dead, not yet reaped)`;
  else why = `PID ${pid} is now ${JSON.stringify(safeComm(pid, ctx.procRoot))}, not Sway (PID reused)`;
  return { kind: 'stale', path, reason: `nobody listens (ECONNREFUSED) and ${why}`, identity: file.identity };
}

function safeComm(pid: number, procRoot?: string): string {
  try {
    return readProcStat(pid, procRoot)?.comm ?? '?';
  } catch {
    return '?';
  }
}
