/**
 * `systemctl --user` runs (systemctl(1)), always spawned asynchronously, for the commands run
 * once per invocation (`swaysock doctor`, `discover`, `units`, `migrate`): the manager's
 * environment block (`show-environment`), unit properties, `daemon-reload`. The daemon talks to
 * the manager over D-Bus instead (manager-link.ts), with no process per call.
 */
import { execFile } from 'node:child_process';

/**
 * The user manager's environment block (its `Environment` property, or `systemctl --user
 * show-environment`); null when unknown (no user manager answers).
 */
export type ManagerEnv = Record<string, string> | null;

/**
 * Deadlines of one `systemctl --user` run, in ms: a query (`show`, `show-environment`) and a
 * `daemon-reload` (which rereads every unit file). A child's time is wall time: on a slow, busy
 * machine its fork, exec and start-up take seconds (in the Debian VM under emulation a reload took
 * over 5 s, and `ss -xp` beside doctor's other children 1 s), so these bound a manager that does
 * not answer; they are not speed checks.
 */
export const SYSTEMCTL_QUERY_TIMEOUT_MS = 10_000;
export const SYSTEMCTL_RELOAD_TIMEOUT_MS = 30_000;

/** Exit code of a run killed at its deadline (what timeout(1) reports). */
export const SYSTEMCTL_TIMED_OUT = 124;

/** Result of one `systemctl --user` run. */
export interface SystemctlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `systemctl --user ARGS...` and resolves with its exit code and output; never rejects
 * (a missing systemctl gives code 127; one killed at its deadline {@link SYSTEMCTL_TIMED_OUT},
 * with a line saying so appended to its stderr).
 * @param timeoutMs kill it after this many ms (default {@link SYSTEMCTL_QUERY_TIMEOUT_MS}).
 */
export function systemctlUser(args: string[], timeoutMs = SYSTEMCTL_QUERY_TIMEOUT_MS): Promise<SystemctlResult> {
  return new Promise((resolve) => {
    execFile('systemctl', ['--user', ...args], { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err !== null && (err as { killed?: boolean }).killed === true) {
        resolve({
          code: SYSTEMCTL_TIMED_OUT,
          stdout,
          stderr: `${stderr}systemctl --user ${args.join(' ')} did not finish within ${timeoutMs} ms and was killed\n`,
        });
        return;
      }
      const code =
        err === null
          ? 0
          : typeof (err as NodeJS.ErrnoException).code === 'number'
            ? (err as unknown as { code: number }).code
            : (err as NodeJS.ErrnoException).code === 'ENOENT'
              ? 127
              : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Parses `show-environment` output: one `NAME=value` per line, values possibly `$'...'`-quoted
 * (systemctl quotes values with special characters in C-style).
 */
export function parseEnvironment(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1);
    if (value.startsWith("$'") && value.endsWith("'")) {
      value = value.slice(2, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_, esc: string) => {
        if (esc.startsWith('x')) return String.fromCharCode(parseInt(esc.slice(1), 16));
        if (/^[0-7]{3}$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
        return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[esc] ?? esc;
      });
    }
    env[line.slice(0, eq)] = value;
  }
  return env;
}

/** The user manager's environment, or null when no user manager answers. */
export async function managerEnvironment(): Promise<ManagerEnv> {
  const r = await systemctlUser(['show-environment']);
  return r.code === 0 ? parseEnvironment(r.stdout) : null;
}
