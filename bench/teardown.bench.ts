// Teardown when Sway ends (goal, docs/design.md: no slower than home-manager's exec line), for both
// ends a session has: a crash (SIGKILL) and a clean exit (the `exit` command, what a logout or
// `swaymsg exit` does). The wirings of bench/lib/wirings.ts (ours, home-manager's, sway-systemd's,
// NixOS's), measured in one run under the same real systemd user manager (the system tests'
// harness: needs root, unshare, setpriv, systemd, dbus-user-session, Sway, and `npm run build`).
// Ours runs with our health daemon and cleanup enabled, as installed (their stop is part of ours);
// the peers with the bound stand-in alone, and so does `session-only` (ours without them), whose
// figure tells the session's share from the units'. Sway is started as a login starts it (not as a user
// service, whose cgroup stop would kill the peers' lines before their `stop` runs). The teardown
// time is from the kill, or from the `exit` command leaving this process over Sway's IPC, until the
// target AND the service bound to it are inactive: the later of their InactiveEnterTimestampMonotonic
// (systemd's own CLOCK_MONOTONIC stamps; Node's hrtime is the same clock). NixOS's lines stop the
// target only when their `swaymsg -t subscribe '["shutdown"]'` succeeds; a session they leave up
// counts as "none" (the wiring's processes have all ended and the target is still active).
// Runs alternate between the wirings; each exit has its own comparison (and user manager).
import { IpcMessageType } from '../ts/ipc/codec.js';
import { SwayIpcClient } from '../ts/ipc/client.js';
import { state, swaySocketOf } from '../tests/helpers/session.js';
import { waitFor, type UserManager } from '../tests/helpers/user-manager.js';
import {
  compareWirings,
  endSession,
  launchSway,
  monotonicUs,
  sessionActive,
  sessionInactive,
  tearsDown,
  useOurUnits,
  wiringProcesses,
  type LaunchedSway,
  type Wiring,
} from './lib/wirings.js';

type End = 'crash' | 'clean';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inactiveAt = async (um: UserManager, unit: string): Promise<number> => Number(await um.unitProperty(unit, 'InactiveEnterTimestampMonotonic'));

/** Ends Sway as `end` says; resolves with CLOCK_MONOTONIC µs of the kill or of the `exit` command's send. */
async function endSway(um: UserManager, sway: LaunchedSway, end: End): Promise<number> {
  if (end === 'crash') {
    const at = monotonicUs();
    sway.child.kill('SIGKILL');
    return at;
  }
  // Over a connection of our own (root may connect to the test user's socket), so the instant is
  // the command's, not a swaymsg process's start or exit. Sway closes before it answers `exit`.
  const ipc = await SwayIpcClient.connect(swaySocketOf(um, sway.child.pid!), { timeoutMs: 2000 });
  try {
    const at = monotonicUs();
    await ipc.request(IpcMessageType.RUN_COMMAND, 'exit', 5000).catch(() => undefined);
    return at;
  } finally {
    ipc.close();
  }
}

/** One session with `wiring`: Sway up, the session (and our daemon) active, Sway ended; the teardown time in ms, or null when none came. */
async function teardownOnce(um: UserManager, wiring: Wiring, end: End): Promise<number | null> {
  const sway = launchSway(um, wiring);
  try {
    await sessionActive(um, wiring);
    if (wiring === 'ours')
      await waitFor(async () => (await state(um, 'swaysock-healthd.service')) === 'active', 10_000, 'swaysock-healthd.service to be active');
    await sleep(200); // the peers' swaymsg subscribes after the target started
    const endedAt = await endSway(um, sway, end);
    if (tearsDown(wiring)) await sessionInactive(um, wiring);
    else {
      await waitFor(() => wiringProcesses(um).length === 0, 5000, `${wiring}: its processes to end after Sway's ${end}`);
      if ((await state(um, 'sway-session.target')) === 'active') return null;
      await sessionInactive(um, wiring);
    }
    const downAt = Math.max(await inactiveAt(um, 'sway-session.target'), await inactiveAt(um, 'stand-in.service'));
    return (downAt - endedAt) / 1000;
  } finally {
    await endSession(um, wiring, sway);
  }
}

const FIGURES: Record<End, string> = {
  crash: 'teardown after a Sway crash until the bound service is inactive',
  clean: 'teardown after a clean Sway exit until the bound service is inactive',
};

for (const end of ['crash', 'clean'] as const) {
  await compareWirings({
    name: `teardown (${end})`,
    figure: FIGURES[end],
    wirings: ['ours', 'home-manager', 'sway-systemd', 'NixOS', 'session-only'],
    runs: Number(process.env.SWAYSOCK_BENCH_TEARDOWN_RUNS ?? 12),
    // Against session-only for comparison: what our units' stop adds.
    goal: (peer) => (peer === 'session-only' ? null : { ratio: 1 }),
    // The manager unloads inactive units nothing refers to, timestamps and all; an active unit whose
    // After= names them refers to them, so their InactiveEnterTimestamp survives the teardown.
    prepare: async (um) => {
      um.writeUnit(
        'keeper.service',
        '[Unit]\nAfter=sway-session.target stand-in.service\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n',
      );
      await um.systemctl(['daemon-reload']);
      await um.systemctl(['start', 'keeper.service']);
    },
    before: (um, wiring) => useOurUnits(um, wiring === 'ours'),
    once: (um, wiring) => teardownOnce(um, wiring, end),
  });
}
