/**
 * swaysock-cleanup: removes stale Sway IPC sockets, never a live one (docs/cleanup.md). Run by
 * swaysock-cleanup.timer; the same as `swaysock cleanup`.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { cleanupHandler, cleanupOptions } from '../cli/commands/cleanup.js';
import { EXIT_USAGE, UsageError } from '../liveness/runtime-dir.js';

try {
  await cleanupOptions(yargs(hideBin(process.argv)))
    .scriptName('swaysock-cleanup')
    .usage('$0 [--dry-run] [--json] [--runtime-dir DIR] [--verbose]\n\nRemoves stale Sway IPC sockets (sway-ipc.UID.PID.sock) of the calling user; never a live one.')
    .command('$0', false, () => {}, cleanupHandler)
    .strict()
    .help()
    .version(false)
    .fail((msg, err) => {
      if (err && !(err instanceof UsageError)) throw err;
      process.stderr.write(`swaysock-cleanup: ${err?.message ?? msg}\nRun 'swaysock-cleanup --help' for usage.\n`);
      process.exit(EXIT_USAGE);
    })
    .parseAsync();
} catch (err) {
  process.stderr.write(`swaysock-cleanup: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
