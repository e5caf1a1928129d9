/**
 * A PID lock file: at most one live holder at a time, shared by `swaysock session` (one session
 * per runtime directory) and the cleanup (runs serialised).
 *
 * The lock is a file holding a JSON record with the holder's PID and process start time (so a
 * reused PID is not taken for the holder), plus the caller's own fields. It is created complete
 * and atomically: the content goes to a private temporary file first, which is then `link(2)`ed
 * to the lock name (fails with EEXIST when a lock exists). A lock whose holder is no longer alive
 * (crash, SIGKILL) is stale and is removed under a second, short-lived lock (see breakStaleLock),
 * so two processes starting at once over a stale lock still end with one holder.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readProcStat } from '../liveness/proc.js';

/** The fields every lock record has (JSON, snake_case). */
export interface LockRecord {
  /** PID of the holder. */
  pid: number;
  /** Its start time, clock ticks since boot (proc(5) `stat` field 22). */
  start_ticks: number;
  /** When it took the lock (ISO 8601). */
  since: string;
}

/** A held lock. */
export interface PidLock<T extends LockRecord> {
  path: string;
  holder: T;
  /** Removes the lock file if it is still ours (same record). Idempotent, never throws. */
  release(): void;
}

/** The record in `path`; null when absent or unreadable as a lock. */
export function readLockRecord<T extends LockRecord>(path: string): T | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as T;
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  }
}

/**
 * True when the holder's process still runs: the PID exists, is not a zombie, and started at the
 * recorded time (otherwise the PID was reused). When /proc cannot tell (EACCES), assumes alive.
 */
export function holderIsAlive(holder: LockRecord, procRoot = '/proc'): boolean {
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
 * Tries once to take the lock at `path` for this process (its directory is created 0700).
 * A stale lock (dead holder) is broken and taken.
 * @returns `{ lock }` when taken, `{ held }` with the live holder's record when not.
 * @throws fs errors (EACCES, ENOSPC, ...) as they are.
 */
export async function tryAcquireLock<E extends object>(path: string, extra: E, procRoot = '/proc'): Promise<{ lock: PidLock<LockRecord & E> } | { held: LockRecord & E }> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: new Date().toISOString(), ...extra } as LockRecord & E;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        linkSync(tmp, path);
        return {
          lock: {
            path,
            holder,
            release: () => {
              // The content, not the inode number, tells ours apart: a new file may reuse a freed inode.
              const current = readLockRecord(path);
              try {
                if (current !== null && current.pid === holder.pid && current.start_ticks === holder.start_ticks && current.since === holder.since) unlinkSync(path);
              } catch {
                /* already gone */
              }
            },
          },
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const current = readLockRecord<LockRecord & E>(path);
      if (current !== null && holderIsAlive(current, procRoot)) return { held: current };
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
 * removes a lock that another process has just taken. A break lock older than
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
    const current = readLockRecord(path);
    if (existsSync(path) && (current === null || !holderIsAlive(current, procRoot))) unlinkSync(path);
  } finally {
    rmdirSync(breakLock);
  }
}
