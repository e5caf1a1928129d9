/**
 * The `swaysock` fast path: every command (command.ts, commands.ts) is parsed from its option
 * table with `util.parseArgs` and run without loading yargs, whose module graph alone costs more
 * than Node's own start-up (docs/design.md, "CLI start-up"). Help, completion, unknown commands
 * and anything the table parser refuses go to the yargs tree (main.ts), loaded only then; it reads
 * the same tables, so both give one answer for one command line.
 */
import type { CommandSpec } from './command.js';
import { TABLE_COMMANDS } from './commands.js';
import { parseOptions } from './options.js';
import { hasCode } from '../errors/errors.js';
import { reportError } from './usage.js';

/** A command line the fast path takes: the command and its parsed options. */
export interface FastCommand {
  spec: CommandSpec;
  args: Record<string, unknown>;
}

/**
 * The command `argv` (the words after `swaysock`) names and its options, when the table parser
 * accepts it and its rules (CommandSpec `check`) hold; null when it is for yargs (help, no or an
 * unknown command, a usage error or a spelling only yargs reads, such as `--no-json`).
 */
export function parseFast(argv: readonly string[]): FastCommand | null {
  const spec = TABLE_COMMANDS.find((s) => s.words.every((w, i) => argv[i] === w));
  if (!spec) return null;
  try {
    const args = parseOptions(spec.options, argv.slice(spec.words.length));
    if (args === 'help') return null;
    spec.check?.(args);
    return { spec, args };
  } catch (err) {
    if (hasCode(err, 'ERR_SWAYSOCK_USAGE')) return null;
    throw err;
  }
}

/** Runs `argv`: on the fast path when {@link parseFast} takes it, else through yargs (main.ts). */
export async function dispatch(argv: readonly string[]): Promise<void> {
  const fast = parseFast(argv);
  if (fast === null) {
    const { main } = await import('./main.js');
    return main([...argv]);
  }
  try {
    await fast.spec.run(fast.args as never);
  } catch (err) {
    reportError(err);
  }
}
