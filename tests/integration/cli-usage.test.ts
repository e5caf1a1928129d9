/**
 * Usage errors of the `swaysock` commands, as a user meets them (dist/swaysock.cjs run as the test
 * user): exit 64 (EX_USAGE) and a message that says what was wrong, before anything is touched.
 * (`diagnose` is in cli-health.test.ts, `session` in tests/system/session-environment.test.ts,
 * `swaysock-cleanup` in cleanup-scenarios.test.ts.)
 */
import t from 'tap';
import { CLI, programEnv } from '../helpers/daemon.js';
import { makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

const USAGE_HINT = "\nRun 'swaysock --help' for usage.\n";

t.test('an unknown option: exit 64 naming it, for discover, status, watch and migrate', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  for (const args of [['discover'], ['status'], ['watch'], ['migrate', 'bar.service']]) {
    const r = await runAsTestUser(process.execPath, [CLI, ...args, '--bogus'], programEnv(dir));
    t.equal(r.code, 64, `${args[0]}: ${r.stderr}`);
    t.equal(r.stderr, `swaysock: Unknown argument: bogus${USAGE_HINT}`, args[0]);
    t.equal(r.stdout, '', `${args[0]} prints nothing on stdout`);
  }
});

t.test('migrate without a unit: exit 64', async (t) => {
  const r = await runAsTestUser(process.execPath, [CLI, 'migrate'], programEnv(makeRuntimeDir(t.teardown)));
  t.equal(r.code, 64);
  t.equal(r.stderr, `swaysock: Not enough non-option arguments: got 0, need at least 1${USAGE_HINT}`);
});

t.test('discover, status and watch without XDG_RUNTIME_DIR (and no --runtime-dir or --socket): exit 64', async (t) => {
  for (const command of ['discover', 'status', 'watch']) {
    const r = await runAsTestUser(process.execPath, [CLI, command], { PATH: process.env.PATH, HOME: '/tmp' });
    t.equal(r.code, 64, `${command}: ${r.stderr}`);
    t.match(r.stderr, /^swaysock: XDG_RUNTIME_DIR is not set/, command);
  }
});
