// Session start: from Sway's launch until a service bound to sway-session.target is active, for
// each wiring of bench/lib/wirings.ts (ours, home-manager's, sway-systemd's, NixOS's), in one run
// under the same real systemd user manager (the system tests' harness: needs root, unshare,
// setpriv, systemd, dbus-user-session, Sway, and `npm run build`). Goal: at most home-manager's
// time. The time is from just before Sway is spawned (Node's hrtime, CLOCK_MONOTONIC) to
// stand-in.service's ActiveEnterTimestampMonotonic (systemd's stamp on the same clock); Sway's own
// start-up is in every wiring's figure alike. Runs alternate between the wirings.
import { managerWithSessionUnits } from '../tests/helpers/session.js';
import type { UserManager } from '../tests/helpers/user-manager.js';
import { record } from './lib/report.mjs';
import { describe, quantile } from './lib/stats.js';
import { endSession, launchSway, sessionActive, WIRING_NAMES, type Wiring } from './lib/wirings.js';

const RUNS = Number(process.env.SWAYSOCK_BENCH_SESSION_RUNS ?? 12);
const WIRINGS: Wiring[] = ['ours', 'home-manager', 'sway-systemd', 'NixOS'];

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

if (process.getuid!() !== 0) {
  console.log('session-start: skipped (needs root for a private systemd user manager)');
} else {
  const cleanups: (() => unknown)[] = [];
  try {
    const um = await managerWithSessionUnits({ teardown: (fn) => cleanups.push(fn) });
    const samples = Object.fromEntries(WIRINGS.map((w) => [w, [] as number[]])) as Record<Wiring, number[]>;
    for (let i = 0; i < RUNS; i++) for (const wiring of WIRINGS) samples[wiring].push(await startOnce(um, wiring));
    for (const wiring of WIRINGS) console.log(describe(`Sway launch -> bound service active, ${WIRING_NAMES[wiring]}`, samples[wiring]));
    for (const peer of WIRINGS.slice(1)) {
      record({
        figure: `Sway launch -> bound service active, p50 vs ${peer}`,
        ours: quantile(samples.ours, 0.5),
        unit: 'ms',
        peer: { name: `${WIRING_NAMES[peer]} p50`, value: quantile(samples[peer], 0.5) },
        goal: peer === 'home-manager' ? { ratio: 1 } : null,
      });
    }
  } finally {
    for (const fn of cleanups.reverse()) await fn();
  }
}
