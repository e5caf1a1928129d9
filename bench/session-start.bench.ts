// Session start: from Sway's launch until a service bound to sway-session.target is active, for
// each wiring of bench/lib/wirings.ts (ours, home-manager's, sway-systemd's, NixOS's), in one run
// under the same real systemd user manager (the system tests' harness: needs root, unshare,
// setpriv, systemd, dbus-user-session, Sway, and `npm run build`). Goal: at most home-manager's
// time. The time is from just before Sway is spawned (Node's hrtime, CLOCK_MONOTONIC) to
// stand-in.service's ActiveEnterTimestampMonotonic (systemd's stamp on the same clock); Sway's own
// start-up is in every wiring's figure alike. Runs alternate between the wirings.
import type { UserManager } from '../tests/helpers/user-manager.js';
import { compareWirings, endSession, launchSway, sessionActive, type Wiring } from './lib/wirings.js';

/** One session with `wiring`: resolves with the ms from Sway's launch to the bound service being active. */
async function startOnce(um: UserManager, wiring: Wiring): Promise<number> {
  const sway = launchSway(um, wiring);
  try {
    await sessionActive(um, wiring);
    return (Number(await um.unitProperty('stand-in.service', 'ActiveEnterTimestampMonotonic')) - sway.launchedAt) / 1000;
  } finally {
    await endSession(um, wiring, sway);
  }
}

await compareWirings({
  name: 'session-start',
  figure: 'Sway launch -> bound service active',
  wirings: ['ours', 'home-manager', 'sway-systemd', 'NixOS'],
  runs: Number(process.env.SWAYSOCK_BENCH_SESSION_RUNS ?? 12),
  goal: (peer) => (peer === 'home-manager' ? { ratio: 1 } : null),
  once: startOnce,
});
