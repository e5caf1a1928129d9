/**
 * A real headless Sway for tests: `WLR_BACKENDS=headless WLR_RENDERER=pixman
 * WLR_LIBINPUT_NO_DEVICES=1`, its own XDG_RUNTIME_DIR, run as the test user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeSocket } from '../../ts/liveness/probe.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { asTestUser, chownToTestUser, testUser } from './user.js';

export interface RunningSway {
  pid: number;
  /** `RUNTIME_DIR/sway-ipc.UID.PID.sock`, or the preset {@link SwayOptions.socketPath}. */
  socketPath: string;
  /** `wayland-N` */
  waylandDisplay: string;
  process: ChildProcess;
  /** Resolves with the exit signal or code once Sway has exited (and been reaped). */
  exited: Promise<NodeJS.Signals | number | null>;
  /** Sends a signal (default SIGKILL) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Environment of a headless Sway (and of its clients) in `runtimeDir`. */
export function swayEnv(runtimeDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: `/tmp`,
    XDG_RUNTIME_DIR: runtimeDir,
    WLR_BACKENDS: 'headless',
    WLR_RENDERER: 'pixman',
    WLR_LIBINPUT_NO_DEVICES: '1',
    ...extra,
  };
}

export interface SwayOptions {
  /** A preset `SWAYSOCK`: Sway binds exactly this path instead of `sway-ipc.UID.PID.sock`. */
  socketPath?: string;
  /** More config lines (e.g. a wiring's `exec` lines). */
  config?: string;
  /** More environment for Sway (and so for its `exec` children). */
  env?: NodeJS.ProcessEnv;
  /** How long to wait for its socket, in ms (default 30000; it takes about 0.2 s on an idle machine). */
  timeoutMs?: number;
}

/**
 * Starts a headless Sway in `runtimeDir` and resolves once its IPC socket accepts connections.
 * `teardown` (tap's `t.teardown`) kills it at the end of the test if it still runs.
 * @throws when Sway exits or its socket does not answer within `options.timeoutMs`.
 */
export async function startSway(runtimeDir: string, teardown: (fn: () => unknown) => void, options: SwayOptions = {}): Promise<RunningSway> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Sway's own word on its Wayland display: its `exec` children get WAYLAND_DISPLAY. Written
  // outside the runtime directory, which tests inspect.
  const side = mkdtempSync(join(tmpdir(), 'swaysock-sway-'));
  chownToTestUser(side);
  teardown(() => rmSync(side, { recursive: true, force: true }));
  const displayFile = join(side, 'display');
  const config = join(side, 'config');
  writeFileSync(
    config,
    `output HEADLESS-1 resolution 800x600\nexec sh -c 'printf %s "$WAYLAND_DISPLAY" > ${displayFile}.tmp && mv ${displayFile}.tmp ${displayFile}'\n${options.config ?? ''}\n`,
  );
  chownToTestUser(config);
  const [cmd, args] = asTestUser('sway', ['--config', config]);
  const preset = options.socketPath === undefined ? {} : { SWAYSOCK: options.socketPath };
  const child = spawn(cmd, args, { env: swayEnv(runtimeDir, { ...options.env, ...preset }), stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => {
    if (log.length < 64 * 1024) log += d.toString();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  let done = false;
  void exited.then(() => (done = true));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    if (!done) child.kill(signal);
    await exited;
  };
  teardown(() => kill('SIGKILL'));
  const pid = child.pid!;
  const socketPath = options.socketPath ?? join(runtimeDir, swaySocketName(testUser.uid, pid));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (done) throw new Error(`headless Sway exited before its IPC socket answered:\n${log}`);
    if (existsSync(displayFile) && (await probeSocket(socketPath, 200)).kind === 'listening') {
      return { pid, socketPath, waylandDisplay: readFileSync(displayFile, 'utf8'), process: child, exited, kill };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await kill();
  throw new Error(`headless Sway's IPC socket ${socketPath} did not answer within ${timeoutMs} ms:\n${log}`);
}
