/**
 * The options of `swaysock-cleanup` (../programs/cleanup.ts) and `swaysock cleanup` (one table for
 * both): `[--dry-run] [--json] [--runtime-dir DIR] [--verbose]`.
 */
import type { ArgsOf } from '../options.js';

/** Every option: its type and its help text. */
export const CLEANUP_OPTIONS = {
  'dry-run': { type: 'boolean', describe: 'Decide and report; remove nothing' },
  json: { type: 'boolean', describe: 'Print {removed, kept, errors} as JSON' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: 'Directory to clean (default: $XDG_RUNTIME_DIR; /tmp only when given here)' },
  verbose: { type: 'boolean', describe: 'Also report live kept sockets and every non-candidate' },
} as const;

/** Parsed options (yargs-style names); `runtime-dir` undefined means `$XDG_RUNTIME_DIR` (see resolveRuntimeDir). */
export type CleanupArgs = ArgsOf<typeof CLEANUP_OPTIONS>;
