/**
 * Real processes for the cleanup and lock tests (the socket files come from ./sockets.ts), made cheaply
 * and without Sway where Sway cannot produce the case on demand:
 * - a process named `sway` that has bound a socket but not called listen() (Sway between bind(2)
 *   and listen(2) while it starts): perl, run through a symlink named `sway` (the kernel takes
 *   `comm` from the file name given to execve(2), so /proc/PID/comm reads `sway`);
 * - a zombie whose comm reads `sway`: a symlink `sway` to sleep(1), started in the background by
 *   a shell that then execs another sleep(1), which never reaps a child; the child is killed only
 *   once that exec has happened (a shell could still have reaped it);
 * - PIDs that no process can have (above the kernel's pid_max).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProcStat } from '../../ts/liveness/proc.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { waitFor } from './user-manager.js';
import { asTestUser, chownToTestUser, runAsTestUser, testUser, type ProgramRun } from './user.js';

type Teardown = (fn: () => unknown) => void;

/** The built program under test (`npm run build`). */
export const CLEANUP_BIN = join(process.cwd(), 'dist', 'swaysock-cleanup.cjs');

const pidMax = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8'));

/** The n-th PID (n >= 1) that no process has: above /proc/sys/kernel/pid_max. */
export function deadPid(n: number): number {
  return pidMax + n;
}

/** A scratch directory outside the runtime directory (where the socket inodes are made). */
export function scratchDir(teardown: Teardown): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-cleanup-aside-'));
  chownToTestUser(dir);
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A symlink named `name` to `target` in a fresh scratch directory. */
function nameBinary(teardown: Teardown, target: string, name: string): string {
  const dir = scratchDir(teardown);
  symlinkSync(target, join(dir, name));
  return join(dir, name);
}

/** A live process whose comm is `name` (sleep(1) run through a symlink of that name). */
export function processNamed(teardown: Teardown, name: string): number {
  const child = spawn(nameBinary(teardown, '/bin/sleep', name), ['300'], { stdio: 'ignore' });
  teardown(() => child.kill('SIGKILL'));
  return child.pid!;
}

/**
 * A Sway that is starting: a process named `sway`, run as the test user, that has bound
 * `RUNTIME_DIR/sway-ipc.UID.PID.sock` with its own PID and not called listen(). Resolves with
 * its PID and the socket path once bound.
 */
export async function startingSway(runtimeDir: string, teardown: Teardown): Promise<{ pid: number; socketPath: string }> {
  const sway = nameBinary(teardown, '/usr/bin/perl', 'sway');
  const script =
    'use Socket; socket(my $s, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!"; bind($s, pack_sockaddr_un("$ARGV[0]/sway-ipc.$ARGV[1].$$.sock")) or die "bind: $!"; $| = 1; print "bound\\n"; sleep 300';
  const [cmd, args] = asTestUser(sway, ['-MSocket', '-e', script, runtimeDir, String(testUser.uid)]);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  teardown(() => child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the starting-Sway stand-in exited (${code})`)));
  });
  return { pid: child.pid!, socketPath: join(runtimeDir, swaySocketName(testUser.uid, child.pid!)) };
}

/** A zombie process and a way to have it reaped. */
export interface Zombie {
  pid: number;
  /** Kills its parent, so that init reaps it; resolves once its PID is gone. */
  reap(): Promise<void>;
}

/**
 * A zombie whose comm reads `sway`: `sway 300` (a symlink `sway` to sleep(1)) started in the
 * background by a shell that then execs sleep(1), which never reaps a child. The child is killed
 * once both execs are seen in /proc (the parent's comm reads `sleep`, the child's `sway`), so no
 * shell is left to reap it, however slowly either starts. Resolves once it is a zombie.
 */
export async function swayZombie(teardown: Teardown): Promise<Zombie> {
  const sway = nameBinary(teardown, '/bin/sleep', 'sway');
  const parent = spawn('sh', ['-c', '"$0" 300 & echo $!; exec sleep 300', sway], { stdio: ['ignore', 'pipe', 'ignore'] });
  teardown(() => parent.kill('SIGKILL'));
  const pid = await new Promise<number>((r) => parent.stdout!.once('data', (d) => r(Number(String(d).trim()))));
  const comm = (p: number) => readProcStat(p)?.comm;
  await waitFor(
    () => comm(parent.pid!) === 'sleep' && comm(pid) === 'sway',
    30_000,
    () => `the shell to exec sleep (${comm(parent.pid!)}) and its child sway (${comm(pid)})`,
  );
  process.kill(pid, 'SIGKILL');
  await waitFor(
    () => readProcStat(pid)?.state === 'Z',
    30_000,
    () => `PID ${pid} to become a zombie: ${JSON.stringify(readProcStat(pid))}`,
  );
  return {
    pid,
    reap: async () => {
      parent.kill('SIGKILL');
      await waitFor(() => readProcStat(pid) === null, 30_000, `zombie ${pid} to be reaped once its parent died`);
    },
  };
}

/**
 * Runs the built program (dist/swaysock-cleanup.cjs) as the test user with `args`, in an
 * environment whose XDG_RUNTIME_DIR is `runtimeDir` (`env` adds or overrides variables).
 */
export function runCleanupProgram(runtimeDir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProgramRun> {
  return runAsTestUser(process.execPath, [CLEANUP_BIN, ...args], { PATH: process.env.PATH, HOME: '/tmp', XDG_RUNTIME_DIR: runtimeDir, ...env });
}
