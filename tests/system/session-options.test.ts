/**
 * `swaysock session` (dist/swaysock.cjs) as docs/session.md documents it, one behaviour per test,
 * under a real systemd user manager with the shipped units and a real headless Sway: `--target`
 * and `--shutdown-target`, SIGINT and SIGHUP, the `DISPLAY` import, `reset-failed`, the teardown
 * over a new connection after the manager re-executed, no `systemctl`/`busctl` process (wrappers
 * first on PATH count their runs), the break lock's expiry, and exit 1 without a user manager.
 */
import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionLockPath } from '../../ts/paths/paths.js';
import { deadPid } from '../helpers/cleanup.js';
import { countSpawns } from '../helpers/spawn-counter.js';
import { CLI } from '../helpers/daemon.js';
import { sessionSetup, sessionUp, spawnSession, state, sessionDown } from '../helpers/session.js';
import { startSway } from '../helpers/sway.js';
import { asTestUser, chownToTestUser, makeRuntimeDir } from '../helpers/user.js';
import { waitFor } from '../helpers/user-manager.js';

t.test('--target and --shutdown-target: that target comes up, and that shutdown target takes it down', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  // Test fixtures: a session target of another name, its shutdown target, a service bound to it.
  um.writeUnit('other-session.target', '[Unit]\nDescription=another session target (test fixture)\n');
  um.writeUnit(
    'other-shutdown.target',
    '[Unit]\nDescription=ends other-session.target (test fixture)\nDefaultDependencies=no\nStopWhenUnneeded=yes\nConflicts=other-session.target\n',
  );
  um.writeUnit(
    'other-bound.service',
    '[Unit]\nPartOf=other-session.target\nAfter=other-session.target\n\n[Service]\nExecStart=/bin/sleep infinity\n\n[Install]\nWantedBy=other-session.target\n',
  );
  t.equal((await um.systemctl(['enable', 'other-bound.service'])).code, 0);
  const session = spawnSession(t, um, env, ['--target', 'other-session.target', '--shutdown-target', 'other-shutdown.target']);
  await waitFor(
    async () => (await state(um, 'other-bound.service')) === 'active',
    60_000,
    () => `other-bound.service (stderr: ${session.stderr()})`,
  );
  t.equal(await state(um, 'other-session.target'), 'active');
  t.equal(await state(um, 'sway-session.target'), 'inactive', 'the default target is not started');
  await sway.kill('SIGKILL');
  t.equal(await session.exited, 0, session.stderr());
  t.equal(await state(um, 'other-session.target'), 'inactive', 'the given shutdown target stopped the given target');
  t.equal(await state(um, 'other-bound.service'), 'inactive');
  t.match(session.stderr(), /stopping other-session\.target/);
});

for (const signal of ['SIGINT', 'SIGHUP'] as const) {
  t.test(`${signal} to the session tears the session down, then it exits 0`, async (t) => {
    const { um, sway, env } = await sessionSetup(t);
    const session = spawnSession(t, um, env);
    await sessionUp(um, session);
    session.child.kill(signal);
    t.equal(await session.exited, 0, session.stderr());
    await sessionDown(um);
    t.match(session.stderr(), `Sway session ended (received ${signal})`);
    t.equal((await um.environment()).SWAYSOCK, undefined, 'SWAYSOCK unset');
    t.equal(sway.process.exitCode, null, 'Sway itself is untouched');
  });
}

t.test('DISPLAY (Xwayland) is imported into the user manager and unset at teardown', async (t) => {
  const { um, env } = await sessionSetup(t);
  const session = spawnSession(t, um, { ...env, DISPLAY: ':7' });
  await sessionUp(um, session);
  t.equal((await um.environment()).DISPLAY, ':7');
  session.child.kill('SIGTERM');
  t.equal(await session.exited, 0, session.stderr());
  t.equal((await um.environment()).DISPLAY, undefined);
});

t.test('units that failed before the session are reset (reset-failed), so they can start again', async (t) => {
  const { um, env } = await sessionSetup(t);
  um.writeUnit('failed-earlier.service', '[Service]\nType=oneshot\nExecStart=/bin/false\n');
  await um.systemctl(['daemon-reload']);
  await um.systemctl(['start', 'failed-earlier.service']);
  t.equal(await state(um, 'failed-earlier.service'), 'failed', 'failed before the session');
  const session = spawnSession(t, um, env);
  await sessionUp(um, session);
  t.equal(await state(um, 'failed-earlier.service'), 'inactive', 'no longer failed once the session started');
});

t.test('no process per step: a whole session, start and teardown, runs neither systemctl nor busctl (it talks D-Bus itself)', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  const spawns = countSpawns(['systemctl', 'busctl'], t.teardown, um.env.PATH);
  const session = spawnSession(t, um, { ...env, PATH: spawns.path });
  await sessionUp(um, session);
  await sway.kill('SIGKILL');
  t.equal(await session.exited, 0, session.stderr());
  await sessionDown(um);
  t.same(spawns.runs(), { systemctl: 0, busctl: 0 }, `no runs: ${spawns.lines().join('; ')}`);
});

t.test(
  'the user manager re-executes during the session (dropping its D-Bus connections): the teardown reconnects and the session still goes down',
  async (t) => {
    const { um, sway, env } = await sessionSetup(t);
    const session = spawnSession(t, um, env);
    await sessionUp(um, session);
    const reexec = await um.systemctl(['daemon-reexec']);
    t.equal(reexec.code, 0, reexec.stderr);
    await sway.kill('SIGKILL');
    t.equal(await session.exited, 0, `exit 0 after the reconnection: ${session.stderr()}`);
    t.match(session.stderr(), /lost the connection to the user manager \(.*\); trying again over a new one/, 'the lost connection was noticed and replaced');
    await sessionDown(um);
    t.equal((await um.environment()).SWAYSOCK, undefined, 'SWAYSOCK unset over the new connection');
    t.notMatch(session.stderr(), /could not/, 'no step failed in the end');
  },
);

t.test('a break lock left by a crashed breaker (older than 10 s) is removed, and the session starts', async (t) => {
  const { um, env } = await sessionSetup(t);
  // A session lock whose holder is dead, and the break lock of a breaker that crashed 11 s ago.
  const lock = sessionLockPath(um.runtimeDir);
  mkdirSync(`${lock}.break`, { recursive: true, mode: 0o700 });
  writeFileSync(lock, `${JSON.stringify({ pid: deadPid(1), start_ticks: 1, since: '2026-01-01T00:00:00.000Z', swaysock: '/gone.sock' })}\n`);
  for (const p of [join(um.runtimeDir, 'swaysock'), `${lock}.break`, lock]) chownToTestUser(p);
  const past = new Date(Date.now() - 11_000);
  utimesSync(`${lock}.break`, past, past);
  const session = spawnSession(t, um, env);
  await sessionUp(um, session);
  t.notOk(existsSync(`${lock}.break`), 'the leftover break lock is gone');
  t.equal(JSON.parse(readFileSync(lock, 'utf8')).pid, session.child.pid, 'the session holds the lock');
});

t.test('without a user manager: exit 1 with a message, and the lock is released', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const [cmd, argv] = asTestUser(process.execPath, [CLI, 'session']);
  const child = spawn(cmd, argv, {
    env: { PATH: process.env.PATH, HOME: '/tmp', XDG_RUNTIME_DIR: dir, SWAYSOCK: sway.socketPath },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  t.teardown(() => child.kill('SIGKILL'));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null | 'still running'>((resolve) => {
    child.once('close', resolve);
    setTimeout(resolve, 30_000, 'still running').unref();
  });
  const r = { code, stderr };
  t.equal(r.code, 1, r.stderr);
  t.match(r.stderr, /^swaysock session: session not started: .*bus/m, 'it says the user manager (its bus) could not be reached');
  t.notOk(existsSync(sessionLockPath(dir)), 'the lock is released');
});
