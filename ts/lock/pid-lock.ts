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
 *
 * The lock's directory may sit in a directory others can write (`--runtime-dir` in /tmp): it must
 * be private (ts/fs/private-dir.ts: ours, a real directory, mode without group or other bits) or
 * nothing is written. No file is opened through a symlink: the temporary file is created with
 * O_CREAT|O_EXCL|O_NOFOLLOW under a random name, and the record is read with O_NOFOLLOW. Every
 * wait ends at a deadline.
 */
import { closeSync, constants, existsSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { SwaysockError } from '../errors/errors.js';
import { ensurePrivateDir, UnsafeDirectoryError } from '../fs/private-dir.js';
import { readProcStat } from '../liveness/proc.js';

/** The lock could not be taken before its deadline (a break lock kept by another process): `ERR_SWAYSOCK_LOCK_TIMEOUT`. */
export class LockTimeoutError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_LOCK_TIMEOUT';
  constructor(
    readonly path: string,
    why: string,
  ) {
    super('ERR_SWAYSOCK_LOCK_TIMEOUT', `could not take ${path} before the deadline: ${why}`);
    this.name = 'LockTimeoutError';
  }
}

export { UnsafeDirectoryError };

/** Options of {@link tryAcquireLock}. */
export interface LockOptions {
  /** Where proc(5) is mounted (default /proc). */
  procRoot?: string;
  /** Give up at this time (ms since the epoch, as Date.now()); default 10 s from the call. */
  deadline?: number;
}

/** Default bound of one {@link tryAcquireLock}, in ms. */
export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

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

/** The record in `path` (never read through a symlink); null when absent or unreadable as a lock. */
export function readLockRecord<T extends LockRecord>(path: string): T | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const h = JSON.parse(readFileSync(fd, 'utf8')) as T;
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to a new file next to `path` under a random name, created with
 * O_CREAT|O_EXCL|O_NOFOLLOW (mode 0600): never through a symlink, never into an existing file.
 * The random part only keeps names apart (a file a crashed process with the same PID left, a
 * process of another PID namespace); it need not be unpredictable, since the directory is private
 * and the flags never open what is already there, so it comes from Math.random: loading
 * node:crypto for it cost the cleanup ~2 ms of its start-up (docs/cleanup.md).
 * @returns its path.
 */
function writeTemporary(path: string, text: string): string {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}.tmp`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return tmp;
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
 * Tries once to take the lock at `path` for this process. Its directory is created 0700 and must
 * be private (see the module comment). A stale lock (dead holder, garbled record) is broken and taken.
 * @returns `{ lock }` when taken, `{ held }` with the live holder's record when not.
 * @throws UnsafeDirectoryError when the directory is not private (nothing written);
 *   LockTimeoutError when breaking a stale lock takes past `options.deadline`; fs errors
 *   (EACCES, ENOSPC, ...) as they are.
 */
export async function tryAcquireLock<E extends object>(
  path: string,
  extra: E,
  options: LockOptions = {},
): Promise<{ lock: PidLock<LockRecord & E> } | { held: LockRecord & E }> {
  const procRoot = options.procRoot ?? '/proc';
  const deadline = options.deadline ?? Date.now() + DEFAULT_LOCK_TIMEOUT_MS;
  ensurePrivateDir(dirname(path));
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: new Date().toISOString(), ...extra } as LockRecord & E;
  const tmp = writeTemporary(path, `${JSON.stringify(holder)}\n`);
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
                if (current !== null && current.pid === holder.pid && current.start_ticks === holder.start_ticks && current.since === holder.since)
                  unlinkSync(path);
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
      await breakStaleLock(path, procRoot, deadline);
    }
    throw new SwaysockError('ERR_SWAYSOCK_LOCK_UNSTABLE', `could not take ${path}: it kept changing under us`);
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
 * @throws LockTimeoutError when the break lock is still held by another at `deadline` (ms since the epoch).
 */
async function breakStaleLock(path: string, procRoot: string, deadline: number): Promise<void> {
  const breakLock = `${path}.break`;
  for (;;) {
    try {
      mkdirSync(breakLock, { mode: 0o700 });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    try {
      if (Date.now() - lstatSync(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) rmdirSync(breakLock);
    } catch {
      /* released meanwhile */
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(path, `another process keeps ${breakLock} while the lock's holder is dead`);
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path);
    if (existsSync(path) && (current === null || !holderIsAlive(current, procRoot))) unlinkSync(path);
  } finally {
    rmdirSync(breakLock);
  }
}
