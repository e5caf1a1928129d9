// The two parsers of every option table (ts/cli/options.ts): util.parseArgs (the fast path of
// `swaysock`'s commands, the standalone programs) and yargs (`swaysock`'s tree) must read one
// command line alike. The corpus is made from the tables themselves, so an option added to a table
// is covered without a new case here; a table of every kind of option covers the kinds no program
// uses yet.
import t, { type Test } from 'tap';
import yargs from 'yargs';
import { defineCommand, type CommandSpec } from '../../ts/cli/command.js';
import { TABLE_COMMANDS } from '../../ts/cli/commands.js';
import { parseFast } from '../../ts/cli/dispatch.js';
import { buildCli } from '../../ts/cli/main.js';
import { operandsOf, parseOptions, type OptionSpec, type OptionTable } from '../../ts/cli/options.js';
import type { ProgramSpec } from '../../ts/cli/program.js';
import { cleanupProgram } from '../../ts/cli/programs/cleanup.js';
import { healthdProgram } from '../../ts/cli/programs/healthd.js';
import { EXIT_USAGE, exitCodeOf, UsageError } from '../../ts/cli/usage.js';
import { hasCode } from '../../ts/errors/errors.js';
import { commandModules } from '../../ts/cli/yargs-tree.js';

/** An error the programs report as a usage error (exit 64): a UsageError, or another code of that exit code (a bad --metrics-listen). */
function isUsageError(err: unknown): boolean {
  return hasCode(err) && exitCodeOf(err) === EXIT_USAGE;
}

type Outcome = { args: Record<string, unknown> } | 'usage error';

/** A parser under test: the outcome of one command line (the words after the command's). */
type Parser = (argv: string[]) => Outcome | Promise<Outcome>;

/** The table parser on `table`, then its rules. */
function viaParseOptions(table: OptionTable, check?: (args: never) => void): Parser {
  return (argv) => {
    try {
      const args = parseOptions(table, argv);
      if (args === 'help') throw new Error('help is no outcome here');
      check?.(args as never);
      return { args };
    } catch (err) {
      if (isUsageError(err)) return 'usage error';
      throw err;
    }
  };
}

/** yargs on `table` alone, as one command of a yargs tree (yargs-tree.ts), whatever program the table is of. */
function viaYargsTable(table: OptionTable, check?: (args: never) => void): Parser {
  return async (argv) => {
    let ran = null as Outcome | null;
    const spec: CommandSpec = { words: ['table'], describe: 'the table', options: table, ...(check ? { check } : {}), run: async () => {} };
    try {
      await yargs(['table', ...argv])
        .command(
          commandModules([spec], [], async (_, args) => {
            ran = { args };
          }),
        )
        .strict()
        .help(false)
        .version(false)
        .fail((msg, err) => {
          throw hasCode(err) ? err : new UsageError(err?.message ?? msg);
        })
        .parseAsync();
    } catch (err) {
      if (isUsageError(err)) return 'usage error';
      throw err;
    }
    if (ran === null) throw new Error(`yargs ran nothing for ${JSON.stringify(argv)}`);
    return ran;
  };
}

/** `swaysock`'s fast path: the command's values, or a refusal (then yargs decides). */
function viaFastPath(spec: CommandSpec): Parser {
  return (argv) => {
    const fast = parseFast([...spec.words, ...argv]);
    if (fast === null) return 'usage error';
    if (fast.spec !== spec) throw new Error(`the fast path took ${JSON.stringify(argv)} as ${fast.spec.words.join(' ')}`);
    return { args: fast.args };
  };
}

/** `swaysock`'s yargs tree: the values it would run the command with, or a usage error. */
function viaYargsTree(spec: CommandSpec): Parser {
  return async (argv) => {
    let ran = null as Outcome | null;
    try {
      await buildCli([...spec.words, ...argv], async (s, args) => {
        if (s !== spec) throw new Error(`yargs ran ${s.words.join(' ')} for ${JSON.stringify(argv)}`);
        ran = { args };
      }).parseAsync();
    } catch (err) {
      if (isUsageError(err)) return 'usage error';
      throw err;
    }
    if (ran === null) throw new Error(`yargs ran nothing for ${JSON.stringify(argv)}`);
    return ran;
  };
}

/** Valid spellings of one option (or of the operands). */
function validWords(name: string, o: OptionSpec): string[][] {
  switch (o.type) {
    case 'boolean':
      return o.default === true
        ? [[`--${name}`], [`--no-${name}`], [`--${name}`, `--no-${name}`], [`--no-${name}`, `--${name}`], [`--${name}`, `--${name}`]]
        : [[`--${name}`], [`--${name}`, `--${name}`]];
    case 'number': {
      const common = [[`--${name}`, '2'], [`--${name}`, '1e3'], [`--${name}`, '7', `--${name}`, '3'], [`--${name}=12`]];
      if (o.range === 'count') return common;
      if (o.range === 'non-negative') return [...common, [`--${name}=0.5`], [`--${name}`, '0'], [`--${name}=`]];
      return [...common, [`--${name}=0.5`]];
    }
    case 'string': {
      const words = [[`--${name}`, 'some value'], [`--${name}=x=y`], [`--${name}=`], [`--${name}`, '-'], [`--${name}`, 'first', `--${name}`, 'second']];
      // An optional value is never `-`: `--name -` is `--name` and the operand `-` to both parsers.
      return o.optionalValue ? [...words.slice(0, 3), words[4]!, [`--${name}`], [`--${name}`, `--${name}`, 'v'], [`--${name}`, `--${name}`]] : words;
    }
    case 'operands':
      return [['one.service'], ['one.service', 'two.service'], ['--', 'one.service'], ['--', '-x.service', '--y'], ['one.service', '--', 'two.service']];
  }
}

/** Spellings of one option both parsers refuse. */
function invalidWords(name: string, o: OptionSpec): string[][] {
  switch (o.type) {
    case 'boolean':
      return [];
    case 'number': {
      const bad = [[`--${name}`], [`--${name}`, '--bogus'], [`--${name}`, '-x'], [`--${name}`, 'abc'], [`--${name}=-1`], [`--${name}`, 'Infinity']];
      if (o.range === 'count') return [...bad, [`--${name}`, '1.5'], [`--${name}`, '0'], [`--${name}=`]];
      if (o.range === 'non-negative') return bad;
      return [...bad, [`--${name}`, '0'], [`--${name}=`]];
    }
    case 'string':
      return o.optionalValue
        ? [
            [`--${name}`, '--bogus'],
            [`--${name}`, '-x'],
          ]
        : [[`--${name}`], [`--${name}`, '--bogus'], [`--${name}`, '-x']];
    case 'operands':
      return o.min > 0 ? [[]] : [];
  }
}

/** Spellings yargs reads and the table parser leaves to it (the dispatcher then hands the line to yargs). */
function yargsOnlyWords(name: string, o: OptionSpec, table: OptionTable): string[][] {
  if (o.type === 'operands') return [];
  const camel = name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
  const renamed = camel === name ? [] : [[`--${camel}`, ...(o.type === 'boolean' ? [] : ['1'])]];
  if (o.type !== 'boolean') return renamed;
  // With operands, `--name true` is an operand to the table parser: not a spelling to rely on.
  const withValue = operandsOf(table) === null ? [[`--${name}`, 'true']] : [];
  return [...(o.default === true ? [] : [[`--no-${name}`]]), [`--${name}=false`], ...withValue, ...renamed];
}

/**
 * The corpus of one table. `base`: words every line starts with, so that the table's rules can
 * hold (the one mode `swaysock units` needs); lines that break a rule must be refused by both.
 */
function corpus(table: OptionTable, base: readonly string[] = []) {
  const entries = Object.entries(table);
  const operands = operandsOf(table);
  const needed = operands !== null && operands[1].min > 0 ? ['one.service'] : [];
  const valid: string[][] = [[...needed]];
  for (const [name, o] of entries) valid.push(...validWords(name, o).map((w) => (o.type === 'operands' ? w : [...needed, ...w])));
  // Every option at once, in table order and reversed (operands first or last).
  valid.push(entries.flatMap(([name, o]) => validWords(name, o)[0]!));
  valid.push(
    entries
      .slice()
      .reverse()
      .flatMap(([name, o]) => validWords(name, o)[0]!),
  );
  const invalid: string[][] = [['--bogus'], ['-x'], ...(operands === null ? [['extra'], ['--', 'extra']] : [])].map((w) => [...needed, ...w]);
  for (const [name, o] of entries) invalid.push(...invalidWords(name, o).map((w) => (o.type === 'operands' ? w : [...needed, ...w])));
  const yargsOnly: string[][] = [];
  for (const [name, o] of entries) yargsOnly.push(...yargsOnlyWords(name, o, table).map((w) => [...needed, ...w]));
  const prefix = (lines: string[][]) => lines.map((w) => [...base, ...w]);
  return { valid: prefix(valid), invalid: prefix(invalid), yargsOnly: prefix(yargsOnly) };
}

/**
 * Checks one table's corpus: each valid line is read by the table parser (`accepts`: its
 * spellings, before the rules) and both parsers give the same values or both refuse (a rule);
 * both refuse each invalid line; the table parser leaves each yargs-only line to yargs, which reads
 * its spellings (yargs on the table before the rules: a yargs-only line may still break one).
 */
async function checkParity(t: Test, table: OptionTable, base: readonly string[], table_: Parser, yargs_: Parser): Promise<void> {
  const { valid, invalid, yargsOnly } = corpus(table, base);
  let ran = 0;
  for (const argv of valid) {
    t.not(viaParseOptions(table)(argv), 'usage error', `the table parser reads ${JSON.stringify(argv)}`);
    const outcome = await table_(argv);
    if (outcome !== 'usage error') ran++;
    t.same(await yargs_(argv), outcome, `same outcome from both parsers for ${JSON.stringify(argv)}`);
  }
  t.ok(ran > 0, 'some valid lines pass the rules');
  for (const argv of invalid) {
    t.equal(await table_(argv), 'usage error', `the table parser refuses ${JSON.stringify(argv)}`);
    t.equal(await yargs_(argv), 'usage error', `yargs refuses ${JSON.stringify(argv)}`);
  }
  for (const argv of yargsOnly) {
    t.equal(await table_(argv), 'usage error', `${JSON.stringify(argv)} goes to yargs`);
    t.not(await viaYargsTable(table)(argv), 'usage error', `yargs reads ${JSON.stringify(argv)}`);
  }
}

/** Words a command's lines start with so that its rules can hold. */
const BASE: Record<string, readonly string[]> = { units: ['--print'] };

for (const spec of TABLE_COMMANDS) {
  const name = spec.words.join(' ');
  t.test(`swaysock ${name}`, (t) => checkParity(t, spec.options, BASE[name] ?? [], viaFastPath(spec), viaYargsTree(spec)));
}

/** The standalone programs (ts/cli/program.ts): they run the table parser only, and their tables read alike in yargs. */
const PROGRAMS: readonly ProgramSpec[] = [cleanupProgram, healthdProgram];

for (const program of PROGRAMS) {
  t.test(program.name, (t) =>
    checkParity(t, program.options, [], viaParseOptions(program.options, program.check), viaYargsTable(program.options, program.check)),
  );
}

/** Every kind of option, and a rule between two of them. */
const EVERY_KIND = defineCommand({
  words: ['every-kind'],
  describe: 'A table of every kind of option',
  options: {
    flag: { type: 'boolean', describe: 'off by default' },
    'on-flag': { type: 'boolean', default: true, describe: 'on by default' },
    text: { type: 'string', value: 'TEXT', describe: 'a string' },
    many: { type: 'string', value: 'ITEM', multiple: true, describe: 'repeatable' },
    maybe: { type: 'string', value: 'DIR', optionalValue: true, describe: 'a value that may be left out' },
    positive: { type: 'number', value: 'S', default: 5, unit: 'seconds', describe: '> 0' },
    'non-negative': { type: 'number', value: 'S', default: 0, range: 'non-negative', describe: '>= 0' },
    count: { type: 'number', value: 'N', range: 'count', describe: 'an integer >= 1, no default' },
    units: { type: 'operands', value: 'UNIT', min: 1, describe: 'operands' },
  },
  check: (args) => {
    if (args.flag && args.text === 'forbidden') throw new UsageError('--flag refuses --text forbidden');
  },
  run: async () => {},
});

t.test('a table of every kind of option, read alike by util.parseArgs and by yargs', async (t) => {
  const { options, check } = EVERY_KIND;
  await checkParity(t, options, [], viaParseOptions(options, check), viaYargsTable(options, check));
  const ruled = ['--flag', '--text', 'forbidden', 'one.service'];
  t.equal(viaParseOptions(options, check)(ruled), 'usage error', 'the rule holds in the table parser');
  t.equal(await viaYargsTable(options, check)(ruled), 'usage error', 'and in yargs');
  t.same(viaParseOptions(options)(['--on-flag', '--no-on-flag', '--maybe', '--flag', 'a', 'b']), {
    args: { flag: true, 'on-flag': false, text: undefined, many: [], maybe: '', positive: 5, 'non-negative': 0, count: undefined, units: ['a', 'b'] },
  });
});

t.test('the words of a command group alone, or an unknown subcommand, are usage errors in both', async (t) => {
  for (const argv of [['diagnose'], ['diagnose', 'bogus'], ['bogus'], []]) {
    t.equal(parseFast(argv), null, JSON.stringify(argv));
    // A usage error may be thrown before parseAsync() returns its promise.
    await t.rejects(async () => buildCli(argv, async () => {}).parseAsync(), UsageError, JSON.stringify(argv));
  }
});

t.test('help is left to yargs', async (t) => {
  for (const spec of TABLE_COMMANDS) for (const help of ['--help', '-h']) t.equal(parseFast([...spec.words, help]), null);
});
