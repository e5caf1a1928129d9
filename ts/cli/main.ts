/**
 * `swaysock`'s yargs command tree, built from the commands' option tables: help, completion and
 * usage errors. dispatch.ts loads it only when the fast path does not take the
 * command line. Exit codes: 0 healthy/success, 1 stale, disconnected or not found, 2 daemon
 * unreachable, 64 usage error (EX_USAGE, sysexits.h).
 */
import yargs, { type Argv } from 'yargs';
import { hasCode } from '../errors/errors.js';
import { COMMAND_GROUPS, TABLE_COMMANDS } from './commands.js';
import { reportError, UsageError } from './usage.js';
import { commandModules, type Runner } from './yargs-tree.js';

/**
 * The CLI for `argv` (the words after `swaysock`), every command run by `run`.
 * A usage error rejects parseAsync with a UsageError (no exit, no output).
 */
export function buildCli(argv: string[], run: Runner): Argv {
  return yargs(argv)
    .scriptName('swaysock')
    .usage("$0 <command> [options]\n\nKeeps Sway's IPC socket and the Sway session's systemd user services reliable.")
    .command(commandModules(TABLE_COMMANDS, COMMAND_GROUPS, run).sort((a, b) => String(a.command).localeCompare(String(b.command))))
    .demandCommand(1, 'Name a command; see --help.')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .fail((msg, err) => {
      // yargs reports its own usage errors (and those of a coerce function) as YError.
      if (hasCode(err, 'ERR_SWAYSOCK_USAGE')) throw err;
      if (!err || err.name === 'YError') throw new UsageError(err?.message ?? msg);
      throw err;
    });
}

/** Runs the CLI on `argv` through yargs; sets process.exitCode. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildCli(argv, (spec, args) => spec.run(args as never)).parseAsync();
  } catch (err) {
    reportError(err);
  }
}
