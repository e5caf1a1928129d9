/**
 * Option tables: one declaration of a program's or command's options that drives every parser of
 * it: Node's `util.parseArgs` ({@link parseOptions}: the standalone programs, and the fast path of
 * every `swaysock` command, see dispatch.ts) and yargs (`swaysock`'s help, completion and usage
 * errors, see yargs-tree.ts).
 *
 * Only spellings both parsers read alike are accepted by {@link parseOptions}: `--name`,
 * `--name VALUE`, `--name=VALUE`, `--no-name` for a switch that is on by default, `--name` alone
 * for an option whose value is optional, operands where the table takes them. Whatever it refuses
 * goes to yargs, which either reads it the same way or refuses it too
 * (tests/unit/cli-parsers.test.ts parses one corpus with both, for every table).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './usage.js';

/** A switch: `--name`; false unless given. With `default: true` it is on unless `--no-name` is given (the last of the two wins). */
export interface BooleanOption {
  type: 'boolean';
  describe: string;
  default?: boolean;
}

/**
 * `--name VALUE`; `multiple`: repeatable, collected in order (default `[]`). `optionalValue`:
 * `--name` alone (at the end, or before another option) is the empty string, as in
 * `--install [DIR]`.
 */
export interface StringOption {
  type: 'string';
  describe: string;
  /** Placeholder in usage lines, e.g. `DIR`. */
  value: string;
  default?: string;
  multiple?: boolean;
  optionalValue?: boolean;
}

/**
 * `--name N`: a finite number (JavaScript `Number()` syntax) in `range`: `positive` (> 0, the
 * default), `non-negative` (>= 0) or `count` (an integer >= 1). Without a default it is undefined
 * unless given.
 */
export interface NumberOption {
  type: 'number';
  describe: string;
  value: string;
  default?: number;
  range?: 'positive' | 'non-negative' | 'count';
  /** What it counts, named in the range's message ("seconds"); none for a plain number. */
  unit?: string;
}

/** The operands after the options (`migrate UNIT...`): at least `min` words, collected in order. */
export interface OperandsOption {
  type: 'operands';
  describe: string;
  /** Placeholder in usage lines, e.g. `UNIT`. */
  value: string;
  min: number;
}

export type OptionSpec = BooleanOption | StringOption | NumberOption | OperandsOption;

/** Option name (long form, without `--`; for operands the name their values get) to its spec. At most one `operands` entry. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** What a table parses to: booleans, strings (`undefined` when absent without default), string arrays, numbers. */
export type ArgsOf<T extends OptionTable> = {
  -readonly [K in keyof T]: T[K] extends BooleanOption
    ? boolean
    : T[K] extends NumberOption
      ? T[K] extends { default: number }
        ? number
        : number | undefined
      : T[K] extends OperandsOption
        ? string[]
        : T[K] extends { multiple: true }
          ? string[]
          : T[K] extends { default: string }
            ? string
            : string | undefined;
};

/**
 * The value of a number option from its text, as yargs reads it (`Number()`); shared by both parsers.
 * @throws UsageError unless it is a finite number in the option's range.
 */
export function numberValue(name: string, spec: NumberOption, value: number | string): number {
  const n = Number(value);
  const unit = spec.unit === undefined ? '' : ` of ${spec.unit}`;
  switch (spec.range ?? 'positive') {
    case 'positive':
      if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} needs a positive number${unit}`);
      break;
    case 'non-negative':
      if (!(Number.isFinite(n) && n >= 0)) throw new UsageError(`--${name} needs a number${unit} >= 0`);
      break;
    case 'count':
      if (!(Number.isInteger(n) && n >= 1)) throw new UsageError(`--${name} needs a positive integer`);
  }
  return n;
}

/** The last value of an option given several times (both parsers keep the last). */
export function lastValue<V>(value: V | V[]): V {
  return Array.isArray(value) ? value[value.length - 1]! : value;
}

/**
 * The operands `words` of an operands entry, as both parsers give them.
 * @throws UsageError when there are fewer than `spec.min`.
 */
export function operandValues(spec: OperandsOption, words: readonly string[]): string[] {
  // yargs' own wording for a command's missing operands, which `swaysock migrate` has always given.
  if (words.length < spec.min) throw new UsageError(`Not enough non-option arguments: got ${words.length}, need at least ${spec.min}`);
  return [...words];
}

/** The operands entry of `table`, with its name; null when it takes none. */
export function operandsOf(table: OptionTable): [name: string, spec: OperandsOption] | null {
  const entry = Object.entries(table).find((e): e is [string, OperandsOption] => e[1].type === 'operands');
  return entry ?? null;
}

/**
 * `argv` with every option of `table` whose value is optional and that is given bare (`--name`
 * at the end, or before a word that starts with `-`, `-` itself included) written `--name=`:
 * the empty value yargs reads there too.
 */
function withEmptyValues(table: OptionTable, argv: readonly string[]): string[] {
  const optional = new Set(Object.entries(table).flatMap(([name, spec]) => (spec.type === 'string' && spec.optionalValue ? [`--${name}`] : [])));
  if (optional.size === 0) return [...argv];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    out.push(optional.has(word) && (next === undefined || next.startsWith('-')) ? `${word}=` : word);
  }
  return out;
}

/**
 * Parses `argv` (the words after the command) against `table` with `util.parseArgs`.
 * @returns the values with defaults filled in, or `'help'` when `--help` or `-h` is given.
 * @throws UsageError on an unknown option or spelling, a missing value, a bad number, an operand
 *   the table does not take, or fewer operands than it needs.
 */
export function parseOptions<T extends OptionTable>(table: T, argv: readonly string[]): ArgsOf<T> | 'help' {
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(table)) {
    if (spec.type === 'operands') continue;
    options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.type === 'string' && spec.multiple === true };
    if (spec.type === 'boolean' && spec.default === true) options[`no-${name}`] = { type: 'boolean' };
  }
  const operands = operandsOf(table);
  const parse = () => {
    try {
      return parseArgs({ args: withEmptyValues(table, argv), strict: true, allowPositionals: operands !== null, tokens: true, options });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  };
  const { values, positionals, tokens } = parse();
  if (values.help) return 'help';
  /** The name of the last of `--name` and `--no-name` given; undefined when neither was. */
  const lastSwitch = (name: string): string | undefined => {
    let last: string | undefined;
    for (const tk of tokens) if (tk.kind === 'option' && (tk.name === name || tk.name === `no-${name}`)) last = tk.name;
    return last;
  };
  const args: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    const v = values[name];
    if (spec.type === 'boolean') {
      // The last of --name and --no-name wins; neither: the default.
      const last = lastSwitch(name);
      args[name] = last === undefined ? (spec.default ?? false) : last === name;
    } else if (spec.type === 'number') args[name] = v === undefined ? spec.default : numberValue(name, spec, v as string);
    else if (spec.type === 'operands') args[name] = operandValues(spec, positionals);
    else args[name] = v ?? (spec.multiple ? [] : spec.default);
  }
  return args as ArgsOf<T>;
}

/** `--name VALUE`, `--name [VALUE]`, `--[no-]name`, `--name` or `VALUE...` as it appears in usage lines. */
export function optionWords(name: string, spec: OptionSpec): string {
  switch (spec.type) {
    case 'boolean':
      return spec.default === true ? `--[no-]${name}` : `--${name}`;
    case 'operands':
      return `${spec.value}...`;
    case 'string':
      return spec.optionalValue ? `--${name} [${spec.value}]` : `--${name} ${spec.value}`;
    case 'number':
      return `--${name} ${spec.value}`;
  }
}

/** ` (default: …)` after an option's help text when it has a default: its value, or `on` for a switch on by default. */
function defaultNote(spec: OptionSpec): string {
  if (spec.type === 'boolean') return spec.default === true ? ' (default: on)' : '';
  if (spec.type === 'operands' || spec.default === undefined) return '';
  return ` (default: ${spec.default})`;
}

/** The `Options:` lines of a plain-text help: one per option (operands first) with its default, then `--help`. */
export function optionLines(table: OptionTable): string {
  const entries = Object.entries(table).sort(([, a], [, b]) => Number(b.type === 'operands') - Number(a.type === 'operands'));
  const rows: [string, string][] = entries.map(([name, spec]) => [optionWords(name, spec), `${spec.describe}${defaultNote(spec)}`]);
  rows.push(['--help', 'Show this help']);
  const width = Math.max(...rows.map(([w]) => w.length)) + 2;
  return rows.map(([w, d]) => `  ${w.padEnd(width)}${d}`).join('\n');
}

/** A synopsis `[--a] [--b VALUE]... OPERAND...` of the table. */
export function synopsis(table: OptionTable): string {
  const operands = operandsOf(table);
  const options = Object.entries(table)
    .filter(([, spec]) => spec.type !== 'operands')
    .map(([name, spec]) => `[${optionWords(name, spec)}]${spec.type === 'string' && spec.multiple ? '...' : ''}`);
  return [...options, ...(operands === null ? [] : [optionWords(...operands)])].join(' ');
}
