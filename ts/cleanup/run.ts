/**
 * One cleanup run over a runtime directory. Runs are serialised by a PID lock
 * (`RUNTIME_DIR/swaysock/cleanup.lock`, ts/lock/pid-lock.ts: created atomically, a dead holder's
 * lock is taken over) held for the whole decide-then-unlink step, so the timer's run and a CLI
 * run never race. Each entry is decided (ts/cleanup/decide.ts) and, when stale, unlinked at
 * once, after its inode (dev + ino) has been checked again: a socket re-created in between is
 * kept. POSIX has no "unlink this inode", so a window remains between that check and the unlink;
 * see docs/cleanup.md.
 */
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { hasCode, SwaysockError } from '../errors/errors.js';
import { tryAcquireLock, type LockRecord, type PidLock, type UnsafeDirectoryError } from '../lock/pid-lock.js';
import { sameIdentity, type SocketIdentity } from '../liveness/probe.js';
import { cleanupLockPath } from '../paths/paths.js';
import { decide, type Decision } from './decide.js';

/**
 * How many entries are decided at once. A connect() to a Unix socket completes or fails at once,
 * so little waits; a few in flight keep one slow probe from stalling the rest. 16 was fastest
 * over 10,000 stale sockets here (64 was 8% slower, 512 25%: more live objects, more GC).
 */
const CONCURRENCY = 16;

export interface CleanupOptions {
  /** Directory to clean. */
  runtimeDir: string;
  /** Whose sockets (default process.getuid()). */
  uid?: number;
  /** Decide and report, remove nothing (and take no lock). */
  dryRun?: boolean;
  /** Where proc(5) is mounted (default /proc). */
  procRoot?: string;
  /** Timeout of each connect probe, in ms (default 500). */
  probeTimeoutMs?: number;
  /** How long to wait for another run's lock, in ms (default 10000). */
  lockTimeoutMs?: number;
}

/** `{path, reason}` of one entry. */
export interface Entry {
  path: string;
  reason: string;
}

/**
 * What a run did, each list sorted by path. `kept` are candidates left in place (`unknown`: their
 * state could not be determined); `ignored` are non-candidates (reported only with --verbose).
 */
export interface CleanupReport {
  runtime_dir: string;
  dry_run: boolean;
  removed: Entry[];
  kept: (Entry & { unknown: boolean })[];
  errors: { path: string; error: string }[];
  ignored: Entry[];
}

/** The run could not happen (directory missing or unreadable, lock not obtained or refused): `ERR_SWAYSOCK_CLEANUP`. */
export class CleanupError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_CLEANUP';
  constructor(message: string) {
    super('ERR_SWAYSOCK_CLEANUP', message);
    this.name = 'CleanupError';
  }
}

/**
 * Waits up to `timeoutMs` for the lock, polling every 10 ms; the bound holds even while another
 * process keeps a stale lock's break lock.
 * @throws CleanupError (the lock directory not private, held past the bound, an fs error).
 */
async function takeLock(runtimeDir: string, timeoutMs: number): Promise<PidLock<LockRecord>> {
  const path = cleanupLockPath(runtimeDir);
  const deadline = Date.now() + timeoutMs;
  let held: LockRecord;
  for (;;) {
    let result: Awaited<ReturnType<typeof tryAcquireLock<object>>>;
    try {
      result = await tryAcquireLock(path, {}, { deadline });
    } catch (err) {
      if (hasCode<UnsafeDirectoryError>(err, 'ERR_SWAYSOCK_UNSAFE_DIRECTORY')) throw new CleanupError(`refusing the cleanup lock ${path}: ${err.message}`);
      if (hasCode(err, 'ERR_SWAYSOCK_LOCK_TIMEOUT')) throw new CleanupError(`${err.message} (${timeoutMs} ms)`);
      throw new CleanupError(`cannot take the cleanup lock ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    if ('lock' in result) return result.lock;
    held = result.held;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new CleanupError(`another cleanup (PID ${held.pid}, since ${held.since}) still holds ${path} after ${timeoutMs} ms`);
}

/**
 * Runs one cleanup.
 * @throws CleanupError when the directory cannot be read or another run keeps the lock.
 */
export async function runCleanup(options: CleanupOptions): Promise<CleanupReport> {
  const dir = options.runtimeDir;
  const uid = options.uid ?? process.getuid!();
  const dryRun = options.dryRun ?? false;
  try {
    readdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CleanupError(
      `cannot read the runtime directory ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'not a directory' : (code ?? (err as Error).message)}`,
    );
  }
  const report: CleanupReport = { runtime_dir: dir, dry_run: dryRun, removed: [], kept: [], errors: [], ignored: [] };
  const lock = dryRun ? null : await takeLock(dir, options.lockTimeoutMs ?? 10_000);
  try {
    // Listed under the lock: what a previous run removed is not seen again.
    const names = readdirSync(dir);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < names.length) {
        const d = await decide(dir, names[next++]!, { uid, procRoot: options.procRoot, probeTimeoutMs: options.probeTimeoutMs });
        if (d.kind === 'ignore') report.ignored.push({ path: d.path, reason: d.reason });
        else if (d.kind === 'keep') report.kept.push({ path: d.path, reason: d.reason, unknown: d.unknown });
        else if (dryRun) report.removed.push({ path: d.path, reason: d.reason });
        else remove(d, report);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  } finally {
    lock?.release();
  }
  for (const list of [report.removed, report.kept, report.errors, report.ignored]) list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return report;
}

/**
 * Unlinks `path` if it still is the socket inode `identity` (dev + ino, from lstat) that was
 * decided stale: `removed`; `replaced` when another file or inode now has the name (a Sway that
 * started meanwhile with a preset SWAYSOCK re-binds exactly that path); `vanished` when the name
 * is gone. Only the lstat-to-unlink window remains (POSIX has no "unlink this inode").
 * @throws the lstat or unlink error (EACCES, EPERM, EROFS, ...) other than ENOENT.
 */
export function unlinkIfUnchanged(path: string, identity: SocketIdentity): 'removed' | 'replaced' | 'vanished' {
  try {
    const st = lstatSync(path);
    if (!sameIdentity(st, identity) || !st.isSocket()) return 'replaced';
    unlinkSync(path);
    return 'removed';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'vanished';
    throw err;
  }
}

/** Removes the stale `d` (if unchanged) and records what happened. */
function remove(d: Extract<Decision, { kind: 'stale' }>, report: CleanupReport): void {
  let outcome: ReturnType<typeof unlinkIfUnchanged>;
  try {
    outcome = unlinkIfUnchanged(d.path, d.identity);
  } catch (err) {
    report.errors.push({ path: d.path, error: `unlink failed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return;
  }
  if (outcome === 'removed') report.removed.push({ path: d.path, reason: d.reason });
  else if (outcome === 'replaced') report.kept.push({ path: d.path, reason: 'replaced since it was checked (inode changed)', unknown: false });
  else report.ignored.push({ path: d.path, reason: 'vanished before the unlink' });
}
