/**
 * `swaysock cleanup` and the `swaysock-cleanup` program (same options, same code):
 * `[--dry-run] [--json] [--runtime-dir DIR] [--verbose]`. Exit 0 when it ran (even if nothing was
 * stale); 1 with a message when it could not run; 64 on usage errors.
 *
 * Output: one line per removed socket with the reason (kept candidates too when their state is
 * unknown, every kept candidate and non-candidate with --verbose); `--json` prints the report.
 * Under systemd (stderr is the journal) the lines go to the journal with `<5>` (removed) and
 * `<4>` (kept, state unknown) prefixes instead of stdout, so they are not logged twice.
 */
import type { Argv, CommandModule } from 'yargs';
import { CleanupError, runCleanup, type CleanupReport } from '../../cleanup/run.js';
import { resolveRuntimeDir } from '../../liveness/runtime-dir.js';
import { createLogger, stderrIsJournal, type PriorityName } from '../../systemd/log.js';

export interface CleanupArgs {
  'dry-run': boolean;
  json: boolean;
  'runtime-dir'?: string;
  verbose: boolean;
}

/** The cleanup options, for both `swaysock cleanup` and `swaysock-cleanup`. */
export function cleanupOptions<T>(y: Argv<T>): Argv<T & CleanupArgs> {
  return y
    .option('dry-run', { type: 'boolean', default: false, describe: 'Decide and report; remove nothing' })
    .option('json', { type: 'boolean', default: false, describe: 'Print {removed, kept, errors} as JSON' })
    .option('runtime-dir', { type: 'string', describe: 'Directory to clean (default: $XDG_RUNTIME_DIR; /tmp only when given here)' })
    .option('verbose', { type: 'boolean', default: false, describe: 'Also report kept sockets and every non-candidate' }) as Argv<T & CleanupArgs>;
}

/** The lines a run reports: [priority, text]. */
function lines(report: CleanupReport, verbose: boolean): [PriorityName, string][] {
  const verb = report.dry_run ? 'would remove' : 'removed';
  const out: [PriorityName, string][] = report.removed.map((e) => ['notice', `${verb} ${e.path}: ${e.reason}`]);
  for (const k of report.kept) if (verbose || k.unknown) out.push([k.unknown ? 'warning' : 'info', `kept ${k.path}: ${k.reason}`]);
  for (const e of report.errors) out.push(['err', `error ${e.path}: ${e.error}`]);
  if (verbose) for (const i of report.ignored) out.push(['debug', `left alone ${i.path}: ${i.reason}`]);
  return out;
}

/** Runs the cleanup for parsed arguments and prints the result; sets process.exitCode. */
export async function cleanupHandler(args: CleanupArgs): Promise<void> {
  const runtimeDir = resolveRuntimeDir(args['runtime-dir']);
  let report: CleanupReport;
  try {
    report = await runCleanup({ runtimeDir, dryRun: args['dry-run'] });
  } catch (err) {
    if (!(err instanceof CleanupError)) throw err;
    process.stderr.write(`swaysock-cleanup: ${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  const journal = stderrIsJournal();
  const log = createLogger({ journal });
  const reported = lines(report, args.verbose);
  if (args.json) {
    const { ignored, ...rest } = report;
    process.stdout.write(`${JSON.stringify(args.verbose ? report : rest, null, 2)}\n`);
    if (journal) for (const [p, text] of reported) log(p, text);
  } else if (journal) {
    for (const [p, text] of reported) log(p, text);
  } else {
    for (const [, text] of reported) process.stdout.write(`${text}\n`);
  }

}

export const cleanupCommand: CommandModule<object, CleanupArgs> = {
  command: 'cleanup',
  describe: 'Remove stale Sway IPC sockets (never a live one)',
  builder: (y) => cleanupOptions(y),
  handler: cleanupHandler,
};
