/**
 * Scenario 5 of docs/testing.md, under a real systemd user manager with a real headless Sway (see
 * tests/helpers/scenario.ts): `systemctl --user stop sway-session.target` stops every bound service
 * cleanly and leaves no process behind, checked by PID and in the manager's cgroup tree (cgroup v2).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import t from 'tap';
import { BOUND, checkSession, failedUnits, installSession, loginAgain, swaySockets } from '../helpers/scenario.js';
import { state } from '../helpers/session.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';

/** PIDs in the cgroup directory `dir` and below (cgroup.procs; [] when the cgroup is gone). */
function cgroupPids(dir: string): number[] {
  if (!existsSync(dir)) return [];
  const pids = readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) pids.push(...cgroupPids(join(dir, entry.name)));
  return pids;
}

/** Absolute path of a unit's cgroup (its ControlGroup property is relative to the cgroup2 mount holding the manager's). */
async function cgroupOf(um: UserManager, unit: string): Promise<string> {
  return join(dirname(um.cgroupPath), await um.unitProperty(unit, 'ControlGroup'));
}

/** Is `argv` Sway, one of our programs or a stand-in's `sleep`? */
const ofSession = (argv: string[]): boolean =>
  ['sway', '.sway-wrapped', 'sleep'].includes(basename(argv[0] ?? '')) || argv.some((a) => /\/swaysock(-healthd|-cleanup)?\.c?js$/.test(a));

/** Command lines of every process left in the manager's cgroup tree that belongs to the Sway session (Sway, our programs, the stand-ins). */
function sessionProcesses(um: UserManager): string[] {
  const out: string[] = [];
  for (const pid of cgroupPids(um.cgroupPath)) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    } catch {
      continue; // exited meanwhile
    }
    if (ofSession(argv)) out.push(`${pid}: ${argv.join(' ')}`);
  }
  return out;
}

t.test(
  'stopping: `systemctl --user stop sway-session.target` stops every bound service cleanly, no orphaned process; stopping Sway then ends the session',
  async (t) => {
    const { um, swayLog } = await installSession(t);
    const booted = await loginAgain(t, um);
    await checkSession(t, booted, swayLog, 'session');
    const before = new Map<string, { pid: number; cgroup: string }>();
    for (const unit of BOUND) before.set(unit, { pid: Number(await booted.unitProperty(unit, 'MainPID')), cgroup: await cgroupOf(booted, unit) });

    const running = sessionProcesses(booted);
    t.ok(running.length >= 5, `the check sees the session's processes (Sway, swaysock session, the daemon, two stand-ins): ${running.join('; ')}`);

    const stop = await booted.systemctl(['stop', 'sway-session.target']);
    t.equal(stop.code, 0, stop.stderr);
    // The stand-ins are After= the target, so they stop before it: done when `stop` returns. The
    // daemon is bound to the target without being ordered after it (docs/units.md, "The daemon is
    // bound to the target but not ordered after it"): its stop may still run when `stop` returns.
    await waitFor(async () => (await state(booted, 'swaysock-healthd.service')) !== 'deactivating', 30_000, 'swaysock-healthd.service to finish stopping');
    for (const [unit, { pid, cgroup }] of before) {
      // A failed unit stays loaded and says "failed"; an inactive one may be unloaded (Result= is then lost).
      t.equal(await state(booted, unit), 'inactive', `${unit} stopped cleanly (inactive, not failed)`);
      t.notOk(existsSync(`/proc/${pid}`), `${unit}: its process ${pid} is gone`);
      t.same(cgroupPids(cgroup), [], `${unit}: nothing left in its cgroup`);
    }
    t.equal(await state(booted, 'sway.service'), 'active', 'Sway is not bound to the session it starts');

    const swayCgroup = await cgroupOf(booted, 'sway.service');
    const swayStop = await booted.systemctl(['stop', 'sway.service']);
    t.equal(swayStop.code, 0, swayStop.stderr);
    t.equal(await booted.unitProperty('sway.service', 'Result'), 'success', 'Sway stopped cleanly');
    t.same(cgroupPids(swayCgroup), [], "nothing left in Sway's cgroup (`swaysock session` ended with it)");
    t.same(sessionProcesses(booted), [], 'no process of the session left anywhere under the user manager');
    await waitFor(async () => (await booted.environment()).SWAYSOCK === undefined, 30_000, 'SWAYSOCK to be unset');
    t.same(swaySockets(booted.runtimeDir), [], 'a clean stop leaves no socket');
    t.equal(await failedUnits(booted), '', 'no failed unit');
  },
);
