/**
 * `swaysock watch --format waybar` (dist/swaysock.cjs as the test user, a real headless Sway): one
 * waybar object per line, `unreachable` while no daemon answers, the health once one does; a bad
 * `--format` is a usage error.
 */
import t from 'tap';
import { spawn } from 'node:child_process';
import type { WaybarObject } from '../../ts/cli/waybar.js';
import { CLI, programEnv, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

t.test('waybar objects: unreachable before the daemon, then its health; every line has the five fields', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const [cmd, argv] = asTestUser(process.execPath, [CLI, 'watch', '--format', 'waybar']);
  const child = spawn(cmd, argv, { env: programEnv(dir) });
  t.teardown(() => child.kill('SIGKILL'));
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const objects = () =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as WaybarObject);
  await waitFor(() => objects().length >= 1, 30_000, 'the first object');
  t.match(objects()[0], {
    text: 'no daemon',
    alt: 'unreachable',
    class: 'unreachable',
    percentage: 0,
    tooltip: /swaysock-healthd at .*healthd\.sock: waiting for swaysock-healthd/,
  });

  const sway = await startSway(dir, t.teardown);
  await startHealthd(dir, t.teardown);
  await waitFor(
    () => objects().some((o) => o.class === 'healthy'),
    30_000,
    () => `a healthy object (printed: ${stdout})`,
  );
  const healthy = objects().find((o) => o.class === 'healthy')!;
  t.same(Object.keys(healthy).sort(), ['alt', 'class', 'percentage', 'text', 'tooltip']);
  t.match(healthy, { text: 'healthy', alt: 'healthy', percentage: 100 });
  t.match(healthy.tooltip, `socket: ${sway.socketPath}\nSway `);
  t.equal(objects().filter((o) => o.class === 'unreachable').length, 1, 'the outage said once, not on every retry');
});

t.test('the bar went away (its pipe closed): the watcher exits 0 at its next line, quietly', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  const [cmd, argv] = asTestUser(process.execPath, [CLI, 'watch', '--format', 'waybar']);
  const child = spawn(cmd, argv, { env: programEnv(dir) });
  t.teardown(() => child.kill('SIGKILL'));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise((resolve) => child.stdout.once('data', resolve));
  child.stdout.destroy();
  daemon.process.kill('SIGTERM');
  t.equal(await exited, 0);
  t.notMatch(stderr, /EPIPE|Error/);
});

t.test('watch --format: an unknown format is a usage error', async (t) => {
  const run = await runAsTestUser(process.execPath, [CLI, 'watch', '--format', 'xml'], programEnv(makeRuntimeDir(t.teardown)));
  t.equal(run.code, 64);
  t.match(run.stderr, "--format must be one of text, json, waybar, not 'xml'");
});
