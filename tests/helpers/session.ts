/**
 * Helpers for the `swaysock session` system tests: fixture units, a user manager with a headless
 * Sway, and `swaysock session` (dist/swaysock.cjs; run `npm run build` first) spawned the way Sway's
 * `exec` runs it: a child with Sway's SWAYSOCK, I3SOCK and WAYLAND_DISPLAY in the session's environment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { CLI } from './daemon.js';
import { startSway, type RunningSway } from './sway.js';
import { chownToTestUser, testUser } from './user.js';
import { startUserManager, waitFor, type UserManager } from './user-manager.js';

export type Teardown = (fn: () => unknown) => void;

/**
 * TEST FIXTURE: a stand-in Sway client bound to the session the way migrated services are
 * (PartOf=, After=, WantedBy=). The targets themselves are the shipped ones ({@link installShippedUnits}).
 */
export const STAND_IN_UNIT = `[Unit]
Description=Stand-in Sway client bound to the session (test fixture)
PartOf=sway-session.target
After=sway-session.target

[Service]
ExecStart=/bin/sleep infinity

[Install]
WantedBy=sway-session.target
`;

/**
 * Installs the shipped units into the manager's unit dir as a non-Nix user does
 * (`swaysock units --install`, dist/swaysock.cjs, nothing enabled), then `daemon-reload`.
 * @throws Error with the command's stderr when either fails.
 */
export async function installShippedUnits(um: UserManager): Promise<void> {
  const install = await um.run(process.execPath, [CLI, 'units', '--install']);
  if (install.code !== 0) throw new Error(`swaysock units --install failed (${install.code}): ${install.stderr}`);
  const reload = await um.systemctl(['daemon-reload']);
  if (reload.code !== 0) throw new Error(`daemon-reload: ${reload.stderr}`);
}

export interface Session {
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr(): string;
}

/** A user manager with the shipped units installed and the stand-in service installed and enabled. */
export async function managerWithSessionUnits(t: { teardown: Teardown }): Promise<UserManager> {
  const um = await startUserManager(t.teardown);
  await installShippedUnits(um);
  um.writeUnit('stand-in.service', STAND_IN_UNIT);
  const enable = await um.systemctl(['enable', 'stand-in.service']);
  if (enable.code !== 0) throw new Error(`enable stand-in.service: ${enable.stderr}`);
  return um;
}

/** {@link managerWithSessionUnits} and a headless Sway in its runtime dir; `env` is {@link execEnv}. */
export async function sessionSetup(t: { teardown: Teardown }): Promise<{ um: UserManager; sway: RunningSway; env: Record<string, string> }> {
  const um = await managerWithSessionUnits(t);
  const sway = await startSway(um.runtimeDir, t.teardown);
  return { um, sway, env: execEnv(sway) };
}

/** What `sway` gives the programs it execs (plus XDG_SESSION_TYPE and XDG_CURRENT_DESKTOP, as a login would). */
export function execEnv(sway: RunningSway): Record<string, string> {
  return { SWAYSOCK: sway.socketPath, I3SOCK: sway.socketPath, WAYLAND_DISPLAY: sway.waylandDisplay, XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'sway' };
}

/** Spawns `swaysock session ARGS` as Sway's exec would; teardown SIGKILLs it if it still runs. */
export function spawnSession(t: { teardown: Teardown }, um: UserManager, env: Record<string, string>, args: string[] = []): Session {
  const child = um.spawn(process.execPath, [CLI, 'session', ...args], { extraEnv: env });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  t.teardown(() => {
    if (!done) child.kill('SIGKILL');
  });
  return { child, exited, stderr: () => stderr };
}

/** A unit's ActiveState. */
export const state = (um: UserManager, unit: string) => um.unitProperty(unit, 'ActiveState');

/** Waits until the target and the stand-in are active; returns the stand-in's MainPID. */
export async function sessionUp(um: UserManager, session: Session): Promise<number> {
  await waitFor(
    async () => (await state(um, 'sway-session.target')) === 'active' && (await state(um, 'stand-in.service')) === 'active',
    60_000,
    () => `sway-session.target and stand-in.service to be active (session stderr: ${session.stderr()})`,
  );
  return Number(await um.unitProperty('stand-in.service', 'MainPID'));
}

/**
 * Waits (up to 60 s: a bound on the wait, not a speed check; the figure is in bench/teardown) until
 * the target, graphical-session.target and the stand-in are all inactive; `context` goes into the failure message.
 */
export async function sessionDown(um: UserManager, context: () => string = () => ''): Promise<void> {
  await waitFor(
    async () =>
      (await state(um, 'sway-session.target')) === 'inactive' &&
      (await state(um, 'graphical-session.target')) === 'inactive' &&
      (await state(um, 'stand-in.service')) === 'inactive',
    60_000,
    () => `sway-session.target, graphical-session.target and stand-in.service to be inactive ${context()}`,
  );
}

/** How {@link writeSwayService} writes `sway.service`. */
export interface SwayServiceOptions {
  /** The config line that runs `swaysock session`: `exec` (as documented) or `exec_always` (re-run on every reload). */
  exec: 'exec' | 'exec_always';
  /** Adds `[Install] WantedBy=default.target` and enables it, so a login (a new manager on this HOME) starts Sway. */
  enable?: boolean;
  /** More config lines after the exec line (e.g. an `include`). */
  extraConfig?: string;
  /** Options of `swaysock session` on the exec line (e.g. `--stable-socket`). */
  sessionArgs?: string[];
}

/**
 * Writes `sway.service` into the manager's unit dir: a headless Sway (WLR_BACKENDS=headless, docs/testing.md)
 * whose config runs `swaysock session` (dist/swaysock.cjs) with `options.exec` (then `options.extraConfig`), its output appended to
 * `HOME/sway.log`; then daemon-reload (and enable). No `Restart=`: tests restart it as a session would.
 * Returns a reader of Sway's log (for failure messages).
 * @throws Error with systemctl's stderr when enabling fails.
 */
export async function writeSwayService(um: UserManager, options: SwayServiceOptions): Promise<() => string> {
  const config = join(um.home, 'sway-test.config');
  writeFileSync(
    config,
    `output HEADLESS-1 resolution 800x600\n${[options.exec, process.execPath, CLI, 'session', ...(options.sessionArgs ?? [])].join(' ')}\n${options.extraConfig ?? ''}`,
  );
  chownToTestUser(config);
  const logFile = join(um.home, 'sway.log');
  um.writeUnit(
    'sway.service',
    `[Unit]
Description=headless Sway (test fixture)

[Service]
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
ExecStart=/usr/bin/sway --config ${config}
StandardOutput=append:${logFile}
StandardError=append:${logFile}
${options.enable ? '\n[Install]\nWantedBy=default.target\n' : ''}`,
  );
  await um.systemctl(['daemon-reload']);
  if (options.enable) {
    const r = await um.systemctl(['enable', 'sway.service']);
    if (r.code !== 0) throw new Error(`enable sway.service: ${r.stderr}`);
  }
  return () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };
}

/** The IPC socket path of the Sway with PID `pid` in the manager's runtime dir (sway-ipc.UID.PID.sock). */
export const swaySocketOf = (um: UserManager, pid: number): string => join(um.runtimeDir, swaySocketName(testUser.uid, pid));

/**
 * Waits (up to `timeoutMs`, default 60000) until sway-session.target is active for the Sway that
 * `sway.service` runs now; `log` goes into the failure message. Resolves with that Sway's PID and socket.
 */
export async function swayServiceSession(um: UserManager, log: () => string, timeoutMs = 60_000): Promise<{ pid: number; socket: string }> {
  await waitFor(
    async () => (await state(um, 'sway-session.target')) === 'active',
    timeoutMs,
    () => `sway-session.target after Sway's exec (log: ${log()})`,
  );
  const pid = Number(await um.unitProperty('sway.service', 'MainPID'));
  return { pid, socket: swaySocketOf(um, pid) };
}
