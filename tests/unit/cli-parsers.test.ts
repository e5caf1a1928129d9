// The two parsers of every `swaysock` command with an option table (ts/cli/options.ts): the fast
// path's util.parseArgs and the yargs tree must read one command line alike. The corpus is made
// from the tables themselves, so an option added to a table is covered without a new case here.
import t from 'tap';
import type { CommandSpec } from '../../ts/cli/command.js';
import { TABLE_COMMANDS } from '../../ts/cli/commands.js';
import { parseFast } from '../../ts/cli/dispatch.js';
import { buildCli } from '../../ts/cli/main.js';
import type { OptionSpec } from '../../ts/cli/options.js';
import { UsageError } from '../../ts/cli/usage.js';

type Outcome = { command: string; args: Record<string, unknown> } | 'usage error';

/** What the fast path makes of `argv`: the command and its values, or a refusal (then yargs decides). */
function viaTable(argv: string[]): Outcome {
  const fast = parseFast(argv);
  return fast === null ? 'usage error' : { command: fast.spec.words.join(' '), args: fast.args };
}

/** What yargs makes of `argv`: the command it would run with which values, or a usage error. */
async function viaYargs(argv: string[]): Promise<Outcome> {
  let ran: Outcome | null = null;
  try {
    await buildCli(argv, async (spec, args) => {
      ran = { command: spec.words.join(' '), args };
    }).parseAsync();
  } catch (err) {
    if (err instanceof UsageError) return 'usage error';
    throw err;
  }
  if (ran === null) throw new Error(`yargs ran nothing for ${JSON.stringify(argv)}`);
  return ran;
}

/** Valid spellings of one option. */
function validWords(name: string, o: OptionSpec): string[][] {
  if (o.type === 'boolean') return [[`--${name}`], [`--${name}`, `--${name}`]];
  if (o.type === 'number') return [[`--${name}`, '2'], [`--${name}=0.5`], [`--${name}`, '1e3'], [`--${name}`, '7', `--${name}`, '3']];
  const repeat = [`--${name}`, 'first', `--${name}`, 'second'];
  return [[`--${name}`, 'some value'], [`--${name}=x=y`], [`--${name}=`], [`--${name}`, '-'], repeat];
}

/** Spellings of one option both parsers refuse. */
function invalidWords(name: string, o: OptionSpec): string[][] {
  if (o.type === 'boolean') return [];
  const missing = [[`--${name}`], [`--${name}`, '--bogus'], [`--${name}`, '-x']];
  return o.type === 'number' ? [...missing, [`--${name}`, 'abc'], [`--${name}`, '0'], [`--${name}=-1`], [`--${name}=`], [`--${name}`, 'Infinity']] : missing;
}

/** Spellings yargs reads and the table parser leaves to it (the dispatcher then hands the line to yargs). */
function yargsOnlyWords(name: string, o: OptionSpec): string[][] {
  const camel = name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
  const renamed = camel === name ? [] : [[`--${camel}`, ...(o.type === 'boolean' ? [] : ['1'])]];
  return o.type === 'boolean' ? [[`--no-${name}`], [`--${name}=false`], [`--${name}`, 'true'], ...renamed] : renamed;
}

function corpus(spec: CommandSpec) {
  const entries = Object.entries(spec.options);
  const valid: string[][] = [[]];
  for (const [name, o] of entries) valid.push(...validWords(name, o));
  // Every option at once, in table order and reversed.
  valid.push(entries.flatMap(([name, o]) => validWords(name, o)[0]!));
  valid.push(entries.slice().reverse().flatMap(([name, o]) => validWords(name, o)[0]!));
  const invalid: string[][] = [['--bogus'], ['extra'], ['--', 'extra'], ['-x']];
  for (const [name, o] of entries) invalid.push(...invalidWords(name, o));
  const yargsOnly: string[][] = [];
  for (const [name, o] of entries) yargsOnly.push(...yargsOnlyWords(name, o));
  const prefix = (words: string[][]) => words.map((w) => [...spec.words, ...w]);
  return { valid: prefix(valid), invalid: prefix(invalid), yargsOnly: prefix(yargsOnly) };
}

for (const spec of TABLE_COMMANDS) {
  t.test(`swaysock ${spec.words.join(' ')}`, async (t) => {
    const { valid, invalid, yargsOnly } = corpus(spec);
    for (const argv of valid) {
      const table = viaTable(argv);
      t.not(table, 'usage error', `the fast path takes ${JSON.stringify(argv)}`);
      t.same(await viaYargs(argv), table, `same values from both parsers for ${JSON.stringify(argv)}`);
    }
    for (const argv of invalid) {
      t.equal(viaTable(argv), 'usage error', `the table parser refuses ${JSON.stringify(argv)}`);
      t.equal(await viaYargs(argv), 'usage error', `yargs refuses ${JSON.stringify(argv)}`);
    }
    for (const argv of yargsOnly) {
      t.equal(viaTable(argv), 'usage error', `${JSON.stringify(argv)} goes to yargs`);
      t.not(await viaYargs(argv), 'usage error', `yargs reads ${JSON.stringify(argv)}`);
    }
  });
}

t.test('the words of a command group alone, or an unknown subcommand, are usage errors in both', async (t) => {
  for (const argv of [['diagnose'], ['diagnose', 'bogus'], ['bogus'], []]) {
    t.equal(viaTable(argv), 'usage error', JSON.stringify(argv));
    t.equal(await viaYargs(argv), 'usage error', JSON.stringify(argv));
  }
});

t.test('help is left to yargs', async (t) => {
  for (const spec of TABLE_COMMANDS) for (const help of ['--help', '-h']) t.equal(parseFast([...spec.words, help]), null);
});
