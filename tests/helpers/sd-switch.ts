/**
 * A replay, under a real user manager, of what home-manager's activation does to running units
 * with sd-switch (home-manager's `systemd.user.startServices`, its default), going from one
 * generation's unit files to the next. The rules replayed, from their documentation:
 *
 * - home-manager's `systemd.user.startServices` (modules/systemd.nix): sd-switch "determines the
 *   necessary changes and automatically apply them": "new or changed services that are wanted by
 *   active targets should be started. Additionally, stop obsolete services from the previous
 *   generation."
 * - How a changed unit that is running is switched: its `X-SwitchMethod=` in `[Unit]`
 *   (home-manager's option of that name: "The preferred method to use when switching from an old
 *   to a new version of this service", one of `reload`, `restart`, `stop-start`, `keep-old`), as
 *   sd-switch documents its `UnitSwitchMethod` (docs.rs, `sd_switch::systemd::ini`):
 *   Reload: "Reload the unit if it is already running, otherwise start it." Restart: "Restart the
 *   unit if it is already running, otherwise start it." StopStart: "Stop the old unit (if it
 *   exists) and start the new unit." KeepOld: "Leave the old unit running, ignoring the new unit.
 *   If no old unit exists, then the new unit is started." Without the key: restart.
 * - The manager reads the new files (`daemon-reload`) before anything of the new generation is
 *   started or restarted; what is stopped as old (obsolete units, stop-start's stop) is stopped
 *   before, with the old files.
 *
 * In which order sd-switch sends its restart and start jobs is not documented: `order` replays
 * either, and tests that must hold whatever sd-switch does run both.
 * Not replayed: `X-Reload-Triggers`, `RefuseManualStart=`/`RefuseManualStop=`, template units.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { UserManager } from './user-manager.js';
import { writeWantsLink } from './home-manager-units.js';

/** One generation: unit file texts by name, and wants links as `TARGET.wants/UNIT`. */
export interface Generation {
  files: Record<string, string>;
  wants: string[];
}

export type SwitchMethod = 'reload' | 'restart' | 'stop-start' | 'keep-old';

/** What the switch did, unit names in each list. */
export interface SwitchPlan {
  stopped: string[];
  reloaded: string[];
  restarted: string[];
  started: string[];
  /** Changed and running, left as they were (keep-old). */
  kept: string[];
  /** Jobs that failed, as `VERB UNIT: systemctl's message`; the switch goes on after them. */
  failed: string[];
}

/** The unit's `X-SwitchMethod=` in `[Unit]`, restart when absent. */
export function switchMethod(text: string): SwitchMethod {
  let section = '';
  let method: SwitchMethod = 'restart';
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) section = header[1]!;
    else if (section === 'Unit' && line.startsWith('X-SwitchMethod=')) method = line.slice('X-SwitchMethod='.length).trim() as SwitchMethod;
  }
  return method;
}

const ACTIVE = new Set(['active', 'activating', 'reloading']);

/**
 * Switches the manager's units from `from` (installed in its unit dir) to `to`, as described
 * above, and returns what it did; a job that fails is recorded and the switch goes on.
 * @throws Error when daemon-reload fails.
 */
export async function switchGeneration(
  um: UserManager,
  from: Generation,
  to: Generation,
  order: 'restart-first' | 'start-first' = 'restart-first',
): Promise<SwitchPlan> {
  const plan: SwitchPlan = { stopped: [], reloaded: [], restarted: [], started: [], kept: [], failed: [] };
  /** Runs one job; true when it succeeded, else recorded in `plan.failed`. */
  const systemctl = async (verb: string, unit: string): Promise<boolean> => {
    const r = await um.systemctl([verb, unit], 120_000);
    if (r.code !== 0) plan.failed.push(`${verb} ${unit}: ${r.stderr.trim()}`);
    return r.code === 0;
  };
  const isActive = async (unit: string) => ACTIVE.has(await um.unitProperty(unit, 'ActiveState'));
  const names = (g: Generation) => Object.keys(g.files);
  const removed = names(from).filter((n) => !(n in to.files));
  const changed = names(to).filter((n) => n in from.files && from.files[n] !== to.files[n]);
  const added = names(to).filter((n) => !(n in from.files));
  const running = new Set<string>();
  for (const n of changed) if (await isActive(n)) running.add(n);

  // Old units stopped with their old files.
  for (const n of removed) {
    if ((await isActive(n)) && (await systemctl('stop', n))) plan.stopped.push(n);
  }
  for (const n of changed) {
    if (running.has(n) && switchMethod(to.files[n]!) === 'stop-start' && (await systemctl('stop', n))) plan.stopped.push(n);
  }

  // The new generation's files, then daemon-reload.
  for (const link of from.wants) if (!to.wants.includes(link)) rmSync(join(um.unitDir, link), { force: true });
  for (const n of removed) rmSync(join(um.unitDir, n), { force: true });
  for (const n of [...changed, ...added]) um.writeUnit(n, to.files[n]!);
  for (const link of to.wants) if (!from.wants.includes(link)) writeWantsLink(um, link);
  const reload = await um.systemctl(['daemon-reload']);
  if (reload.code !== 0) throw new Error(`systemctl --user daemon-reload failed: ${reload.stderr}`);

  const switchChanged = async () => {
    for (const n of changed) {
      if (!running.has(n)) continue;
      const method = switchMethod(to.files[n]!);
      if (method === 'keep-old') {
        plan.kept.push(n);
      } else if (method === 'stop-start') {
        if (await systemctl('start', n)) plan.started.push(n); // stopped above, with its old file
      } else if (await systemctl(method, n)) {
        (method === 'restart' ? plan.restarted : plan.reloaded).push(n);
      }
    }
  };
  const startWanted = async () => {
    for (const link of to.wants) {
      const [wants, unit] = link.split('/') as [string, string];
      if (!(added.includes(unit) || (changed.includes(unit) && !running.has(unit)))) continue;
      if (plan.started.includes(unit) || !(await isActive(wants.replace(/\.wants$/, '')))) continue;
      if (await systemctl('start', unit)) plan.started.push(unit);
    }
  };
  if (order === 'restart-first') {
    await switchChanged();
    await startWanted();
  } else {
    await startWanted();
    await switchChanged();
  }
  return plan;
}
