// Teardown after a Sway crash (goal, docs/design.md: as fast as home-manager's exec line): the
// wirings of bench/lib/wirings.ts that tear down (ours, home-manager's, sway-systemd's; NixOS's
// lines stop nothing after a crash), measured in one run under the same real systemd user manager
// (the system tests' harness: needs root, unshare, setpriv, systemd, dbus-user-session, Sway, and
// `npm run build`). Sway is started as a login starts it (not as a user service, whose cgroup stop
// would kill the peers' lines before their `stop` runs), then SIGKILLed; the teardown time is from
// the kill until the target AND the service bound to it are inactive: the later of their
// InactiveEnterTimestampMonotonic (systemd's own CLOCK_MONOTONIC stamps; Node's hrtime is the same
// clock). Runs alternate between the wirings.
import type { UserManager } from '../tests/helpers/user-manager.js';
import { compareWirings, endSession, launchSway, monotonicUs, sessionActive, sessionInactive, type Wiring } from './lib/wirings.js';

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

await compareWirings({
  name: 'teardown',
  figure: 'teardown after a Sway crash until the bound service is inactive',
  wirings: ['ours', 'home-manager', 'sway-systemd'],
  runs: Number(process.env.SWAYSOCK_BENCH_TEARDOWN_RUNS ?? 12),
  goal: () => ({ ratio: 1 }),
  // The manager unloads inactive units nothing refers to, timestamps and all; an active unit whose
  // After= names them refers to them, so their InactiveEnterTimestamp survives the teardown.
  prepare: async (um) => {
    um.writeUnit('keeper.service', '[Unit]\nAfter=sway-session.target stand-in.service\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n');
    await um.systemctl(['daemon-reload']);
    await um.systemctl(['start', 'keeper.service']);
  },
  once: crashOnce,
});
