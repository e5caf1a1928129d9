/**
 * The session lock: at most one `swaysock session` per runtime directory at a time.
 *
 * The lock is the file `$XDG_RUNTIME_DIR/swaysock/session.lock` holding a JSON {@link LockHolder}
 * (the holder's PID and process start time, so a reused PID is not taken for the holder). It is
 * created complete and atomically: the content goes to a private temporary file first, which is
 * then `link(2)`ed to the lock name (fails with EEXIST when a lock exists). A lock whose holder is
 * no longer alive (crash, SIGKILL) is stale and is removed under a second, short-lived lock (see
 * breakStaleLock), so two sessions starting at once over a stale lock still end with one holder.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProcStat } from '../liveness/proc.js';

/** Content of the lock file (JSON, snake_case). */
export interface LockHolder {
  /** PID of the `swaysock session` holding the lock. */
  pid: number;
  /** Its start time, clock ticks since boot (proc(5) `stat` field 22). */
  start_ticks: number;
  /** The Sway IPC socket that session serves. */
  swaysock: string;
  /** When it took the lock (ISO 8601). */
  since: string;
}

/** A second session tried to take a lock that a live session holds. */
export class SessionLockedError extends Error {
  constructor(readonly holder: LockHolder, readonly lockPath: string) {
    super(
      `another swaysock session (PID ${holder.pid}, for ${holder.swaysock}, since ${holder.since}) holds ${lockPath}; ` +
        'refusing to start a second one (exec_always runs this command again on every reload; use exec)',
    );
    this.name = 'SessionLockedError';
  }
}

/** A held lock. */
export interface SessionLock {
  path: string;
  holder: LockHolder;
  /** Removes the lock file if it is still ours (same holder record). Idempotent, never throws. */
  release(): void;
}

/** `RUNTIME_DIR/swaysock/session.lock`. */
export function sessionLockPath(runtimeDir: string): string {
  return join(runtimeDir, 'swaysock', 'session.lock');
}

/** The holder recorded in `path`; null when absent or unreadable as a lock. */
export function readLockHolder(path: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  }
}

/**
 * True when the holder's process still runs: the PID exists, is not a zombie, and started at the
 * recorded time (otherwise the PID was reused). When /proc cannot tell (EACCES), assumes alive.
 */
export function holderIsAlive(holder: LockHolder, procRoot = '/proc'): boolean {
  try {
    const stat = readProcStat(holder.pid, procRoot);
    return stat !== null && stat.state !== 'Z' && stat.state !== 'X' && stat.startTicks === holder.start_ticks;
  } catch {
    return true;
  }
}

/** How old a leftover break lock must be (ms) before it is taken for a crashed breaker's. */
const BREAK_LOCK_STALE_MS = 10_000;

/**
 * Takes the session lock for this process.
 * @param runtimeDir the session's XDG_RUNTIME_DIR; `swaysock/` is created in it (mode 0700).
 * @param swaysock the Sway socket this session serves (recorded for the refusal message).
 * @throws SessionLockedError when a live session holds it; fs errors (EACCES, ENOSPC, ...) as is.
 */
export async function acquireSessionLock(runtimeDir: string, swaysock: string, procRoot = '/proc'): Promise<SessionLock> {
  const path = sessionLockPath(runtimeDir);
  mkdirSync(join(runtimeDir, 'swaysock'), { recursive: true, mode: 0o700 });
  const self = readProcStat(process.pid, procRoot);
  const holder: LockHolder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, swaysock, since: new Date().toISOString() };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        linkSync(tmp, path);
        return {
          path,
          holder,
          release: () => {
            // The content, not the inode number, tells ours apart: a new file may reuse a freed inode.
            const current = readLockHolder(path);
            try {
              if (current !== null && current.pid === holder.pid && current.start_ticks === holder.start_ticks && current.since === holder.since) unlinkSync(path);
            } catch {
              /* already gone */
            }
          },
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const current = readLockHolder(path);
      if (current !== null && holderIsAlive(current, procRoot)) throw new SessionLockedError(current, path);
      await breakStaleLock(path, procRoot);
    }
    throw new Error(`could not take ${path}: it kept changing under us`);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* linked or never written */
    }
  }
}

/**
 * Removes the lock at `path` if its holder is dead. Breakers take turns through a second lock,
 * the directory `path.break` (mkdir(2) is atomic), and look again once they hold it, so no breaker
 * removes a lock that another session has just taken. A break lock older than
 * {@link BREAK_LOCK_STALE_MS} is a crashed breaker's and is removed.
 */
async function breakStaleLock(path: string, procRoot: string): Promise<void> {
  const breakLock = `${path}.break`;
  for (;;) {
    try {
      mkdirSync(breakLock, { mode: 0o700 });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    try {
      if (Date.now() - statSync(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) rmdirSync(breakLock);
    } catch {
      /* released meanwhile */
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockHolder(path);
    if (existsSync(path) && (current === null || !holderIsAlive(current, procRoot))) unlinkSync(path);
  } finally {
    rmdirSync(breakLock);
  }
}
