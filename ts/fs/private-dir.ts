/**
 * A directory only its owner can touch, for files others must not plant or swap (the daemon's
 * socket, lock files): created 0700 when missing, and refused when it is not a real directory
 * (a symlink), belongs to another user, or grants group or others any access.
 */
import { lstatSync, mkdirSync, type Stats } from 'node:fs';
import { SwaysockError } from '../errors/errors.js';

/**
 * `dir` is not private: `ERR_SWAYSOCK_UNSAFE_DIRECTORY`. `problem` says what is wrong, `fix` how
 * to fix it (or null).
 */
export class UnsafeDirectoryError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_UNSAFE_DIRECTORY';
  constructor(
    readonly dir: string,
    readonly problem: string,
    readonly fix: string | null,
  ) {
    super('ERR_SWAYSOCK_UNSAFE_DIRECTORY', `${problem}${fix === null ? '' : ` (${fix})`}`);
    this.name = 'UnsafeDirectoryError';
  }
}

/**
 * Creates `dir` (mode 0700, parents as needed) unless it exists, then checks it with lstat (never
 * following a symlink): a directory, owned by `uid`, mode without group or other bits.
 * @throws UnsafeDirectoryError; fs errors of mkdir/lstat (EACCES, ENOTDIR, ...) as they are.
 */
export function ensurePrivateDir(dir: string, uid = process.getuid!()): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  checkPrivateDir(dir, uid);
}

/**
 * Checks `dir` as {@link ensurePrivateDir} does, without creating it (the daemon re-checks its
 * socket's directory this way while it serves).
 * @throws UnsafeDirectoryError; lstat's errors (ENOENT, EACCES, ...) as they are.
 */
export function checkPrivateDir(dir: string, uid = process.getuid!()): void {
  const st = lstatSync(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  const problem = notOwnerOnly(dir, st, uid);
  if (problem !== null) throw new UnsafeDirectoryError(dir, problem, st.uid === uid ? `chmod 0700 ${dir}` : null);
}

/**
 * What keeps the file `path` (its lstat `st`) from being `uid`'s alone: another owner, or a mode
 * with group or other bits; null when it is.
 */
export function notOwnerOnly(path: string, st: Stats, uid: number): string | null {
  if (st.uid !== uid) return `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 0o077) !== 0) return `${path} has mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}, open to group or others`;
  return null;
}
