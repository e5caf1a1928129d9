// The options of swaysock-cleanup (util.parseArgs), its help, and the lines a report prints.
import t from 'tap';
import { CLEANUP_OPTIONS } from '../../ts/cli/commands/cleanup-options.js';
import { reportLines } from '../../ts/cli/commands/cleanup-run.js';
import { parseOptions } from '../../ts/cli/options.js';
import { programUsage } from '../../ts/cli/program.js';
import { cleanupProgram } from '../../ts/cli/programs/cleanup.js';
import type { CleanupReport } from '../../ts/cleanup/run.js';
import { UsageError } from '../../ts/cli/usage.js';

t.test('options', async (t) => {
  const parseCleanupArgv = (argv: string[]) => parseOptions(CLEANUP_OPTIONS, argv);
  t.same(parseCleanupArgv([]), { 'dry-run': false, json: false, 'runtime-dir': undefined, verbose: false });
  t.same(parseCleanupArgv(['--dry-run', '--json', '--runtime-dir', '/run/user/1000', '--verbose']), {
    'dry-run': true,
    json: true,
    'runtime-dir': '/run/user/1000',
    verbose: true,
  });
  t.same(parseCleanupArgv(['--runtime-dir=/tmp']), { 'dry-run': false, json: false, 'runtime-dir': '/tmp', verbose: false });
  t.equal(parseCleanupArgv(['--help']), 'help');
  t.equal(parseCleanupArgv(['-h', '--json']), 'help');
  t.throws(() => parseCleanupArgv(['--force']), new UsageError("Unknown option '--force'"));
  t.throws(() => parseCleanupArgv(['--runtime-dir']), UsageError, 'a missing value is a usage error');
  t.throws(() => parseCleanupArgv(['/run/user/1000']), UsageError, 'operands are refused, not taken for a directory');
  t.throws(() => parseCleanupArgv(['--json=yes']), UsageError);
  t.match(
    programUsage(cleanupProgram),
    /^swaysock-cleanup \[--dry-run\] \[--json\] \[--runtime-dir DIR\] \[--verbose\]\n\nRemoves stale Sway IPC sockets.*\n\nOptions:\n {2}--dry-run .*\n[\s\S]*\n\nExit status: 0 when it ran .*64 on usage errors\.\n$/,
  );
});

t.test('report lines: removals always, unknown kept always, the rest with --verbose', async (t) => {
  const report: CleanupReport = {
    runtime_dir: '/run/user/1000',
    dry_run: false,
    removed: [{ path: '/r/a', reason: 'nobody listens (ECONNREFUSED) and PID 7 is gone' }],
    kept: [
      { path: '/r/b', reason: 'PID 8 is a live Sway', unknown: false },
      { path: '/r/c', reason: 'connect() failed with EACCES: state unknown', unknown: true },
    ],
    errors: [{ path: '/r/d', error: 'unlink failed: EROFS' }],
    ignored: [{ path: '/r/e', reason: 'not a Sway socket name' }],
  };
  t.same(reportLines(report, false), [
    ['notice', 'removed /r/a: nobody listens (ECONNREFUSED) and PID 7 is gone'],
    ['warning', 'kept /r/c: connect() failed with EACCES: state unknown'],
    ['err', 'error /r/d: unlink failed: EROFS'],
  ]);
  t.same(
    reportLines(report, true).map(([p]) => p),
    ['notice', 'info', 'warning', 'err', 'debug'],
  );
  t.equal(reportLines({ ...report, dry_run: true }, false)[0]![1], 'would remove /r/a: nobody listens (ECONNREFUSED) and PID 7 is gone');
});
