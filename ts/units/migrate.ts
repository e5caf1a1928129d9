/**
 * `swaysock migrate UNIT...` for non-Nix installs: moves existing user services from
 * `graphical-session.target` onto `sway-session.target`, as the home-manager module's
 * `sessionServices` does for Nix users. For each unit:
 *  - a drop-in `UNIT.d/swaysock-session.conf` adds `After=` and `PartOf=sway-session.target`
 *    (systemd.unit(5), "drop-in"; drop-ins can add dependencies but cannot remove them, so an
 *    existing `PartOf=graphical-session.target` stays: harmless, since the session target
 *    `BindsTo=graphical-session.target`);
 *  - its wants link moves from `graphical-session.target.wants/` to `sway-session.target.wants/`
 *    (made anew, pointing at the unit's file, when it was enabled elsewhere or not at all; when the
 *    new link exists already, an old one left beside it is removed);
 *  - links that enable it system-wide (`/etc/systemd/user/*.wants/UNIT`, made by a package or
 *    `systemctl --global enable`) are reported: they belong to root and every user, so they are
 *    not moved, and the unit still starts with whatever target they name;
 * then the user manager reloads.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SwaysockError } from '../errors/errors.js';
import { SYSTEM_USER_UNIT_DIR } from '../paths/paths.js';
import { SYSTEMCTL_RELOAD_TIMEOUT_MS, systemctlUser } from '../systemd/manager.js';

/** Name of the drop-in file written for each migrated unit. */
export const MIGRATE_DROP_IN = 'swaysock-session.conf';

/** The drop-in's text. */
export const MIGRATE_DROP_IN_TEXT = `# Written by swaysock migrate: bind this service to the Sway session.
[Unit]
After=sway-session.target
PartOf=sway-session.target
`;

/** What was done for one unit. */
export interface MigrationResult {
  unit: string;
  dropIn: string;
  /** `moved` from graphical-session.target.wants, `created`, or `kept` (already there). */
  wants: 'moved' | 'created' | 'kept';
  /** The old `graphical-session.target.wants` link, removed because the new one existed already; null if none. */
  removedOldLink: string | null;
  /** System-wide links that also enable the unit (`SYSTEM_DIR/*.wants/UNIT`), left alone. */
  systemLinks: string[];
}

/** A unit that cannot be migrated (unknown to the manager, not a service, ...): `ERR_SWAYSOCK_MIGRATE`. */
export class MigrateError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_MIGRATE';
  constructor(message: string) {
    super('ERR_SWAYSOCK_MIGRATE', message);
    this.name = 'MigrateError';
  }
}

/**
 * Migrates `units` in the unit directory `unitDir` (see defaultUnitDir) and reloads the manager.
 * @param systemDir where system-wide enablement links are looked for (default {@link SYSTEM_USER_UNIT_DIR}).
 * @throws MigrateError naming the unit when the manager does not know it or it is no service;
 *   nothing is written for any unit then. fs errors (EACCES, ...) as they are.
 */
export async function migrateUnits(units: string[], unitDir: string, systemDir = SYSTEM_USER_UNIT_DIR): Promise<MigrationResult[]> {
  const fragments: string[] = [];
  for (const unit of units) {
    if (!/^[\w:.@\\-]+\.service$/.test(unit)) throw new MigrateError(`${unit}: only services can be migrated (name it UNIT.service)`);
    const show = await systemctlUser(['show', '--property=FragmentPath,LoadState', unit]);
    if (show.code !== 0) throw new MigrateError(`${unit}: the user manager did not answer (${show.stderr.trim() || `exit ${show.code}`})`);
    const props = Object.fromEntries(
      show.stdout
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    if (props.LoadState !== 'loaded' || !props.FragmentPath) throw new MigrateError(`${unit}: no such unit is loaded (LoadState=${props.LoadState ?? '?'})`);
    fragments.push(props.FragmentPath);
  }
  const results = units.map((unit, i) => ({ ...migrateOne(unit, fragments[i]!, unitDir), systemLinks: systemLinks(unit, systemDir) }));
  const reload = await systemctlUser(['daemon-reload'], SYSTEMCTL_RELOAD_TIMEOUT_MS);
  if (reload.code !== 0) throw new MigrateError(`systemctl --user daemon-reload failed (exit ${reload.code}): ${reload.stderr.trim()}`);
  return results;
}

/** `systemDir/*.wants/unit` entries that exist (sorted); none when `systemDir` is missing or unreadable. */
function systemLinks(unit: string, systemDir: string): string[] {
  let dirs: string[];
  try {
    dirs = readdirSync(systemDir)
      .filter((d) => d.endsWith('.wants'))
      .sort();
  } catch {
    return [];
  }
  return dirs.map((d) => join(systemDir, d, unit)).filter((path) => lstatSync(path, { throwIfNoEntry: false }) !== undefined);
}

function migrateOne(unit: string, fragment: string, unitDir: string): Omit<MigrationResult, 'systemLinks'> {
  const dropInDir = join(unitDir, `${unit}.d`);
  mkdirSync(dropInDir, { recursive: true });
  const dropIn = join(dropInDir, MIGRATE_DROP_IN);
  writeFileSync(dropIn, MIGRATE_DROP_IN_TEXT);
  const oldLink = join(unitDir, 'graphical-session.target.wants', unit);
  const newDir = join(unitDir, 'sway-session.target.wants');
  const newLink = join(newDir, unit);
  mkdirSync(newDir, { recursive: true });
  const old = lstatSync(oldLink, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if (lstatSync(newLink, { throwIfNoEntry: false })) {
    if (old) unlinkSync(oldLink);
    return { unit, dropIn, wants: 'kept', removedOldLink: old ? oldLink : null };
  }
  if (old) {
    renameSync(oldLink, newLink);
    return { unit, dropIn, wants: 'moved', removedOldLink: null };
  }
  symlinkSync(fragment, newLink);
  return { unit, dropIn, wants: 'created', removedOldLink: null };
}
