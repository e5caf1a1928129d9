/**
 * Replacing a file atomically: readers see the old contents or the new, never a part (rename(2)
 * within one directory), as node_exporter's textfile collector and systemd's unit loading need.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` to `path` (mode `mode` when created) through a temporary file beside it
 * (`PATH.PID.tmp`) renamed over it; the temporary file is removed when that fails.
 * @throws the write or rename error (EACCES, ENOENT, ENOSPC, ...) as it is.
 */
export function writeFileAtomic(path: string, text: string, mode: number): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode });
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}
