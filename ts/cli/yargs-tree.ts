/**
 * The yargs side of the option tables (options.ts): yargs command modules built from the
 * command specs (command.ts), for help, completion and usage errors. Only main.ts loads it.
 */
import type { Argv, CommandModule, Options } from 'yargs';
import { UsageError } from './usage.js';
import type { CommandGroup, CommandSpec } from './command.js';
import { lastValue, numberValue, synopsis, type OptionSpec, type OptionTable } from './options.js';

/** What a command module does with a parsed command: run it (main.ts) or record it (tests). */
export type Runner = (spec: CommandSpec, args: Record<string, unknown>) => Promise<void>;

/**
 * The yargs declaration of one option, read the way {@link parseOptions} reads it: a value is
 * required, a repeated option keeps its last value (a `multiple` one collects one value per
 * occurrence: yargs' `array` would also take the words that follow), numbers go through
 * {@link numberValue}.
 */
export function yargsOption(name: string, spec: OptionSpec): Options {
  switch (spec.type) {
    case 'boolean':
      return { type: 'boolean', default: false, describe: spec.describe, coerce: lastValue };
    case 'number':
      return { type: 'number', default: spec.default, requiresArg: true, describe: spec.describe, coerce: (v: number | number[]) => numberValue(name, lastValue(v)) };
    case 'string':
      return spec.multiple
        ? { type: 'string', requiresArg: true, default: [], describe: spec.describe, coerce: (v: string | string[]) => [v].flat() }
        : { type: 'string', requiresArg: true, describe: spec.describe, coerce: lastValue, ...(spec.default === undefined ? {} : { default: spec.default }) };
  }
}

/** Adds every option of `table` to `y`. */
export function addOptions(y: Argv, table: OptionTable): Argv {
  let out = y;
  for (const [name, spec] of Object.entries(table)) out = out.option(name, yargsOption(name, spec));
  return out;
}

/** The yargs module of one spec (its last word; the group adds the first). */
function specModule(spec: CommandSpec, run: Runner): CommandModule<object, Record<string, unknown>> {
  return {
    command: spec.words[spec.words.length - 1]!,
    describe: spec.describe,
    builder: (y) => addOptions(y.usage(`$0 ${spec.words.join(' ')} ${synopsis(spec.options)}\n\n${spec.describe}`), spec.options),
    handler: (parsed) => {
      // strict() lets operands after `--` through; the table parser refuses them, so must this.
      const extra = (parsed._ as unknown[]).slice(spec.words.length);
      if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);
      return run(spec, Object.fromEntries(Object.keys(spec.options).map((k) => [k, parsed[k]])));
    },
  };
}

/** Command modules for `specs`, those of a group nested under its word. */
export function commandModules(specs: readonly CommandSpec[], groups: readonly CommandGroup[], run: Runner): CommandModule<object, any>[] {
  const top = specs.filter((s) => s.words.length === 1).map((s) => specModule(s, run));
  const nested = groups.map((g): CommandModule<object, object> => ({
    command: g.word,
    describe: g.describe,
    builder: (y) => y.command(specs.filter((s) => s.words[0] === g.word && s.words.length === 2).map((s) => specModule(s, run))).demandCommand(1, g.missing),
    handler: () => {},
  }));
  return [...top, ...nested];
}
