/**
 * The `swaysock-cleanup` program: removes stale Sway IPC sockets, never a live one
 * (docs/cleanup.md). Run by swaysock-cleanup.timer and at every sway-session.target start; the
 * same options and code as `swaysock cleanup` (../commands/cleanup-options.ts, cleanup-run.ts).
 *
 * It parses with the table parser only: the timer starts it every few minutes, and a typical run
 * should cost little more than Node's start-up (loading yargs alone took about 40 ms here, twice
 * a bare `node -e 0`).
 */
import { CLEANUP_OPTIONS } from '../commands/cleanup-options.js';
import { runCleanupCommand } from '../commands/cleanup-run.js';
import { defineProgram } from '../program.js';

export const cleanupProgram = defineProgram({
  name: 'swaysock-cleanup',
  summary: 'Removes stale Sway IPC sockets (sway-ipc.UID.PID.sock) of the calling user; never a live one.',
  options: CLEANUP_OPTIONS,
  exitStatus: '0 when it ran (even if nothing was stale), 1 when it could not run, 64 on usage errors.',
  run: async (args) => {
    process.exitCode = await runCleanupCommand(args, 'swaysock-cleanup');
  },
});
