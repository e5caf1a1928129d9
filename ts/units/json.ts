/**
 * The committed JSON form of the unit definitions, read by the Nix module with
 * `builtins.fromJSON` (nix/units.nix). Shape (version 1):
 * `{ version, generatedBy, settings: {NAME: default}, optional: [unit...], units: {FILE: {Section: {Key: value}}} }`
 * where a value is a string, a list of strings (the key repeated), `{"setting": NAME}`, or
 * `{"command": [binName, arg | {"setting": NAME}, ...]}`.
 */
import { OPTIONAL_UNITS, UNITS } from './definitions.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { assertPlainWord, isExecCommand, isSettingRef } from './types.js';

/**
 * The JSON text (2-space indent, trailing newline; deterministic).
 * @throws Error when a command argument would need quoting (see assertPlainWord).
 */
export function unitsJson(): string {
  for (const sections of Object.values(UNITS)) {
    for (const keys of Object.values(sections)) {
      for (const value of Object.values(keys)) {
        if (!isExecCommand(value)) continue;
        for (const word of value.command) if (!isSettingRef(word)) assertPlainWord(word);
      }
    }
  }
  const doc = {
    version: 1,
    generatedBy: 'npm run units:generate (ts/units/); do not edit',
    settings: DEFAULT_SETTINGS,
    optional: OPTIONAL_UNITS,
    units: UNITS,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
