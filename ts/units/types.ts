/**
 * Typed systemd unit definitions: the one source from which both the JSON for the Nix module
 * (units/swaysock-units.json) and the plain unit files for non-Nix installs are generated.
 *
 * Shapes follow systemd.unit(5) and home-manager's `systemd.user.<kind>.<name>` attribute sets:
 * sections (`Unit`, `Service`, `Socket`, `Timer`, `Install`) of `Key = value`, where a list means
 * the key repeated once per entry (home-manager's `listsAsDuplicateKeys`).
 */
import { SwaysockError } from '../errors/errors.js';

/** A module setting that a unit value refers to; the module and the CLI fill it in. */
export type SettingName = keyof UnitSettings;

/**
 * Values of the settings, by name: `healthd.interval` in seconds; the timer spans are
 * systemd.time(7) spans ("5min"); `metrics.textfile.path` is the absolute path of the file the
 * textfile timer writes (`DIR/swaysock.prom`), null (no default) until its units are asked for.
 */
export interface UnitSettings {
  'healthd.interval': number;
  'cleanup.onStartupSec': string;
  'cleanup.onUnitActiveSec': string;
  'metrics.textfile.path': string | null;
  'metrics.textfile.interval': string;
}

/** A reference to a setting, in place of a literal value (JSON: `{"setting": "healthd.interval"}`). */
export interface SettingRef {
  setting: SettingName;
}

/**
 * A command line for `ExecStart=` or `ExecStop=`: `command[0]` is one of our programs by its bin name
 * (`swaysock-healthd`), which the Nix module prefixes with `${cfg.package}/bin/` and the CLI
 * replaces with the running installation's absolute paths; the rest are arguments, literal words
 * that need no quoting (checked by {@link assertPlainWord}) or setting references.
 */
export interface ExecCommand {
  command: [ProgramName, ...(string | SettingRef)[]];
}

/** The programs we ship, by bin name (package.json `bin`). */
export type ProgramName = 'swaysock' | 'swaysock-healthd' | 'swaysock-cleanup';

/** One value of a unit file key before resolution. */
export type UnitValue = string | string[] | SettingRef | ExecCommand;

/** One section: keys in the order they are written. */
export type UnitSection = Record<string, UnitValue>;

/** A unit: its sections by name (`Unit` first, `Install` last). */
export type UnitSections = Record<string, UnitSection>;

/** The kind of a unit (the suffix of its name), as home-manager names its option sets. */
export type UnitKind = 'service' | 'socket' | 'target' | 'timer';

/** The same unit with settings and commands resolved: every value a string or list of strings. */
export type ResolvedSections = Record<string, Record<string, string | string[]>>;

/** Words allowed unquoted in a generated `ExecStart=`: no whitespace, quotes, `%`, `$` or `\`. */
const PLAIN_WORD = /^[A-Za-z0-9._/=:+,@-]+$/;

/**
 * Checks that a literal argument needs no quoting or escaping under systemd.service(5)'s command
 * line rules, so the Nix side can join words with spaces.
 * @throws SwaysockError `ERR_SWAYSOCK_UNIT_WORD` naming the word otherwise.
 */
export function assertPlainWord(word: string): void {
  if (!PLAIN_WORD.test(word)) throw new SwaysockError('ERR_SWAYSOCK_UNIT_WORD', `unit argument ${JSON.stringify(word)} would need quoting; use plain words`);
}

/** True when `value` is an {@link ExecCommand}. */
export function isExecCommand(value: UnitValue): value is ExecCommand {
  return typeof value === 'object' && !Array.isArray(value) && 'command' in value;
}

/** True when `value` is a {@link SettingRef}. */
export function isSettingRef(value: unknown): value is SettingRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'setting' in value;
}
