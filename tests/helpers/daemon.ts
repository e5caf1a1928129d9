/**
 * swaysock-healthd (the built bundle dist/swaysock-healthd.js) and the `swaysock` CLI
 * (dist/swaysock.cjs) run as the test user for a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { probeSocket } from '../../ts/liveness/probe.js';
import { DaemonClient } from '../../ts/rpc/client.js';
import { nodeFlags } from '../../ts/units/installation.js';
import { asTestUser, runAsTestUser, type ProgramRun } from './user.js';

export const HEALTHD = join(process.cwd(), 'dist', 'swaysock-healthd.js');
/** Node's flags swaysock-healthd ships with (package.json `swaysock.nodeFlags`: its `#!` line, the Nix wrapper and installed units pass them). */
export const HEALTHD_NODE_FLAGS = nodeFlags('swaysock-healthd');
export const CLI = join(process.cwd(), 'dist', 'swaysock.cjs');

export interface RunningDaemon {
  pid: number;
  socketPath: string;
  process: ChildProcess;
  /** stderr so far. */
  log(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** A client connected to the daemon, closed at teardown. */
  client(): Promise<DaemonClient>;
}

/** `swaysock ARGS` run to its end as the test user, for runtime directory `dir` ({@link programEnv}). */
export function runCli(dir: string, args: string[]): Promise<ProgramRun> {
  return runAsTestUser(process.execPath, [CLI, ...args], programEnv(dir));
}

/** A `swaysock` run that goes on while the test acts: its output so far and its exit code once it has ended. */
export interface SpawnedCli {
  child: ChildProcess;
  /** Its exit code (null when killed by a signal), once it has closed. */
  exited: Promise<number | null>;
  /** stdout so far. */
  stdout(): string;
  /** stderr so far. */
  stderr(): string;
}

/** Starts `swaysock ARGS` as the test user for runtime directory `dir` and returns at once; `teardown` kills it. */
export function spawnCli(teardown: (fn: () => unknown) => void, dir: string, args: string[]): SpawnedCli {
  const [cmd, argv] = asTestUser(process.execPath, [CLI, ...args]);
  const child = spawn(cmd, argv, { env: programEnv(dir) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  teardown(() => child.kill('SIGKILL'));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** The environment our programs get in tests: no tap NODE_OPTIONS, a private runtime dir. */
export function programEnv(runtimeDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: '/tmp', XDG_RUNTIME_DIR: runtimeDir, XDG_STATE_HOME: join(runtimeDir, 'state'), ...extra };
}

/**
 * Spawns the daemon with `args` (e.g. `['--interval', '0.2']`) and returns at once, before it
 * serves; `teardown` kills it if it still runs. {@link startHealthd} also waits until it serves.
 */
export function spawnHealthd(runtimeDir: string, teardown: (fn: () => unknown) => void, args: string[] = [], env: NodeJS.ProcessEnv = {}): RunningDaemon {
  const socketPath = args.includes('--socket') ? args[args.indexOf('--socket') + 1]! : join(runtimeDir, 'swaysock', 'healthd.sock');
  const [cmd, argv] = asTestUser(process.execPath, [...HEALTHD_NODE_FLAGS, HEALTHD, ...args]);
  const child = spawn(cmd, argv, { env: programEnv(runtimeDir, env), stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  const clients: DaemonClient[] = [];
  teardown(async () => {
    for (const c of clients) c.close();
    if (!done) child.kill('SIGKILL');
    await exited;
  });
  return {
    pid: child.pid!,
    socketPath,
    process: child,
    log: () => log,
    exited,
    client: async () => {
      const c = await DaemonClient.connect(socketPath);
      clients.push(c);
      return c;
    },
  };
}

/**
 * Starts the daemon with `args` and waits until it says it is serving (its `serving on` log
 * line, written once its first discovery is done and it listens) and its socket answers.
 * @throws when it exits first or does not serve within 30 s (well under a second on an idle machine).
 */
export async function startHealthd(
  runtimeDir: string,
  teardown: (fn: () => unknown) => void,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningDaemon> {
  const daemon = spawnHealthd(runtimeDir, teardown, args, env);
  let done = false;
  void daemon.exited.then(() => (done = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`swaysock-healthd exited before serving:\n${daemon.log()}`);
    if (daemon.log().includes('serving on') && (await probeSocket(daemon.socketPath, 200)).kind === 'listening') return daemon;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`swaysock-healthd did not serve ${daemon.socketPath} within 30 s:\n${daemon.log()}`);
}

/** Resolves with the first `socket_health_changed` params that satisfy `predicate`, or rejects after `timeoutMs`. */
export function nextHealth<T>(client: DaemonClient, predicate: (h: T) => boolean, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('notification', on);
      reject(new Error(`no matching socket_health_changed within ${timeoutMs} ms`));
    }, timeoutMs);
    const on = (method: string, params: unknown): void => {
      if (method !== 'socket_health_changed' || !predicate(params as T)) return;
      clearTimeout(timer);
      client.off('notification', on);
      resolve(params as T);
    };
    client.on('notification', on);
  });
}
