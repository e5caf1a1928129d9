/**
 * `swaysock-healthd`'s command line as a user meets it (dist/swaysock-healthd.js run as the test
 * user): `--help` rendered from its option table, usage errors exit 64 (EX_USAGE) with a message
 * that says what was wrong before anything starts, and no yargs in the daemon's bundle.
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { HEALTHD_OPTIONS } from '../../ts/cli/programs/healthd.js';
import { HEALTHD, programEnv } from '../helpers/daemon.js';
import { makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

const USAGE_HINT = "\nRun 'swaysock-healthd --help' for usage.\n";

t.test('--help: every option of the table with its default, exit 0', async (t) => {
  const r = await runAsTestUser(process.execPath, [HEALTHD, '--help'], programEnv(makeRuntimeDir(t.teardown)));
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stderr, '');
  t.match(r.stdout, /^swaysock-healthd \[--interval S\] .*\[--\[no-\]repair-environment\] .*\[--stable-socket \[PATH\]\]/);
  for (const name of Object.keys(HEALTHD_OPTIONS)) t.match(r.stdout, new RegExp(`^  --(\\[no-\\])?${name} `, 'm'), `--${name} is described`);
  t.match(r.stdout, /^ {2}--interval S +Seconds between GET_VERSION validations \(default: 5\)$/m);
  t.match(r.stdout, /\n\nExit status: 0 after SIGTERM or SIGINT, .*64 on usage errors\.\n$/);
});

t.test('usage errors: exit 64, the message and the pointer to --help, nothing on stdout', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const cases: [string[], string][] = [
    [['--bogus'], "Unknown option '--bogus'"],
    [['--interval', '0'], '--interval needs a positive number of seconds'],
    [['--interval', 'abc'], '--interval needs a positive number of seconds'],
    [['--validation-timeout=-5'], '--validation-timeout needs a positive number of milliseconds'],
    [['--environment-grace=-1'], '--environment-grace needs a number of seconds >= 0'],
    [['--max-clients', '1.5'], '--max-clients needs a positive integer'],
    [['--metrics-listen', '192.0.2.1:9101'], ''],
    [['--socket'], "Option '--socket <value>' argument missing"],
    [['--repairEnvironment'], "Unknown option '--repairEnvironment'"],
    [['extra'], ''],
  ];
  for (const [args, message] of cases) {
    const r = await runAsTestUser(process.execPath, [HEALTHD, ...args], programEnv(dir));
    t.equal(r.code, 64, `${args.join(' ')}: ${r.stderr}`);
    t.match(r.stderr, new RegExp(`^swaysock-healthd: [^]+${USAGE_HINT.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')}$`), args.join(' '));
    if (message !== '') t.equal(r.stderr, `swaysock-healthd: ${message}${USAGE_HINT}`, args.join(' '));
    t.equal(r.stdout, '', `${args.join(' ')}: nothing on stdout`);
  }
});

t.test('without XDG_RUNTIME_DIR and --runtime-dir: exit 64', async (t) => {
  const r = await runAsTestUser(process.execPath, [HEALTHD], { PATH: process.env.PATH, HOME: '/tmp' });
  t.equal(r.code, 64, r.stderr);
  t.equal(r.stderr, `swaysock-healthd: XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR${USAGE_HINT}`);
});

t.test('the daemon bundle holds no yargs: its start-up reads the table only', async (t) => {
  const bundle = readFileSync(HEALTHD, 'utf8');
  t.notMatch(bundle, /^\/\/ node_modules\/yargs/m, 'no module of yargs in dist/swaysock-healthd.js');
});
