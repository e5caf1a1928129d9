/**
 * `swaysock cleanup [--dry-run] [--json] [--runtime-dir DIR] [--verbose]`: the same options and
 * the same code as the `swaysock-cleanup` program (./cleanup-run.ts, ts/cleanup/). Exit 0 when it ran (even if
 * nothing was stale); 1 with a message when it could not run; 64 on usage errors.
 */
import { CLEANUP_OPTIONS } from './cleanup-options.js';
import { defineCommand } from '../command.js';

export const cleanupCommand = defineCommand({
  words: ['cleanup'],
  describe: 'Remove stale Sway IPC sockets (never a live one)',
  options: CLEANUP_OPTIONS,
  run: async (args) => {
    // Loaded here, not at start-up: the other commands do not need it (dispatch.ts).
    const { runCleanupCommand } = await import('./cleanup-run.js');
    process.exitCode = await runCleanupCommand(args, 'swaysock cleanup');
  },
});
