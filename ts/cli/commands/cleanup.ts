/**
 * `swaysock cleanup [--dry-run] [--json] [--runtime-dir DIR] [--verbose]`: the same options and
 * the same code as the `swaysock-cleanup` program (ts/cleanup/). Exit 0 when it ran (even if
 * nothing was stale); 1 with a message when it could not run; 64 on usage errors.
 */
import type { Argv, CommandModule } from 'yargs';
import { runCleanupCommand } from '../../cleanup/command.js';
import { CLEANUP_OPTIONS, CLEANUP_SUMMARY, type CleanupArgs } from '../../cleanup/options.js';

export const cleanupCommand: CommandModule<object, CleanupArgs> = {
  command: 'cleanup',
  describe: 'Remove stale Sway IPC sockets (never a live one)',
  builder: (y) => {
    let out: Argv = y.usage(`$0 cleanup [--dry-run] [--json] [--runtime-dir DIR] [--verbose]\n\n${CLEANUP_SUMMARY}`);
    for (const [name, o] of Object.entries(CLEANUP_OPTIONS)) out = out.option(name, o.type === 'boolean' ? { type: 'boolean', default: false, describe: o.describe } : { type: 'string', describe: o.describe });
    return out as Argv<CleanupArgs>;
  },
  handler: async (args) => {
    process.exitCode = await runCleanupCommand(args, 'swaysock cleanup');
  },
};
