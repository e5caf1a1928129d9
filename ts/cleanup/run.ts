/**
 * One cleanup run over a runtime directory: serialised with other runs by a PID lock
 * (`swaysock/cleanup.lock` in the directory) held for the whole decide-then-unlink step; each
 * stale socket's inode is checked again right before its unlink, so a socket re-created in
 * between is kept. (POSIX has no "unlink this inode": a window remains between that check and the
 * unlink; see docs/cleanup.md.)
 */
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tryAcquireLock, type LockRecord } from '../lock/pid-lock.js';
import { decide, type Decision } from './decide.js';

/** How many entries are decided at once (each may wait on a connect probe). */
const CONCURRENCY = 64;

export interface CleanupOptions {
  runtimeDir: string;
  /** Whose sockets (default process.getuid()). */
  uid?: number;
  /** Decide and report, remove nothing (and take no lock). */
  dryRun?: boolean;
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

/** What a run did. `ignored` lists non-candidates (reported only with --verbose). */
export interface CleanupReport {
  runtime_dir: string;
  dry_run: boolean;
  removed: Entry[];
  kept: (Entry & { unknown: boolean })[];
  errors: { path: string; error: string }[];
  ignored: Entry[];
}

/** The run could not happen (directory missing or unreadable, lock not obtained). */
export class CleanupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CleanupError';
  }
}

/** `RUNTIME_DIR/swaysock/cleanup.lock`. */
export function cleanupLockPath(runtimeDir: string): string {
  return join(runtimeDir, 'swaysock', 'cleanup.lock');
}

async function takeLock(runtimeDir: string, timeoutMs: number) {
  const path = cleanupLockPath(runtimeDir);
  const deadline = Date.now() + timeoutMs;
  let held: LockRecord | null = null;
  do {
    const result = await tryAcquireLock(path, {});
    if ('lock' in result) return result.lock;
    held = result.held;
    await new Promise((r) => setTimeout(r, 10));
  } while (Date.now() < deadline);
  throw new CleanupError(`another cleanup (PID ${held.pid}, since ${held.since}) still holds ${path} after ${timeoutMs} ms`);
}

/** Decides for every entry, `CONCURRENCY` at a time, in directory order. */
async function decideAll(dir: string, names: string[], options: CleanupOptions, uid: number): Promise<Decision[]> {
  const decisions: Decision[] = new Array(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const i = next++;
      decisions[i] = await decide(dir, names[i]!, { uid, procRoot: options.procRoot, probeTimeoutMs: options.probeTimeoutMs });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  return decisions;
}

/**
 * Runs one cleanup.
 * @throws CleanupError when the directory cannot be read or another run keeps the lock.
 */
export async function runCleanup(options: CleanupOptions): Promise<CleanupReport> {
  const dir = options.runtimeDir;
  const uid = options.uid ?? process.getuid!();
  const dryRun = options.dryRun ?? false;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CleanupError(`cannot read the runtime directory ${dir}: ${e.code === 'ENOENT' ? 'it does not exist' : e.code === 'ENOTDIR' ? 'not a directory' : e.code ?? e.message}`);
  }
  const report: CleanupReport = { runtime_dir: dir, dry_run: dryRun, removed: [], kept: [], errors: [], ignored: [] };
  const lock = dryRun ? null : await takeLock(dir, options.lockTimeoutMs ?? 10_000);
  try {
    for (const d of await decideAll(dir, names, options, uid)) {
      if (d.kind === 'ignore') report.ignored.push({ path: d.path, reason: d.reason });
      else if (d.kind === 'keep') report.kept.push({ path: d.path, reason: d.reason, unknown: d.unknown });
      else if (dryRun) report.removed.push({ path: d.path, reason: d.reason });
      else unlinkIfUnchanged(d, report);
    }
  } finally {
    lock?.release();
  }
  return report;
}

/** Unlinks `d.path` if it still is the inode that was decided stale. */
function unlinkIfUnchanged(d: Extract<Decision, { kind: 'stale' }>, report: CleanupReport): void {
  try {
    const st = lstatSync(d.path);
    if (st.ino !== d.identity.ino || st.dev !== d.identity.dev || !st.isSocket()) {
      report.kept.push({ path: d.path, reason: 'replaced since it was checked (inode changed)', unknown: false });
      return;
    }
    unlinkSync(d.path);
    report.removed.push({ path: d.path, reason: d.reason });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') report.ignored.push({ path: d.path, reason: 'vanished before the unlink' });
    else report.errors.push({ path: d.path, error: `unlink failed: ${code ?? (err as Error).message}` });
  }
}
