/**
 * Read-only questions to the systemd user manager for doctor, through the existing
 * `systemctl --user` helper (ts/systemd/manager.ts): unit properties (`show`), units by pattern.
 * Every call has a timeout.
 */
import { SwaysockError } from '../errors/errors.js';
import { systemctlUser } from '../systemd/manager.js';

/** Properties of one unit, by name (`systemctl show` names: ActiveState, PartOf, ...). */
export type UnitProperties = Record<string, string>;

/**
 * Every record `systemctl --user show -p PROPS NAME...` prints, in its order (systemctl separates
 * them by a blank line); a glob among the names gives one record per loaded unit it matches.
 * @throws SwaysockError `ERR_SWAYSOCK_EXEC` with systemctl's stderr when it fails (no user manager, timeout).
 */
async function showRecords(names: string[], props: string[]): Promise<UnitProperties[]> {
  // The helper's default deadline, SYSTEMCTL_QUERY_TIMEOUT_MS: generous for a slow, busy machine.
  const r = await systemctlUser(['show', '-p', props.join(','), '--', ...names]);
  if (r.code !== 0) throw new SwaysockError('ERR_SWAYSOCK_EXEC', `systemctl --user show failed (exit ${r.code}): ${r.stderr.trim() || 'no output'}`);
  return r.stdout.split(/\n\n/).map((block) => {
    const rec: UnitProperties = {};
    for (const line of block.split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) rec[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return rec;
  });
}

/**
 * `systemctl --user show -p PROPS UNIT...`, one record per unit in the order asked. A unit the
 * manager does not know still gets a record (LoadState=not-found). Space-separated list
 * properties (After=, PartOf=) stay strings; see {@link listProperty}.
 * @throws as {@link showRecords}.
 */
export async function showUnits(units: string[], props: string[]): Promise<UnitProperties[]> {
  if (units.length === 0) return [];
  const records = await showRecords(units, props);
  return units.map((_, i) => records[i] ?? {});
}

/**
 * `systemctl --user show -p Id,PROPS NAME...` where names may be globs (matched against loaded
 * units), keyed by each record's Id: every unit a glob matches, not one record per name. A name
 * that matches nothing loaded is absent; an exact name of a unit the manager does not know gets a
 * record with LoadState=not-found.
 * @throws as {@link showRecords}.
 */
export async function showById(names: string[], props: string[]): Promise<Map<string, UnitProperties>> {
  if (names.length === 0) return new Map();
  const records = await showRecords(names, ['Id', ...props]);
  return new Map(records.filter((r) => r.Id).map((r) => [r.Id!, r]));
}

/** A space-separated list property (After=, Wants=, PartOf=, ...) as an array. */
export function listProperty(rec: UnitProperties, name: string): string[] {
  return (rec[name] ?? '').split(/\s+/).filter((s) => s !== '');
}
