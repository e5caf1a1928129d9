/**
 * swaysock-cleanup: removes stale Sway IPC sockets, never a live one (docs/cleanup.md). Run by
 * swaysock-cleanup.timer and at every sway-session.target start; the same as `swaysock cleanup`.
 * Exit status: 0 it ran, 1 it could not run, 64 usage error (EX_USAGE).
 */
import { cleanupUsage, parseCleanupArgv } from '../cli/commands/cleanup-options.js';
import { runCleanupCommand } from '../cli/commands/cleanup-run.js';
import { reportError } from '../cli/usage.js';

const PROGRAM = 'swaysock-cleanup';

/** Parses the command line, runs, sets process.exitCode. */
async function main(): Promise<void> {
  try {
    const args = parseCleanupArgv(process.argv.slice(2));
    if (args === 'help') process.stdout.write(cleanupUsage(PROGRAM));
    else process.exitCode = await runCleanupCommand(args, PROGRAM);
  } catch (err) {
    reportError(err, PROGRAM);
  }
}

void main();
