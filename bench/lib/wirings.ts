// The Sway session wirings the session benchmarks compare, each under the same real systemd user
// manager (tests/helpers/user-manager.ts; the fixture units of tests/helpers/session.ts: the session
// target, the shutdown target and stand-in.service bound to the target). Each peer's sequence is
// written here in our own words from its source:
// - ours: Sway's config has `exec swaysock session` (dist/swaysock.cjs).
// - home-manager: modules/services/window-managers/i3-sway/sway.nix at ec1a8fdf74ed3f276148ee106299a2ba0e65d51f
//   (flake.lock's revision), its defaults: one `exec` whose shell runs dbus-update-activation-environment
//   --systemd with its variable list, then `systemctl --user reset-failed`, `systemctl --user start
//   sway-session.target`, `swaymsg -mt subscribe '[]' || true` (waits until Sway's IPC ends) and
//   `systemctl --user stop sway-session.target`, joined with `&&`.
// - sway-systemd: src/session.sh at 0e87499359f2d5258f369531f88cc225ebd7cf48, run with --with-cleanup
//   as its README has Sway's config do: it sets XDG_CURRENT_DESKTOP=sway and XDG_SESSION_TYPE=wayland,
//   runs dbus-update-activation-environment --systemd, `systemctl --user reset-failed`, `systemctl
//   --user import-environment` and `systemctl --user start sway-session.target` one after another,
//   then waits on `swaymsg -t subscribe '["shutdown"]'` and stops the target and unsets the variables.
// - NixOS: nixos/modules/programs/wayland/sway.nix at 0089fb212c40be9a5c9c18dbf89efde0b73bfafc, its
//   config.d file: three `exec` lines run side by side: dbus-update-activation-environment --systemd;
//   `systemctl --user import-environment` then `systemctl --user start sway-session.target`; and
//   `swaymsg -t subscribe '["shutdown"]' && systemctl --user stop sway-session.target`, which stops
//   nothing when swaymsg fails: after a crash, and after a clean exit too wherever Sway closes its
//   IPC connections before a `shutdown` event reaches subscribers (Sway 1.7 here does).
// A benchmark that enables our units (the health daemon and the cleanup, as `swaysock units
// --install --enable` and the Nix module leave them) does so for ours alone ({@link useOurUnits}):
// their start and stop are part of what a user of ours gets; the peers' sessions, and
// `session-only` (the same exec line without them), have the stand-in alone.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../../tests/helpers/daemon.js';
import { managerWithSessionUnits, state } from '../../tests/helpers/session.js';
import { chownToTestUser } from '../../tests/helpers/user.js';
import { waitFor, type UserManager } from '../../tests/helpers/user-manager.js';
import { record } from './report.mjs';
import { describe, quantile } from './stats.js';

/** `session-only`: ours without our units besides the targets, to tell the session's share from theirs. */
export type Wiring = 'ours' | 'session-only' | 'home-manager' | 'sway-systemd' | 'NixOS';

/** Human names for figures. */
export const WIRING_NAMES: Record<Wiring, string> = {
  ours: 'exec swaysock session',
  'session-only': 'exec swaysock session without our daemon and cleanup',
  'home-manager': "home-manager's exec line",
  'sway-systemd': "sway-systemd's session.sh",
  NixOS: "NixOS's config.d lines",
};

const HM_VARIABLES = 'DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP XDG_SESSION_TYPE NIXOS_OZONE_WL XCURSOR_THEME XCURSOR_SIZE';
const SWAY_SYSTEMD_VARIABLES = 'DISPLAY I3SOCK SWAYSOCK WAYLAND_DISPLAY XDG_CURRENT_DESKTOP XDG_SESSION_TYPE';

/** The sway-systemd sequence above as a script (it runs as a script of its own in a real setup too). */
const SWAY_SYSTEMD_SCRIPT = `#!/bin/sh
export XDG_CURRENT_DESKTOP=sway XDG_SESSION_TYPE=wayland
dbus-update-activation-environment --systemd ${SWAY_SYSTEMD_VARIABLES}
systemctl --user reset-failed
systemctl --user import-environment ${SWAY_SYSTEMD_VARIABLES}
systemctl --user start sway-session.target
trap 'systemctl --user stop sway-session.target; systemctl --user unset-environment ${SWAY_SYSTEMD_VARIABLES}' EXIT
swaymsg -t subscribe '["shutdown"]'
`;

/** The lines of Sway's config that wire the session, for `wiring` (scripts it needs are written under `home`). */
function configLines(wiring: Wiring, home: string): string {
  switch (wiring) {
    case 'ours':
    case 'session-only':
      return `exec ${process.execPath} ${CLI} session`;
    case 'home-manager':
      return `exec "dbus-update-activation-environment --systemd ${HM_VARIABLES}; systemctl --user reset-failed && systemctl --user start sway-session.target && swaymsg -mt subscribe '[]' || true && systemctl --user stop sway-session.target"`;
    case 'sway-systemd': {
      const script = join(home, 'sway-systemd-session.sh');
      writeFileSync(script, SWAY_SYSTEMD_SCRIPT, { mode: 0o755 });
      chownToTestUser(script);
      return `exec ${script}`;
    }
    case 'NixOS':
      return [
        'exec dbus-update-activation-environment --systemd DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP',
        'exec "systemctl --user import-environment {,WAYLAND_}DISPLAY SWAYSOCK; systemctl --user start sway-session.target"',
        `exec swaymsg -t subscribe '["shutdown"]' && systemctl --user stop sway-session.target`,
      ].join('\n');
  }
}

export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** A headless Sway whose config wires the session with `wiring`; `launchedAt`: CLOCK_MONOTONIC µs just before the spawn. */
export interface LaunchedSway {
  child: ChildProcess;
  exited: Promise<unknown>;
  launchedAt: number;
}

/** Starts Sway as a login starts it (not as a user service) with `wiring`'s config lines. */
export function launchSway(um: UserManager, wiring: Wiring): LaunchedSway {
  const config = join(um.home, `sway-${wiring}.config`);
  writeFileSync(config, `output HEADLESS-1 resolution 800x600\n${configLines(wiring, um.home)}\n`);
  chownToTestUser(config);
  const launchedAt = monotonicUs();
  const child = um.spawn('sway', ['--config', config], {
    extraEnv: { WLR_BACKENDS: 'headless', WLR_RENDERER: 'pixman', WLR_LIBINPUT_NO_DEVICES: '1', XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'sway' },
    stdio: 'ignore',
  });
  return { child, exited: new Promise((r) => child.once('exit', r)), launchedAt };
}

/** Waits until sway-session.target and stand-in.service are active (at most 10 s). */
export const sessionActive = (um: UserManager, wiring: Wiring): Promise<void> =>
  waitFor(
    async () => (await state(um, 'sway-session.target')) === 'active' && (await state(um, 'stand-in.service')) === 'active',
    10_000,
    `${wiring}: the session to start`,
  );

/** Whether the wiring stops the session itself when Sway dies (NixOS's lines do not, see above). */
export const tearsDown = (wiring: Wiring): boolean => wiring !== 'NixOS';

/** Our units besides the targets that `swaysock units --install --enable` links into sway-session.target.wants/. */
export const OUR_SESSION_UNITS = ['swaysock-healthd.service', 'swaysock-cleanup.service'];

/**
 * Enables (`on`) or disables {@link OUR_SESSION_UNITS} for the sessions that follow
 * (`systemctl --user enable|disable`, then `daemon-reload`: enabling from outside the manager's
 * mount namespace links without reloading); nothing when they already are.
 * @throws Error with systemctl's stderr when either fails.
 */
export async function useOurUnits(um: UserManager, on: boolean): Promise<void> {
  if (existsSync(join(um.unitDir, 'sway-session.target.wants', OUR_SESSION_UNITS[0]!)) === on) return;
  for (const args of [[on ? 'enable' : 'disable', ...OUR_SESSION_UNITS], ['daemon-reload']]) {
    const r = await um.systemctl(args);
    if (r.code !== 0) throw new Error(`systemctl --user ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  }
}

/** Waits until the target and stand-in.service are inactive (at most 5 s). */
export const sessionInactive = (um: UserManager, wiring: Wiring): Promise<void> =>
  waitFor(
    async () => (await state(um, 'sway-session.target')) === 'inactive' && (await state(um, 'stand-in.service')) === 'inactive',
    5000,
    `${wiring}: the teardown`,
  );

/**
 * PIDs of what a wiring started under this manager and is still running (a peer's shell line, its
 * swaymsg or systemctl, `swaysock session`): processes with the manager's XDG_RUNTIME_DIR whose
 * command line names one of them. Other tests' processes have other runtime directories.
 */
export function wiringProcesses(um: UserManager): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`XDG_RUNTIME_DIR=${um.runtimeDir}`)) continue;
      if (/swaymsg|systemctl|dbus-update-activation-environment|sway-systemd-session|swaysock\.cjs/.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8')))
        pids.push(Number(entry));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return pids;
}

/**
 * Ends a session so the next one starts from the same state: Sway SIGKILLed, the target and
 * stand-in stopped (by the wiring itself when it tears down, else by the harness), nothing of the
 * wiring left running (a late `systemctl stop` would hit the next session), the variables unset.
 */
export async function endSession(um: UserManager, wiring: Wiring, sway: LaunchedSway): Promise<void> {
  sway.child.kill('SIGKILL');
  await sway.exited;
  if (tearsDown(wiring)) await sessionInactive(um, wiring);
  else await um.systemctl(['stop', 'sway-session.target']);
  await waitFor(() => wiringProcesses(um).length === 0, 5000, `${wiring}: its processes to end (left: ${wiringProcesses(um).join(' ')})`);
  await um.systemctl(['unset-environment', 'SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'DISPLAY', 'XDG_CURRENT_DESKTOP', 'XDG_SESSION_TYPE']);
}

/**
 * One session benchmark: `once` measures one session of a wiring (ms, or null when that wiring
 * did not do what is measured, e.g. NixOS's lines after a crash); ours is `wirings[0]`.
 */
export interface WiringComparison {
  /** Short name for the skip message, e.g. `teardown`. */
  name: string;
  /** What is measured, e.g. `Sway launch -> bound service active`. */
  figure: string;
  wirings: Wiring[];
  runs: number;
  /** The goal of ours against `peer` (report.mjs), or null for comparison only. */
  goal(peer: Wiring): { ratio: number } | null;
  /** Runs once on the fresh manager before the sessions. */
  prepare?(um: UserManager): Promise<void>;
  /** Runs before each session, untimed (e.g. {@link useOurUnits}). */
  before?(um: UserManager, wiring: Wiring): Promise<void>;
  once(um: UserManager, wiring: Wiring): Promise<number | null>;
}

const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/**
 * Runs `c.once` for each wiring in turn, `c.runs` rounds, under one user manager with the fixture
 * units; prints the conditions (CPUs, load average before and after), each wiring's samples (and
 * how many of its sessions gave none), and records ours' p50 against each peer's that has
 * samples. Needs root (a private user manager); says so and returns otherwise.
 */
export async function compareWirings(c: WiringComparison): Promise<void> {
  if (process.getuid!() !== 0) {
    console.log(`${c.name}: skipped (needs root for a private systemd user manager)`);
    return;
  }
  const cleanups: (() => unknown)[] = [];
  try {
    const um = await managerWithSessionUnits({ teardown: (fn) => cleanups.push(fn) });
    await c.prepare?.(um);
    const samples = new Map<Wiring, number[]>(c.wirings.map((w) => [w, []]));
    const missing = new Map<Wiring, number>(c.wirings.map((w) => [w, 0]));
    const loadBefore = loadAverage();
    for (let i = 0; i < c.runs; i++) {
      for (const wiring of c.wirings) {
        await c.before?.(um, wiring);
        const value = await c.once(um, wiring);
        if (value === null) missing.set(wiring, missing.get(wiring)! + 1);
        else samples.get(wiring)!.push(value);
      }
    }
    console.log(`${c.figure}: ${c.runs} rounds on ${cpus().length} CPUs, load average ${loadBefore} before, ${loadAverage()} after`);
    for (const wiring of c.wirings) {
      const label = `${c.figure}, ${WIRING_NAMES[wiring]}`;
      const none = missing.get(wiring)!;
      if (samples.get(wiring)!.length > 0) console.log(`${describe(label, samples.get(wiring)!)}${none > 0 ? `; none in ${none} sessions` : ''}`);
      else console.log(`${label}: none in all ${none} sessions`);
    }
    const [ours, ...peers] = c.wirings;
    for (const peer of peers) {
      if (samples.get(ours!)!.length === 0 || samples.get(peer)!.length === 0) continue;
      record({
        figure: `${c.figure}, p50 vs ${peer}`,
        ours: quantile(samples.get(ours!)!, 0.5),
        unit: 'ms',
        peer: { name: `${WIRING_NAMES[peer]} p50`, value: quantile(samples.get(peer)!, 0.5) },
        goal: c.goal(peer),
      });
    }
  } finally {
    for (const fn of cleanups.reverse()) await fn();
  }
}
