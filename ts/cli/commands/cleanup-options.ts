/**
 * The options of `swaysock-cleanup` and `swaysock cleanup` (one table for both):
 * `[--dry-run] [--json] [--runtime-dir DIR] [--verbose]`.
 *
 * The standalone program parses them with Node's own `util.parseArgs` rather than yargs: the
 * timer starts it every few minutes and a typical run should cost little more than Node's
 * start-up (loading yargs alone took about 40 ms here, twice a bare `node -e 0`). The `swaysock`
 * CLI reads the same table (../options.ts).
 */
import { optionLines, parseOptions, synopsis, type ArgsOf } from '../options.js';

/** Every option: its type and its help text. */
export const CLEANUP_OPTIONS = {
  'dry-run': { type: 'boolean', describe: 'Decide and report; remove nothing' },
  json: { type: 'boolean', describe: 'Print {removed, kept, errors} as JSON' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: 'Directory to clean (default: $XDG_RUNTIME_DIR; /tmp only when given here)' },
  verbose: { type: 'boolean', describe: 'Also report live kept sockets and every non-candidate' },
} as const;

/** Parsed options (yargs-style names); `runtime-dir` undefined means `$XDG_RUNTIME_DIR` (see resolveRuntimeDir). */
export type CleanupArgs = ArgsOf<typeof CLEANUP_OPTIONS>;

/** One-line synopsis plus what the program does. */
export const CLEANUP_SUMMARY = 'Removes stale Sway IPC sockets (sway-ipc.UID.PID.sock) of the calling user; never a live one.';

/** `--help` text of the standalone program. */
export function cleanupUsage(program: string): string {
  return `${program} ${synopsis(CLEANUP_OPTIONS)}\n\n${CLEANUP_SUMMARY}\n\nOptions:\n${optionLines(CLEANUP_OPTIONS)}\n\nExit status: 0 when it ran (even if nothing was stale), 1 when it could not run, 64 on usage errors.\n`;
}

/**
 * Parses `argv` (without node and the script). `'help'` when `--help` or `-h` is given.
 * @throws UsageError on an unknown option, a missing `--runtime-dir` value, or an operand.
 */
export function parseCleanupArgv(argv: string[]): CleanupArgs | 'help' {
  return parseOptions(CLEANUP_OPTIONS, argv);
}
