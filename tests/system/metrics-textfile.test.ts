/**
 * The metrics textfile units under a real systemd user manager with a real headless Sway and the
 * real daemon: installed by `swaysock units --install --enable --metrics-textfile-dir DIR`
 * (dist/; run `npm run build` first). The session's start writes DIR/swaysock.prom, which
 * `promtool check metrics` accepts, and the timer rewrites it; a daemon that is gone removes it
 * (the writer fails with exit 2) until the daemon is back; the session's end removes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { managerWithOurUnits, monotonicUs } from '../helpers/scenario.js';
import { promtool } from '../helpers/promtool.js';
import { state } from '../helpers/session.js';
import { startSway } from '../helpers/sway.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

const WRITE = 'swaysock-metrics-textfile.service';
const TIMER = 'swaysock-metrics-textfile.timer';
const REMOVE = 'swaysock-metrics-textfile-remove.service';

/** CLOCK_MONOTONIC µs at which the writer last started a run (0: never). */
const lastRun = async (um: UserManager): Promise<number> => Number(await um.unitProperty(WRITE, 'ExecMainStartTimestampMonotonic'));

/** Waits for a writer run that started after `after` µs and has ended; returns when it started. */
async function nextRun(um: UserManager, after: number, what: string): Promise<number> {
  await waitFor(
    async () => (await lastRun(um)) > after && (await state(um, WRITE)) !== 'activating',
    30_000,
    async () => `${what} (writer ${await state(um, WRITE)}; manager log: ${um.log()})`,
  );
  return lastRun(um);
}

t.test('the textfile units: written at the session start and rewritten by the timer, removed while no daemon answers and at the session end', async (t) => {
  const dir = makeRuntimeDir(t.teardown, 'swaysock-textfile-');
  const file = join(dir, 'swaysock.prom');
  const um = await managerWithOurUnits(t, ['--metrics-textfile-dir', dir, '--metrics-textfile-interval', '1s']);
  t.equal(await um.unitProperty(TIMER, 'UnitFileState'), 'enabled');
  t.equal(await um.unitProperty(REMOVE, 'UnitFileState'), 'enabled');
  t.equal(await state(um, TIMER), 'inactive', 'no timer before the session');

  await startSway(um.runtimeDir, t.teardown);
  const start = await um.systemctl(['start', 'sway-session.target']);
  t.equal(start.code, 0, start.stderr);
  await waitFor(
    () => existsSync(file),
    60_000,
    () => `${file} to be written (manager log: ${um.log()})`,
  );
  t.equal(await state(um, TIMER), 'active');
  t.equal(await state(um, REMOVE), 'active', 'the remove service holds the session until its end');
  const checked = await promtool(readFileSync(file, 'utf8'));
  t.equal(checked.code, 0, `promtool check metrics accepts the file: ${checked.output}`);
  t.match(readFileSync(file, 'utf8'), /^swaysock_status\{state="healthy"\} 1$/m, 'the daemon is healthy on the live Sway');

  // The timer runs the writer again and again, each run a success.
  const first = await nextRun(um, 0, 'a first run to end');
  const second = await nextRun(um, first, 'the timer to run the writer again');
  t.ok(second > first);
  t.equal(await um.unitProperty(WRITE, 'Result'), 'success');

  // The daemon gone within the session: the next run fails (exit 2) and takes the file away.
  t.equal((await um.systemctl(['stop', 'swaysock-healthd.service'])).code, 0);
  const stopped = monotonicUs();
  await nextRun(um, stopped, 'a run after the daemon stopped');
  t.notOk(existsSync(file), 'no file while no daemon answers: node_exporter exports no stale figures');
  t.equal(await um.unitProperty(WRITE, 'Result'), 'exit-code', 'the run failed');
  t.equal(await um.unitProperty(WRITE, 'ExecMainStatus'), '2', 'with exit 2, daemon unreachable');
  t.equal(await state(um, TIMER), 'active', 'the timer goes on');

  // Back again with the daemon.
  t.equal((await um.systemctl(['start', 'swaysock-healthd.service'])).code, 0);
  await waitFor(() => existsSync(file), 30_000, `${file} to be written again`);
  t.equal((await promtool(readFileSync(file, 'utf8'))).code, 0);

  // The session's end: timer, writer and remove service stop, and the file goes with them.
  const stop = await um.systemctl(['stop', 'sway-session.target']);
  t.equal(stop.code, 0, stop.stderr);
  t.notOk(existsSync(file), 'removed by the time the target has stopped');
  // Inactive, not failed: a failed unit stays loaded and says so (docs/testing.md).
  for (const unit of [TIMER, REMOVE, WRITE]) t.equal(await state(um, unit), 'inactive', `${unit} stopped cleanly`);
});
