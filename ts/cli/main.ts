/**
 * `swaysock`: the command-line interface (yargs). Thin: each command lives in commands/ and
 * calls the modules that do the work. Exit codes: 0 healthy/success, 1 stale, disconnected or not
 * found, 2 daemon unreachable, 64 usage error (EX_USAGE, sysexits.h).
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { CommandModule } from 'yargs';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './usage.js';
import { cleanupCommand } from './commands/cleanup.js';
import { diagnoseCommand } from './commands/diagnose.js';
import { discoverCommand } from './commands/discover.js';
import { migrateCommand } from './commands/migrate.js';
import { sessionCommand } from './commands/session.js';
import { statusCommand } from './commands/status.js';
import { unitsCommand } from './commands/units.js';
import { watchCommand } from './commands/watch.js';


/** Every command of the CLI; each file in commands/ exports one CommandModule. */
const commands: CommandModule<object, any>[] = [
  cleanupCommand,
  diagnoseCommand,
  discoverCommand,
  migrateCommand,
  sessionCommand,
  statusCommand,
  unitsCommand,
  watchCommand,
];

/** Runs the CLI on `argv` (default: process.argv); sets process.exitCode. */
export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  const cli = yargs(argv)
    .scriptName('swaysock')
    .usage('$0 <command> [options]\n\nKeeps Sway\'s IPC socket and the Sway session\'s systemd user services reliable.')
    .command(commands)
    .demandCommand(1, 'Name a command; see --help.')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .fail((msg, err) => {
      if (err && !(err instanceof UsageError)) throw err;
      process.stderr.write(`swaysock: ${err?.message ?? msg}\nRun 'swaysock --help' for usage.\n`);
      process.exit(EXIT_USAGE);
    });
  try {
    await cli.parseAsync();
  } catch (err) {
    process.stderr.write(`swaysock: ${(err as Error).message}\n`);
    process.exitCode = err instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
  }
}
