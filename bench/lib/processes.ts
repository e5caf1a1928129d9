/**
 * Processes for benchmarks: a headless Sway and our programs, as an unprivileged user when run as
 * root (Sway refuses root; user from SWAYSOCK_TEST_USER, default swaysock-test).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DaemonClient } from '../../ts/rpc/client.js';
import { defaultDaemonSocket } from '../../ts/paths/paths.js';
import { HEALTHD_NODE_FLAGS } from '../../tests/helpers/daemon.js';
import { swayEnv } from '../../tests/helpers/sway.js';
import { asTestUser, makeRuntimeDir, testUser } from '../../tests/helpers/user.js';

/** Runs `cmd args` as the benchmark user (tests/helpers/user.ts: the test user when root). */
export function asUser(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const [command, argv] = asTestUser(cmd, args);
  return spawn(command, argv, { env, stdio: 'ignore' });
}

/** A fresh 0700 runtime directory for the user; removed at exit. */
export function runtimeDir(): string {
  return makeRuntimeDir((fn) => process.on('exit', fn), 'swaysock-bench-rt-');
}

/** Environment of a headless Sway and its clients in `dir`. */
export const env = (dir: string): NodeJS.ProcessEnv => swayEnv(dir);

/** Starts a headless Sway in `dir`; resolves with it and its socket path once the file exists. */
export async function sway(dir: string): Promise<{ child: ChildProcess; socket: string }> {
  const config = join(dir, '..', `${dir.split('/').pop()}.sway-config`);
  writeFileSync(config, 'output HEADLESS-1 resolution 800x600\n');
  const child = asUser('sway', ['--config', config], env(dir));
  process.on('exit', () => {
    child.kill('SIGKILL');
    rmSync(config, { force: true });
  });
  const socket = join(dir, `sway-ipc.${testUser.uid}.${child.pid}.sock`);
  for (let i = 0; i < 500 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 100));
  return { child, socket };
}

/**
 * Milliseconds each command takes, median of `runs`, the commands run in turn within each round
 * (so a change in the machine's load falls on all of them alike). Each must exit 0.
 */
export function medianWallMs<K extends string>(
  commands: Record<K, [string, string[]]>,
  runs: number,
  opts: { env?: NodeJS.ProcessEnv } = {},
): Record<K, number> {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, args]] of Object.entries(commands) as [K, [string, string[]]][]) {
      const t0 = performance.now();
      execFileSync(cmd, args, { stdio: 'ignore', env: opts.env });
      times[name].push(performance.now() - t0);
    }
  }
  const median = (t: number[]) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
  return Object.fromEntries(Object.entries(times).map(([k, t]) => [k, median(t as number[])])) as Record<K, number>;
}

/**
 * Pins each process (all its threads) to one CPU with taskset(1), `pids[i]` to `cpus[i]`; -1
 * unpins (every CPU). Returns false when taskset is missing or fails (then nothing is pinned).
 */
export function pin(pids: number[], cpus: number[]): boolean {
  return pids.every((pid, i) => {
    const list = cpus[i]! < 0 ? `0-${os.cpus().length - 1}` : String(cpus[i]);
    return spawnSync('taskset', ['-a', '-p', '-c', list, String(pid)], { stdio: 'ignore' }).status === 0;
  });
}

/**
 * The placements to measure round trips under, for `[client, Sway, daemon]` PIDs: all on one CPU,
 * then the client on one CPU and Sway and the daemon on another, when there are two CPUs and
 * taskset(1) can pin them; else one unpinned placement. A wake-up on the other CPU of a VM costs
 * more than a whole round trip on one, so both peers of a comparison are measured under each.
 */
export function placements(pids: [number, number, number]): [string, number[] | null][] {
  if (os.cpus().length >= 2 && pin(pids, [0, 0, 0]))
    return [
      ['one CPU', [0, 0, 0]],
      ['client | Sway and daemon on another CPU', [0, 1, 1]],
    ];
  return [['unpinned', null]];
}

/**
 * Starts dist/swaysock-healthd.js with `args` (and the Node flags it ships with) for a Sway in `dir` (killed at exit; its health
 * history in `dir/state/swaysock`) and resolves once a client is connected to it.
 * @throws when it does not serve within 5 s.
 */
export async function healthd(dir: string, args: string[]): Promise<{ daemon: ChildProcess; client: DaemonClient }> {
  const daemon = asUser(process.execPath, [...HEALTHD_NODE_FLAGS, join('dist', 'swaysock-healthd.js'), ...args], {
    ...env(dir),
    XDG_STATE_HOME: join(dir, 'state'),
  });
  process.on('exit', () => daemon.kill('SIGKILL'));
  const client = await connectWithin(() => DaemonClient.connect(defaultDaemonSocket(dir)), 'daemon did not start');
  return { daemon, client };
}

/**
 * Calls `connect` until it resolves: up to 500 tries 10 ms apart (about 5 s plus the tries' own
 * time), for a server that is starting.
 * @throws Error(`failure`) when no try succeeded.
 */
export async function connectWithin<T>(connect: () => Promise<T>, failure: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const connected = await connect().catch(() => null);
    if (connected !== null) return connected;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(failure);
}
