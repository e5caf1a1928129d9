/**
 * Option tables: one declaration of a command's options that drives both of its parsers, Node's
 * `util.parseArgs` (the fast path: `swaysock-cleanup`, and every `swaysock` command that has a
 * table, see dispatch.ts) and yargs (help, completion and usage errors, see yargs-tree.ts).
 *
 * Only spellings both parsers read alike are accepted by {@link parseOptions}: `--name`,
 * `--name VALUE`, `--name=VALUE`. Whatever it refuses goes to yargs, which either reads it the
 * same way or refuses it too (tests/unit/cli-parsers.test.ts parses one corpus with both).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './usage.js';

/** A switch: `--name`; false unless given. */
export interface BooleanOption {
  type: 'boolean';
  describe: string;
}

/** `--name VALUE`; `multiple`: repeatable, collected in order (default `[]`). */
export interface StringOption {
  type: 'string';
  describe: string;
  /** Placeholder in usage lines, e.g. `DIR`. */
  value: string;
  default?: string;
  multiple?: boolean;
}

/** `--name N`: a positive finite number (JavaScript `Number()` syntax), in the unit `describe` names. */
export interface NumberOption {
  type: 'number';
  describe: string;
  value: string;
  default: number;
}

export type OptionSpec = BooleanOption | StringOption | NumberOption;

/** Option name (long form, without `--`) to its spec. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** What a table parses to: booleans, strings (`undefined` when absent without default), string arrays, numbers. */
export type ArgsOf<T extends OptionTable> = {
  -readonly [K in keyof T]: T[K] extends BooleanOption
    ? boolean
    : T[K] extends NumberOption
      ? number
      : T[K] extends { multiple: true }
        ? string[]
        : T[K] extends { default: string }
          ? string
          : string | undefined;
};

/**
 * The value of a number option from its text, as yargs reads it (`Number()`); shared by both parsers.
 * @throws UsageError unless it is a positive finite number.
 */
export function numberValue(name: string, value: number | string): number {
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} needs a positive number`);
  return n;
}

/** The last value of an option given several times (both parsers keep the last). */
export function lastValue<V>(value: V | V[]): V {
  return Array.isArray(value) ? value[value.length - 1]! : value;
}

/**
 * Parses `argv` (the words after the command) against `table` with `util.parseArgs`.
 * @returns the values with defaults filled in, or `'help'` when `--help` or `-h` is given.
 * @throws UsageError on an unknown option or spelling, a missing value, a bad number or an operand.
 */
export function parseOptions<T extends OptionTable>(table: T, argv: readonly string[]): ArgsOf<T> | 'help' {
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(table)) options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.type === 'string' && spec.multiple === true };
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  const args: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    const v = values[name];
    if (spec.type === 'boolean') args[name] = v === true;
    else if (spec.type === 'number') args[name] = v === undefined ? spec.default : numberValue(name, v as string);
    else args[name] = v ?? (spec.multiple ? [] : spec.default);
  }
  return args as ArgsOf<T>;
}

/** `--name VALUE` (or `--name`) as it appears in usage lines. */
export function optionWords(name: string, spec: OptionSpec): string {
  return spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.value}`;
}

/** The `Options:` lines of a plain-text help: one per option, then `--help`. */
export function optionLines(table: OptionTable): string {
  const rows: [string, string][] = Object.entries(table).map(([name, spec]) => [optionWords(name, spec), spec.describe]);
  rows.push(['--help', 'Show this help']);
  const width = Math.max(...rows.map(([w]) => w.length)) + 2;
  return rows.map(([w, d]) => `  ${w.padEnd(width)}${d}`).join('\n');
}

/** A synopsis `[--a] [--b VALUE]...` of the table. */
export function synopsis(table: OptionTable): string {
  return Object.entries(table)
    .map(([name, spec]) => `[${optionWords(name, spec)}]${spec.type === 'string' && spec.multiple ? '...' : ''}`)
    .join(' ');
}
