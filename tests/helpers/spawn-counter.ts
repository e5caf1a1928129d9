/**
 * Counts the processes a program spawns by name: a directory of wrapper scripts, put first on the
 * program's PATH, each appending one line to a log and then exec'ing the real program (found on
 * the current PATH), so the program still runs the real thing. Used for the daemon's idle cost.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chownToTestUser } from './user.js';

export interface SpawnCounter {
  /** PATH for the program: the wrappers first, then `basePath`. */
  path: string;
  /** Runs so far, by program name (every wrapped name present, 0 when never run). */
  runs(): Record<string, number>;
  /** Every run so far as `NAME ARGS...`, oldest first. */
  lines(): string[];
}

/**
 * Wraps `names` (e.g. `['systemctl', 'systemd-notify']`); `cleanup` (tap's `t.teardown`, or an
 * exit hook) removes the directory.
 * @throws when a name is not found on `basePath`.
 */
export function countSpawns(names: string[], cleanup: (fn: () => void) => void, basePath = process.env.PATH ?? '/usr/bin:/bin'): SpawnCounter {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-spawns-'));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755);
  const log = join(dir, 'runs.log');
  writeFileSync(log, '');
  chownToTestUser(log);
  for (const name of names) {
    const real = execFileSync('sh', ['-c', `command -v ${name}`], { env: { PATH: basePath }, encoding: 'utf8' }).trim();
    const wrapper = join(dir, name);
    writeFileSync(wrapper, `#!/bin/sh\necho ${name} "$*" >> ${log}\nexec ${real} "$@"\n`, { mode: 0o755 });
  }
  const lines = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
  return {
    path: `${dir}:${basePath}`,
    lines,
    runs: () => {
      const counts = Object.fromEntries(names.map((n) => [n, 0]));
      for (const line of lines()) counts[line.split(' ')[0]!]! += 1;
      return counts;
    },
  };
}
