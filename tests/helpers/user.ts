/**
 * Who runs Sway and our programs in tests. Sway refuses to run as root, so when the tests run as
 * root (CI does) they run Sway and the daemon as an unprivileged user (`SWAYSOCK_TEST_USER`,
 * default `swaysock-test`, created by .ci/run) through `setpriv`, which execs: the PID we get is
 * the program's own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestUser {
  name: string;
  uid: number;
  gid: number;
}

const isRoot = process.getuid?.() === 0;

function lookUp(name: string): TestUser {
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim()));
  return { name, uid: uid!, gid: gid! };
}

/** The user that Sway and our programs run as in tests. */
export const testUser: TestUser = isRoot
  ? lookUp(process.env.SWAYSOCK_TEST_USER ?? 'swaysock-test')
  : { name: execFileSync('id', ['-un'], { encoding: 'utf8' }).trim(), uid: process.getuid!(), gid: process.getgid!() };

/**
 * `[command, args]` that run `command args` as {@link testUser}. tap's process tracking adds its
 * loader to NODE_OPTIONS of every child, even with an explicit env; our programs must run without
 * it (it writes to .tap/ at exit, which the test user cannot), so `env -u NODE_OPTIONS` drops it.
 * setpriv and env both exec: the PID is the program's own.
 */
export function asTestUser(command: string, args: string[]): [string, string[]] {
  const plain = ['-u', 'NODE_OPTIONS', command, ...args];
  if (!isRoot) return ['env', plain];
  return ['setpriv', [`--reuid=${testUser.uid}`, `--regid=${testUser.gid}`, '--init-groups', '--', 'env', ...plain]];
}

/** Exit code and output of a program run to its end. */
export interface ProgramRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` as {@link testUser} with exactly `env`, to its end; never rejects. */
export function runAsTestUser(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ProgramRun> {
  const [cmd, argv] = asTestUser(command, args);
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Gives a path to {@link testUser} (no-op when not root). */
export function chownToTestUser(path: string): void {
  if (isRoot) chownSync(path, testUser.uid, testUser.gid);
}

/**
 * A fresh directory owned by {@link testUser}, mode 0700, removed by `teardown`: a private
 * XDG_RUNTIME_DIR for one test.
 */
export function makeRuntimeDir(teardown: (fn: () => void) => void, prefix = 'swaysock-rt-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chownToTestUser(dir);
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
