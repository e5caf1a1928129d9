/**
 * The session lock: at most one `swaysock session` per runtime directory at a time, as the PID
 * lock `$XDG_RUNTIME_DIR/swaysock/session.lock` (ts/lock/pid-lock.ts) whose record also names the
 * Sway socket the session serves.
 */
import { SwaysockError } from '../errors/errors.js';
import { holderIsAlive, readLockRecord, tryAcquireLock, type LockRecord, type PidLock } from '../lock/pid-lock.js';
import { sessionLockPath } from '../paths/paths.js';

/** Content of the session lock file (JSON, snake_case). */
export interface LockHolder extends LockRecord {
  /** The Sway IPC socket that session serves. */
  swaysock: string;
}

/** A held session lock. */
export type SessionLock = PidLock<LockHolder>;

/** A second session tried to take a lock that a live session holds: `ERR_SWAYSOCK_SESSION_LOCKED`. */
export class SessionLockedError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_SESSION_LOCKED';
  constructor(
    readonly holder: LockHolder,
    readonly lockPath: string,
  ) {
    super(
      'ERR_SWAYSOCK_SESSION_LOCKED',
      `another swaysock session (PID ${holder.pid}, for ${holder.swaysock}, since ${holder.since}) holds ${lockPath}; ` +
        'refusing to start a second one (exec_always runs this command again on every reload; use exec)',
    );
    this.name = 'SessionLockedError';
  }
}

/** The holder recorded in `path`; null when absent or unreadable as a lock. */
export const readLockHolder = (path: string): LockHolder | null => readLockRecord<LockHolder>(path);

export { holderIsAlive };

/**
 * Takes the session lock for this process.
 * @param runtimeDir the session's XDG_RUNTIME_DIR; `swaysock/` is created in it (mode 0700).
 * @param swaysock the Sway socket this session serves (recorded for the refusal message).
 * @throws SessionLockedError when a live session holds it; UnsafeDirectoryError when `swaysock/`
 *   is not private; LockTimeoutError; fs errors (EACCES, ENOSPC, ...) as is.
 */
export async function acquireSessionLock(runtimeDir: string, swaysock: string, procRoot = '/proc'): Promise<SessionLock> {
  const path = sessionLockPath(runtimeDir);
  const result = await tryAcquireLock(path, { swaysock }, { procRoot });
  if ('held' in result) throw new SessionLockedError(result.held, path);
  return result.lock;
}
