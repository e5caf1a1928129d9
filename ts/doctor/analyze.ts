/**
 * `systemd-analyze --user verify` (systemd-analyze(1)): loads unit files the way the user manager
 * does and prints what is wrong with them, including ordering cycles ("Found ordering cycle on
 * A/start", "Job B/start deleted to break ordering cycle starting with A/start"), which the
 * manager itself reports only in its journal. Read-only; with a timeout. `--man=no`: verify would
 * otherwise run man(1) for every `Documentation=man:` page, which cost doctor about 200 ms here.
 */
import { execFile } from 'node:child_process';

/** Timeout of one systemd-analyze run, in ms: generous, see SYSTEMCTL_QUERY_TIMEOUT_MS (ts/systemd/manager.ts). */
export const ANALYZE_TIMEOUT_MS = 20_000;

export interface VerifyResult {
  /** Exit status; 127 when systemd-analyze is missing, -1 when killed by the timeout. */
  code: number;
  /** Its messages, one per entry (stdout and stderr). */
  lines: string[];
}

/** Runs `systemd-analyze --user verify ARGS` (unit names or unit file paths). Never rejects. */
export function verifyUserUnits(args: string[]): Promise<VerifyResult> {
  return new Promise((resolve) => {
    execFile('systemd-analyze', ['--user', 'verify', '--man=no', ...args], { timeout: ANALYZE_TIMEOUT_MS, encoding: 'utf8' }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
      const code = e === null ? 0 : e.code === 'ENOENT' ? 127 : typeof e.code === 'number' ? e.code : -1;
      resolve({
        code,
        lines: `${stdout}\n${stderr}`
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      });
    });
  });
}

/** Whether a verify line belongs to an ordering cycle report. */
export const isCycleLine = (line: string): boolean => /ordering cycle|Found dependency on/.test(line);

/** The lines of `lines` that describe an ordering cycle involving `unit` (empty when none names it). */
export function cycleLines(lines: string[], unit: string): string[] {
  const cycle = lines.filter(isCycleLine);
  return cycle.some((l) => l.includes(unit)) ? cycle : [];
}
