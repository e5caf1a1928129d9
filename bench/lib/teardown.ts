// Teardown after a Sway crash (goal, docs/design.md: as fast as home-manager's exec line), both
// wirings measured in one run under the same real systemd user manager (the system tests' harness,
// tests/helpers/user-manager.ts: needs root, unshare, setpriv, systemd, dbus-user-session, Sway):
// - ours: Sway's config has `exec swaysock session`;
// - peer: home-manager's own exec line (its sway module's defaults: dbus-update-activation-environment,
//   then `systemctl --user start sway-session.target && swaymsg -mt subscribe '[]' || true &&
//   systemctl --user stop sway-session.target`).
// Sway is started as a login starts it (not as a user service, whose cgroup stop would kill the
// peer's line before its `stop` runs), then SIGKILLed; the teardown time is from the kill to the
// later of sway-session.target's and its bound service's InactiveEnterTimestampMonotonic (systemd's
// own CLOCK_MONOTONIC stamps; Node's hrtime is the same clock). Runs alternate between the wirings.
// Run by bench/teardown.bench.mjs (it bundles this file so the harness finds its scripts).
import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { managerWithSessionUnits, state, SWAYSOCK_JS } from '../../tests/helpers/session.js';
import { chownToTestUser } from '../../tests/helpers/user.js';
import { waitFor, type UserManager } from '../../tests/helpers/user-manager.js';
import { record } from './report.mjs';
import { describe, quantile } from './stats.js';

const RUNS = Number(process.env.SWAYSOCK_BENCH_TEARDOWN_RUNS ?? 12);
const HM_VARIABLES = 'DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP XDG_SESSION_TYPE NIXOS_OZONE_WL XCURSOR_THEME XCURSOR_SIZE';
const WIRINGS = {
  ours: `exec ${process.execPath} ${SWAYSOCK_JS} session`,
  'home-manager': `exec "dbus-update-activation-environment --systemd ${HM_VARIABLES}; systemctl --user reset-failed && systemctl --user start sway-session.target && swaymsg -mt subscribe '[]' || true && systemctl --user stop sway-session.target"`,
} as const;
type Wiring = keyof typeof WIRINGS;

const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);
const inactiveAt = async (um: UserManager, unit: string): Promise<number> => Number(await um.unitProperty(unit, 'InactiveEnterTimestampMonotonic'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One session with `wiring`: Sway up, target and stand-in active, SIGKILL; resolves with the teardown time in ms. */
async function crashOnce(um: UserManager, wiring: Wiring): Promise<number> {
  const config = join(um.home, `sway-${wiring}.config`);
  writeFileSync(config, `output HEADLESS-1 resolution 800x600\n${WIRINGS[wiring]}\n`);
  chownToTestUser(config);
  const sway: ChildProcess = um.spawn('sway', ['--config', config], {
    extraEnv: { WLR_BACKENDS: 'headless', WLR_RENDERER: 'pixman', WLR_LIBINPUT_NO_DEVICES: '1', XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'sway' },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => sway.once('exit', r));
  try {
    await waitFor(async () => (await state(um, 'sway-session.target')) === 'active' && (await state(um, 'stand-in.service')) === 'active', 10_000, `${wiring}: the session to start`);
    await sleep(200); // the peer's `swaymsg -mt subscribe` connects after the target started
    if ((await state(um, 'sway-session.target')) !== 'active') throw new Error(`${wiring}: the session ended before Sway did`);
    const killedAt = monotonicUs();
    sway.kill('SIGKILL');
    await waitFor(async () => (await state(um, 'sway-session.target')) === 'inactive' && (await state(um, 'stand-in.service')) === 'inactive', 5000, `${wiring}: the teardown`);
    const downAt = Math.max(await inactiveAt(um, 'sway-session.target'), await inactiveAt(um, 'stand-in.service'));
    return (downAt - killedAt) / 1000;
  } finally {
    sway.kill('SIGKILL');
    await exited;
    // Ours ends by releasing its session lock; let it go before the next session starts.
    await waitFor(() => !existsSync(join(um.runtimeDir, 'swaysock', 'session.lock')), 5000, `${wiring}: swaysock session to exit`);
    await um.systemctl(['unset-environment', 'SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'DISPLAY', 'XDG_CURRENT_DESKTOP', 'XDG_SESSION_TYPE']);
  }
}

const cleanups: (() => unknown)[] = [];
try {
  const um = await managerWithSessionUnits({ teardown: (fn) => cleanups.push(fn) });
  // The manager unloads inactive units nothing refers to, timestamps and all; an active unit whose
  // After= names them refers to them, so their InactiveEnterTimestamp survives the teardown.
  um.writeUnit('keeper.service', '[Unit]\nAfter=sway-session.target stand-in.service\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n');
  await um.systemctl(['daemon-reload']);
  await um.systemctl(['start', 'keeper.service']);
  const samples: Record<Wiring, number[]> = { ours: [], 'home-manager': [] };
  for (let i = 0; i < RUNS; i++) for (const wiring of Object.keys(WIRINGS) as Wiring[]) samples[wiring].push(await crashOnce(um, wiring));
  console.log(describe('teardown after a Sway crash, ours (exec swaysock session)', samples.ours));
  console.log(describe("teardown after a Sway crash, home-manager's exec line", samples['home-manager']));
  const peer = { name: "home-manager's exec line p50", value: quantile(samples['home-manager'], 0.5) };
  record({ figure: 'teardown after a Sway crash, p50', ours: quantile(samples.ours, 0.5), unit: 'ms', peer, goal: { ratio: 1 } });
} finally {
  for (const fn of cleanups.reverse()) await fn();
}
