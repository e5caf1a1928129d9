/**
 * The options of `swaysock-cleanup` and `swaysock cleanup` (one table for both):
 * `[--dry-run] [--json] [--runtime-dir DIR] [--verbose]`.
 *
 * The standalone program parses them with Node's own `util.parseArgs` rather than yargs: the
 * timer starts it every few minutes and a typical run should cost little more than Node's
 * start-up (loading yargs alone took about 40 ms here, twice a bare `node -e 0`). The `swaysock`
 * CLI builds its yargs options from the same table.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../cli/usage.js';

/** Parsed options (yargs-style names). */
export interface CleanupArgs {
  'dry-run': boolean;
  json: boolean;
  /** Directory to clean; default `$XDG_RUNTIME_DIR` (see resolveRuntimeDir). */
  'runtime-dir'?: string;
  verbose: boolean;
}

/** Every option: its type and its help text. */
export const CLEANUP_OPTIONS = {
  'dry-run': { type: 'boolean', describe: 'Decide and report; remove nothing' },
  json: { type: 'boolean', describe: 'Print {removed, kept, errors} as JSON' },
  'runtime-dir': { type: 'string', describe: 'Directory to clean (default: $XDG_RUNTIME_DIR; /tmp only when given here)' },
  verbose: { type: 'boolean', describe: 'Also report live kept sockets and every non-candidate' },
} as const;

/** One-line synopsis plus what the program does. */
export const CLEANUP_SUMMARY = 'Removes stale Sway IPC sockets (sway-ipc.UID.PID.sock) of the calling user; never a live one.';

/** `--help` text of the standalone program. */
export function cleanupUsage(program: string): string {
  const rows = Object.entries(CLEANUP_OPTIONS).map(([name, o]) => `  --${(name + (o.type === 'string' ? ' DIR' : '')).padEnd(18)}${o.describe}`);
  return `${program} [--dry-run] [--json] [--runtime-dir DIR] [--verbose]\n\n${CLEANUP_SUMMARY}\n\nOptions:\n${rows.join('\n')}\n  --help              Show this help\n\nExit status: 0 when it ran (even if nothing was stale), 1 when it could not run, 64 on usage errors.\n`;
}

/**
 * Parses `argv` (without node and the script). `'help'` when `--help` or `-h` is given.
 * @throws UsageError on an unknown option, a missing `--runtime-dir` value, or an operand.
 */
export function parseCleanupArgv(argv: string[]): CleanupArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { ...CLEANUP_OPTIONS, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  return { 'dry-run': values['dry-run'] ?? false, json: values.json ?? false, 'runtime-dir': values['runtime-dir'], verbose: values.verbose ?? false };
}
