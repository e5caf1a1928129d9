/**
 * `swaysock session` under a real systemd user manager with a real headless Sway: start, the ends
 * of Sway (SIGKILL, `swaymsg exit`), signals, refusal and adoption (docs/design.md, "The session's lifecycle").
 */
import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnviron } from '../../ts/liveness/proc.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { sessionSetup, sessionUp, spawnSession, state, sessionDown } from '../helpers/session.js';
import { CLI } from '../helpers/daemon.js';

t.test('the target comes up after `swaysock session`; SIGKILL of Sway takes it and its bound service down and unsets SWAYSOCK', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  const session = spawnSession(t, um, env);
  const standIn = await sessionUp(um, session);

  const managerEnv = await um.environment();
  for (const name of ['SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'XDG_SESSION_TYPE', 'XDG_CURRENT_DESKTOP'])
    t.equal(managerEnv[name], env[name], `${name} imported into the user manager`);
  t.equal(readEnviron(standIn).SWAYSOCK, sway.socketPath, 'the bound service started with the live SWAYSOCK');
  const lock = JSON.parse(readFileSync(join(um.runtimeDir, 'swaysock', 'session.lock'), 'utf8'));
  t.equal(lock.pid, session.child.pid, 'the session lock names the session');
  t.equal(lock.swaysock, sway.socketPath);

  await sway.kill('SIGKILL');
  await sessionDown(um);
  t.equal(await session.exited, 0, `the session exits 0 after its teardown: ${session.stderr()}`);
  const after = await um.environment();
  for (const name of ['SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'XDG_SESSION_TYPE', 'XDG_CURRENT_DESKTOP']) t.equal(after[name], undefined, `${name} unset`);
  t.notOk(existsSync(join(um.runtimeDir, 'swaysock', 'session.lock')), 'the lock is released');
  t.equal(existsSync(sway.socketPath), true, 'the session leaves the stale socket to the cleanup');
});

t.test('a clean `swaymsg exit` takes the target and its bound service down and unsets SWAYSOCK', async (t) => {
  const { um, env } = await sessionSetup(t);
  const session = spawnSession(t, um, env);
  await sessionUp(um, session);
  const r = await um.run('swaymsg', ['-s', env.SWAYSOCK!, 'exit']);
  t.not(r.signal, 'SIGKILL', 'swaymsg ran');
  await sessionDown(um);
  t.equal(await session.exited, 0, session.stderr());
  t.equal((await um.environment()).SWAYSOCK, undefined, 'SWAYSOCK unset');
});

t.test('a second `swaysock session` while one runs is refused with a clear message and changes nothing', async (t) => {
  const { um, env } = await sessionSetup(t);
  const first = spawnSession(t, um, env);
  const standIn = await sessionUp(um, first);
  const second = spawnSession(t, um, env);
  t.equal(await second.exited, 1, 'the second session exits non-zero');
  t.match(
    second.stderr(),
    new RegExp(`another swaysock session \\(PID ${first.child.pid}, for ${env.SWAYSOCK!.replace(/\./g, '\\.')}`),
    'it names the running session',
  );
  t.equal(await state(um, 'sway-session.target'), 'active', 'the target stays up');
  t.equal(Number(await um.unitProperty('stand-in.service', 'MainPID')), standIn, 'the bound service was not restarted');
  t.equal((await um.environment()).SWAYSOCK, env.SWAYSOCK, 'SWAYSOCK stays');
  t.equal(first.child.exitCode, null, 'the first session still runs');
});

t.test('SIGTERM to the session tears the session down, then it exits 0', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  const session = spawnSession(t, um, env);
  await sessionUp(um, session);
  session.child.kill('SIGTERM');
  t.equal(await session.exited, 0, session.stderr());
  await sessionDown(um);
  t.equal((await um.environment()).SWAYSOCK, undefined, 'SWAYSOCK unset');
  t.equal(sway.process.exitCode, null, 'Sway itself is untouched');
  t.match(session.stderr(), /received SIGTERM/);
});

t.test('adopts a target another wiring started for this Sway, and still tears it down when Sway ends', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  // Another wiring (e.g. NixOS's /etc/sway/config.d/nixos.conf) imported SWAYSOCK and started the target.
  await um.systemctl(['set-environment', `SWAYSOCK=${sway.socketPath}`]);
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  const standIn = Number(await um.unitProperty('stand-in.service', 'MainPID'));
  const session = spawnSession(t, um, env);
  await waitFor(() => /adopting it/.test(session.stderr()), 30_000, 'the session to adopt the target');
  await waitFor(() => existsSync(join(um.runtimeDir, 'swaysock', 'session.lock')), 30_000, 'the lock');
  t.equal(Number(await um.unitProperty('stand-in.service', 'MainPID')), standIn, 'the running session services are kept');
  await sway.kill('SIGKILL');
  await sessionDown(um);
  t.equal(await session.exited, 0, session.stderr());
});

t.test('a target left active for a dead Sway is torn down and started afresh for the live one', async (t) => {
  const { um, env } = await sessionSetup(t);
  // A teardown was lost: the manager still names a socket nobody serves, and the target is up.
  const dead = join(um.runtimeDir, 'sway-ipc.1001.999999.sock');
  await um.systemctl(['set-environment', `SWAYSOCK=${dead}`]);
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  const oldStandIn = Number(await um.unitProperty('stand-in.service', 'MainPID'));
  t.equal(readEnviron(oldStandIn).SWAYSOCK, dead);
  const session = spawnSession(t, um, env);
  await waitFor(
    () => /started sway-session\.target/.test(session.stderr()),
    30_000,
    () => `a fresh start (stderr: ${session.stderr()})`,
  );
  t.match(session.stderr(), /is gone; tearing that session down first/);
  const standIn = await sessionUp(um, session);
  t.not(standIn, oldStandIn, 'the bound service was restarted');
  t.equal(readEnviron(standIn).SWAYSOCK, env.SWAYSOCK, 'and now has the live SWAYSOCK');
});

t.test('refuses to take over a target that serves another live Sway', async (t) => {
  const { um, env } = await sessionSetup(t);
  const other = await startSway(um.runtimeDir, t.teardown);
  await um.systemctl(['set-environment', `SWAYSOCK=${other.socketPath}`]);
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  const standIn = Number(await um.unitProperty('stand-in.service', 'MainPID'));
  const session = spawnSession(t, um, env);
  t.equal(await session.exited, 1);
  t.match(session.stderr(), /active for another live Sway/);
  t.equal(Number(await um.unitProperty('stand-in.service', 'MainPID')), standIn, 'the other session is untouched');
  t.equal((await um.environment()).SWAYSOCK, other.socketPath);
  t.notOk(existsSync(join(um.runtimeDir, 'swaysock', 'session.lock')), 'the lock is released');
});

t.test("a session whose terminal hangs up (a console login that ends) tears down and exits 0, not by Node's abort (ts/session/terminal.ts)", async (t) => {
  // script(1) gives the session a terminal, as a login on a virtual console gives Sway and what it
  // execs; killing script hangs that terminal up. The shell ignores the hangup to report the exit status.
  const { um, sway, env } = await sessionSetup(t);
  const status = join(um.runtimeDir, 'session.status');
  const command = `trap '' HUP; ${process.execPath} ${CLI} session; echo $? > ${status}`;
  const script = um.spawn('script', ['-qfec', command, '/dev/null'], { extraEnv: { ...env, SHELL: '/bin/sh' } });
  let output = '';
  script.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => script.once('exit', (code) => resolve(code)));
  t.teardown(() => void script.kill('SIGKILL'));
  await sessionUp(um, { child: script, exited, stderr: () => output });
  script.kill('SIGKILL');
  await exited;
  await sway.kill('SIGKILL');
  await sessionDown(um, () => output);
  await waitFor(() => existsSync(status), 30_000, `the session's exit status in ${status}`);
  t.equal(readFileSync(status, 'utf8').trim(), '0', `the session exited 0 (134 is Node's abort on the hung-up terminal): ${output}`);
  t.equal((await um.environment()).SWAYSOCK, undefined, 'its teardown went to the end (SWAYSOCK unset) though its log lines had nowhere to go');
});
