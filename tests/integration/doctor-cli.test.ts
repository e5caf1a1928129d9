/**
 * `swaysock doctor`'s exit codes outside a user manager (real headless Sway, no `systemd --user`
 * here): 2 when checks could not run and nothing is a problem, 64 on usage errors.
 */
import t from 'tap';
import { CLI, programEnv } from '../helpers/daemon.js';
import { findings, parseReport } from '../helpers/doctor.js';
import { startSway } from '../helpers/sway.js';
import { makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

t.test('no user manager answers: the checks that need it are errors, exit 2; Sway is still found', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const r = await runAsTestUser(process.execPath, [CLI, 'doctor', '--json'], programEnv(dir));
  const report = parseReport(r.stdout);
  t.equal(r.code, 2, r.stderr);
  t.equal(report.exit_code, 2);
  t.equal(report.counts.problem, 0);
  t.equal(findings(report, 'sway', 'ok', new RegExp(`socket ${sway.socketPath}$`)).length, 1);
  t.equal(findings(report, 'target', 'error', /could not run this check: systemctl --user show failed/).length, 1, "says why, with systemctl's message");
  t.equal(findings(report, 'environment', 'error', /no user manager answers/).length, 1);
  t.equal(findings(report, 'host', 'ok', /XDG_RUNTIME_DIR=.* is yours, mode 0700/).length, 1, 'checks that need no manager still run');
  const text = await runAsTestUser(process.execPath, [CLI, 'doctor'], programEnv(dir));
  t.equal(text.code, 2);
  t.match(text.stdout, /no problem found, but \d+ check\(s\) could not run; \d+ warning\(s\)\n$/);
});

t.test('usage errors exit 64', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const bogus = await runAsTestUser(process.execPath, [CLI, 'doctor', '--bogus'], programEnv(dir));
  t.equal(bogus.code, 64);
  t.match(bogus.stderr, /Unknown argument: bogus/);
  const { XDG_RUNTIME_DIR: _, ...noRuntimeDir } = programEnv(dir);
  const unset = await runAsTestUser(process.execPath, [CLI, 'doctor'], noRuntimeDir);
  t.equal(unset.code, 64);
  t.match(unset.stderr, /XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR/);
});
