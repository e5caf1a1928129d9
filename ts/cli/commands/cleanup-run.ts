/**
 * What `swaysock-cleanup` and `swaysock cleanup` do once their options are parsed: run one
 * cleanup and report it.
 *
 * Removals are reported to swaysock-healthd for its health history, best effort (notify-daemon.ts).
 * Output: one line per removed socket with the reason; kept candidates whose state is unknown
 * too (they deserve a look); with `--verbose` also the live kept sockets and every non-candidate.
 * `--json` prints `{runtime_dir, dry_run, removed: [{path, reason}], kept: [{path, reason,
 * unknown}], errors: [{path, error}]}` (plus `ignored` with `--verbose`).
 * Each line is logged through createLogger at its priority (removal `notice`, unknown kept
 * `warning`, error `err`): under systemd, where stderr is the journal, it carries the sd-daemon
 * prefix (`<5>` for a removal) and the human lines are not printed twice on stdout.
 */
import { reportRemovals } from '../../cleanup/notify-daemon.js';
import { runCleanup, type CleanupReport } from '../../cleanup/run.js';
import { hasCode } from '../../errors/errors.js';
import { createLogger, stderrIsJournal, type PriorityName } from '../../systemd/log.js';
import { exitCodeOf, resolveRuntimeDir, UsageError } from '../usage.js';
import type { CleanupArgs } from './cleanup-options.js';

/** The lines a report gives: [priority, text]. */
export function reportLines(report: CleanupReport, verbose: boolean): [PriorityName, string][] {
  const verb = report.dry_run ? 'would remove' : 'removed';
  const out: [PriorityName, string][] = report.removed.map((e) => ['notice', `${verb} ${e.path}: ${e.reason}`]);
  for (const k of report.kept) if (verbose || k.unknown) out.push([k.unknown ? 'warning' : 'info', `kept ${k.path}: ${k.reason}`]);
  for (const e of report.errors) out.push(['err', `error ${e.path}: ${e.error}`]);
  if (verbose) for (const i of report.ignored) out.push(['debug', `left alone ${i.path}: ${i.reason}`]);
  return out;
}

/**
 * Runs the cleanup for parsed options and prints the result.
 * @param program name used in error messages.
 * @returns the exit status: 0 it ran, 1 it could not run (directory missing or unreadable,
 *   lock not obtained), 64 a usage error (no runtime directory given or set).
 */
export async function runCleanupCommand(args: CleanupArgs, program = 'swaysock-cleanup'): Promise<number> {
  let report: CleanupReport;
  try {
    if (args['runtime-dir'] === '') throw new UsageError('--runtime-dir needs a directory');
    const runtimeDir = resolveRuntimeDir(args['runtime-dir']);
    report = await runCleanup({ runtimeDir, dryRun: args['dry-run'] });
    if (!report.dry_run) await reportRemovals(runtimeDir, report.removed);
  } catch (err) {
    if (!hasCode(err, 'ERR_SWAYSOCK_USAGE', 'ERR_SWAYSOCK_CLEANUP')) throw err;
    process.stderr.write(`${program}: ${err.message}\n`);
    return exitCodeOf(err);
  }
  const journal = stderrIsJournal();
  const log = createLogger({ journal });
  const lines = reportLines(report, args.verbose);
  if (args.json) {
    const { ignored, ...rest } = report;
    process.stdout.write(`${JSON.stringify(args.verbose ? report : rest, null, 2)}\n`);
    if (journal) for (const [p, text] of lines) log(p, text);
  } else if (journal) {
    for (const [p, text] of lines) log(p, text);
  } else {
    process.stdout.write(lines.map(([, text]) => `${text}\n`).join(''));
  }
  return 0;
}
