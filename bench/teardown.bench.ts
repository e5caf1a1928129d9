// Teardown after a Sway crash (goal, docs/design.md: as fast as home-manager's exec line): the
// wirings of bench/lib/wirings.ts that tear down (ours, home-manager's, sway-systemd's; NixOS's
// lines stop nothing after a crash), measured in one run under the same real systemd user manager
// (the system tests' harness: needs root, unshare, setpriv, systemd, dbus-user-session, Sway, and
// `npm run build`). Sway is started as a login starts it (not as a user service, whose cgroup stop
// would kill the peers' lines before their `stop` runs), then SIGKILLed; the teardown time is from
// the kill until the target AND the service bound to it are inactive: the later of their
// InactiveEnterTimestampMonotonic (systemd's own CLOCK_MONOTONIC stamps; Node's hrtime is the same
// clock). Runs alternate between the wirings.
import { managerWithSessionUnits } from '../tests/helpers/session.js';
import type { UserManager } from '../tests/helpers/user-manager.js';
import { record } from './lib/report.mjs';
import { describe, quantile } from './lib/stats.js';
import { endSession, launchSway, monotonicUs, sessionActive, sessionInactive, WIRING_NAMES, type Wiring } from './lib/wirings.js';

const RUNS = Number(process.env.SWAYSOCK_BENCH_TEARDOWN_RUNS ?? 12);
const WIRINGS: Wiring[] = ['ours', 'home-manager', 'sway-systemd'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inactiveAt = async (um: UserManager, unit: string): Promise<number> => Number(await um.unitProperty(unit, 'InactiveEnterTimestampMonotonic'));

/** One session with `wiring`: Sway up, target and stand-in active, SIGKILL; resolves with the teardown time in ms. */
async function crashOnce(um: UserManager, wiring: Wiring): Promise<number> {
  const sway = launchSway(um, wiring);
  try {
    await sessionActive(um, wiring);
    await sleep(200); // the peers' swaymsg subscribes after the target started
    const killedAt = monotonicUs();
    sway.child.kill('SIGKILL');
    await sessionInactive(um, wiring);
    const downAt = Math.max(await inactiveAt(um, 'sway-session.target'), await inactiveAt(um, 'stand-in.service'));
    return (downAt - killedAt) / 1000;
  } finally {
    await endSession(um, wiring, sway);
  }
}

if (process.getuid!() !== 0) {
  console.log('teardown: skipped (needs root for a private systemd user manager)');
} else {
  const cleanups: (() => unknown)[] = [];
  try {
    const um = await managerWithSessionUnits({ teardown: (fn) => cleanups.push(fn) });
    // The manager unloads inactive units nothing refers to, timestamps and all; an active unit whose
    // After= names them refers to them, so their InactiveEnterTimestamp survives the teardown.
    um.writeUnit('keeper.service', '[Unit]\nAfter=sway-session.target stand-in.service\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n');
    await um.systemctl(['daemon-reload']);
    await um.systemctl(['start', 'keeper.service']);
    const samples = Object.fromEntries(WIRINGS.map((w) => [w, [] as number[]])) as Record<Wiring, number[]>;
    for (let i = 0; i < RUNS; i++) for (const wiring of WIRINGS) samples[wiring].push(await crashOnce(um, wiring));
    for (const wiring of WIRINGS) console.log(describe(`teardown after a Sway crash, ${WIRING_NAMES[wiring]}`, samples[wiring]));
    for (const peer of WIRINGS.slice(1)) {
      record({
        figure: `teardown after a Sway crash until the bound service is inactive, p50 vs ${peer}`,
        ours: quantile(samples.ours, 0.5),
        unit: 'ms',
        peer: { name: `${WIRING_NAMES[peer]} p50`, value: quantile(samples[peer], 0.5) },
        goal: { ratio: 1 },
      });
    }
  } finally {
    for (const fn of cleanups.reverse()) await fn();
  }
}
