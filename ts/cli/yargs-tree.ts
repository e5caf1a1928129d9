/**
 * The yargs side of the option tables (options.ts): yargs command modules built from the
 * command specs (command.ts), for help, completion and usage errors. Only main.ts loads it.
 */
import type { Argv, CommandModule, Options } from 'yargs';
import { UsageError } from './usage.js';
import type { CommandGroup, CommandSpec } from './command.js';
import { lastValue, numberValue, operandsOf, operandValues, synopsis, type OptionSpec, type OptionTable } from './options.js';

/** What a command module does with a parsed command: run it (main.ts) or record it (tests). */
export type Runner = (spec: CommandSpec, args: Record<string, unknown>) => Promise<void>;

/**
 * The yargs declaration of one option, read the way {@link parseOptions} reads it: a value is
 * required unless it is optional, a repeated option keeps its last value (a `multiple` one
 * collects one value per occurrence: yargs' `array` would also take the words that follow),
 * numbers go through {@link numberValue}, a switch on by default is turned off by `--no-NAME`.
 * Operands are no option: {@link specModule} declares them as a positional.
 */
export function yargsOption(name: string, spec: Exclude<OptionSpec, { type: 'operands' }>): Options {
  switch (spec.type) {
    case 'boolean':
      return { type: 'boolean', default: spec.default ?? false, describe: spec.describe, coerce: lastValue };
    case 'number':
      return {
        type: 'number',
        requiresArg: true,
        describe: spec.describe,
        coerce: (v: number | number[]) => numberValue(name, spec, lastValue(v)),
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
    case 'string':
      if (spec.multiple) return { type: 'string', requiresArg: true, default: [], describe: spec.describe, coerce: (v: string | string[]) => [v].flat() };
      return {
        type: 'string',
        requiresArg: !spec.optionalValue,
        describe: spec.describe,
        coerce: lastValue,
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
  }
}

/** Adds every option of `table` to `y` (and its operands as the positional of that name). */
export function addOptions(y: Argv, table: OptionTable): Argv {
  let out = y;
  for (const [name, spec] of Object.entries(table)) {
    out = spec.type === 'operands' ? out.positional(name, { type: 'string', array: true, describe: spec.describe }) : out.option(name, yargsOption(name, spec));
  }
  return out;
}

/**
 * The values of `table` from what yargs parsed, read as {@link parseOptions} reads them: each
 * option's value, and the operands (the positional of that name and the words yargs leaves in
 * `_` after `--`: strict() lets those through); then the table's rules (`check`).
 * @param extra the words of `_` after the command's own.
 * @throws UsageError on operands the table does not take, fewer than it needs, or a broken rule.
 */
export function tableArgs(
  table: OptionTable,
  parsed: Record<string, unknown>,
  extra: readonly unknown[],
  check?: (args: never) => void,
): Record<string, unknown> {
  const operands = operandsOf(table);
  if (operands === null && extra.length > 0) throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);
  const args = Object.fromEntries(Object.keys(table).map((k) => [k, parsed[k]]));
  if (operands !== null) {
    const [name, spec] = operands;
    args[name] = operandValues(spec, [...((parsed[name] as unknown[] | undefined) ?? []), ...extra].map(String));
  }
  check?.(args as never);
  return args;
}

/** The yargs module of one spec (its last word; the group adds the first). */
function specModule(spec: CommandSpec, run: Runner): CommandModule<object, Record<string, unknown>> {
  const operands = operandsOf(spec.options);
  const word = spec.words[spec.words.length - 1]!;
  return {
    // Operands are optional to yargs (`[NAME..]`): tableArgs counts them, after `--` too.
    command: operands === null ? word : `${word} [${operands[0]}..]`,
    describe: spec.describe,
    builder: (y) => addOptions(y.usage(`$0 ${spec.words.join(' ')} ${synopsis(spec.options)}\n\n${spec.describe}`), spec.options),
    handler: (parsed) => run(spec, tableArgs(spec.options, parsed, (parsed._ as unknown[]).slice(spec.words.length), spec.check)),
  };
}

/** Command modules for `specs`, those of a group nested under its word. */
export function commandModules(specs: readonly CommandSpec[], groups: readonly CommandGroup[], run: Runner): CommandModule<object, object>[] {
  const top = specs.filter((s) => s.words.length === 1).map((s) => specModule(s, run));
  const nested = groups.map(
    (g): CommandModule<object, object> => ({
      command: g.word,
      describe: g.describe,
      builder: (y) => y.command(specs.filter((s) => s.words[0] === g.word && s.words.length === 2).map((s) => specModule(s, run))).demandCommand(1, g.missing),
      handler: () => {},
    }),
  );
  return [...top, ...nested];
}
