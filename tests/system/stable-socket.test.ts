/**
 * The stable socket unit under a real systemd user manager with real headless Sways: it listens
 * from login, stays between two sessions, a connection then starts the daemon, and each session's
 * Sway answers swaymsg on the same path.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { CLI } from '../helpers/daemon.js';
import { findings, problems, runDoctor } from '../helpers/doctor.js';
import { checkSession, healthyWithin, installSession, loginAgain, managerWithOurUnits } from '../helpers/scenario.js';
import { startHealthd } from '../helpers/daemon.js';
import { sessionDown, sessionSetup, spawnSession, state, swayServiceSession, writeSwayService } from '../helpers/session.js';
import { chownToTestUser } from '../helpers/user.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';

/** `swaymsg -s PATH -t get_version` as the session's user: its exit code. */
async function versionVia(um: UserManager, path: string): Promise<{ code: number | null }> {
  const r = await um.run('swaymsg', ['-s', path, '-t', 'get_version'], { timeoutMs: 30_000 });
  return { code: r.code };
}

t.test('the stable socket answers in each session and between them, where a connection starts the daemon', async (t) => {
  const { um, swayLog } = await installSession(t, ['--stable-socket']);
  const booted = await loginAgain(t, um);
  await waitFor(async () => (await state(booted, 'swaysock-stable.socket')) === 'active', 30_000, 'sockets.target to start the stable socket');
  const stable = join(booted.runtimeDir, 'swaysock', 'sway.sock');
  t.equal(statSync(stable).mode & 0o777, 0o600, 'SocketMode=0600');
  t.equal(statSync(join(booted.runtimeDir, 'swaysock')).mode & 0o777, 0o700, 'DirectoryMode=0700');

  const first = await checkSession(t, booted, swayLog, 'first session');
  t.equal((await versionVia(booted, stable)).code, 0, 'swaymsg through the stable socket in the first session');

  process.kill(first.pid, 'SIGKILL');
  await waitFor(async () => (await state(booted, 'swaysock-healthd.service')) === 'inactive', 60_000, 'the daemon to stop with the session');
  t.equal(await state(booted, 'swaysock-stable.socket'), 'active', 'the socket unit stays between sessions');
  t.ok(statSync(stable).isSocket(), 'its socket stays (a connect here would start the daemon: the third part)');

  t.equal((await booted.systemctl(['start', 'sway.service'])).code, 0);
  await checkSession(t, booted, swayLog, 'second session', [first.socket]);
  t.equal((await versionVia(booted, stable)).code, 0, 'swaymsg through the same path reaches the second Sway');

  // Between sessions, a client's connection starts the daemon; with no Sway it is closed after the bounded wait.
  const second = await swayServiceSession(booted, swayLog);
  process.kill(second.pid, 'SIGKILL');
  await waitFor(async () => (await state(booted, 'swaysock-healthd.service')) === 'inactive', 60_000, 'the daemon to stop with the second session');
  t.not((await versionVia(booted, stable)).code, 0, 'no Sway: swaymsg fails, it does not hang');
  t.equal(await state(booted, 'swaysock-healthd.service'), 'active', 'the connection started the daemon');
  t.equal((await booted.systemctl(['start', 'sway.service'])).code, 0);
  const third = await swayServiceSession(booted, swayLog);
  await waitFor(async () => (await versionVia(booted, stable)).code === 0, 60_000, `swaymsg through the stable socket on the third Sway (${third.socket})`);
});

t.test('swaysock session --stable-socket exports the stable socket; the daemon and doctor count it correct', async (t) => {
  const um = await managerWithOurUnits(t, ['--stable-socket', '--interval', '1']);
  t.equal((await um.systemctl(['start', 'swaysock-stable.socket'])).code, 0, 'the socket, as sockets.target starts it at login');
  const swayLog = await writeSwayService(um, { exec: 'exec', sessionArgs: ['--stable-socket'] });
  t.equal((await um.systemctl(['start', 'sway.service'])).code, 0);
  const sway = await swayServiceSession(um, swayLog);
  const stable = join(um.runtimeDir, 'swaysock', 'sway.sock');
  const env = await um.environment();
  t.equal(env.SWAYSOCK, stable, 'SWAYSOCK names the stable socket');
  t.equal(env.I3SOCK, stable, 'and I3SOCK');

  const health = await healthyWithin(um, 30_000);
  t.equal(health.socket_path, sway.socket, 'the daemon watches Sway itself');
  t.equal(health.environment_swaysock, stable);
  t.equal(health.environment_matches, true, 'environment_matches counts the stable socket correct');
  // The repair check runs after every validation: two more, and it has not put Sway's own path back.
  const validations = async () => JSON.parse((await um.run(process.execPath, [CLI, 'status', '--json'])).stdout).counters.validations as number;
  const before = await validations();
  await waitFor(async () => (await validations()) >= before + 2, 60_000, 'two more validations');
  t.equal((await um.environment()).SWAYSOCK, stable, 'no repair undid it');

  const doctor = await runDoctor(um, { SWAYSOCK: stable });
  t.equal(findings(doctor.report, 'environment', 'ok', /user manager's SWAYSOCK is the stable socket/).length, 1, problems(doctor.report));
  t.equal(findings(doctor.report, 'environment', 'ok', /user manager's I3SOCK is the stable socket/).length, 1);
  t.equal(findings(doctor.report, 'environment', 'ok', /this shell's SWAYSOCK is the stable socket/).length, 1, "a shell's SWAYSOCK naming it too");

  // The relay's own figures: doctor shows them as a fact of the daemon.
  t.equal((await versionVia(um, stable)).code, 0, 'swaymsg through the stable socket');
  const relayed = findings(
    (await runDoctor(um, { SWAYSOCK: stable })).report,
    'daemon',
    'info',
    new RegExp(`the stable socket ${stable} relays \\d+ connection`),
  );
  t.equal(relayed.length, 1, "doctor reports the stable socket's relay");
  t.match(relayed[0]?.evidence.join('\n') ?? '', /relayed connections since the daemon started: [1-9]/, 'with the connection just relayed');
});

t.test('--stable-socket: a service bound to the session gets its first answer through the stable socket, however slowly the daemon starts', async (t) => {
  const um = await managerWithOurUnits(t, ['--stable-socket']);
  t.equal((await um.systemctl(['start', 'swaysock-stable.socket'])).code, 0, 'the socket, as sockets.target starts it at login');
  // TEST FIXTURE: a daemon that takes 5 s to start, as a Node program does on a slow, busy
  // machine (some 40 s in the Debian VM under emulation); swaymsg waits 3 s for a reply.
  const dropIns = join(um.unitDir, 'swaysock-healthd.service.d');
  mkdirSync(dropIns);
  chownToTestUser(dropIns);
  um.writeUnit('swaysock-healthd.service.d/slow-start.conf', '[Service]\nExecStartPre=/bin/sleep 5\n');
  // A client bound to the session: one request through its $SWAYSOCK, its first and only try.
  um.writeUnit(
    'first-request.service',
    '[Unit]\nAfter=sway-session.target\nPartOf=sway-session.target\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/bin/swaymsg -t get_version\n\n[Install]\nWantedBy=sway-session.target\n',
  );
  t.equal((await um.systemctl(['enable', 'first-request.service'])).code, 0);
  const swayLog = await writeSwayService(um, { exec: 'exec', sessionArgs: ['--stable-socket'] });
  t.equal((await um.systemctl(['start', 'sway.service'])).code, 0);
  await swayServiceSession(um, swayLog, 60_000);
  const stable = join(um.runtimeDir, 'swaysock', 'sway.sock');
  t.equal((await um.environment()).SWAYSOCK, stable, 'SWAYSOCK names the stable socket');
  await waitFor(async () => ['active', 'failed'].includes(await state(um, 'first-request.service')), 30_000, 'the client to have made its request');
  t.equal(
    await state(um, 'first-request.service'),
    'active',
    `its GET_VERSION through ${stable} was answered (Result=${await um.unitProperty('first-request.service', 'Result')})`,
  );
});

t.test('swaysock session --stable-socket adopts a target whose SWAYSOCK names the stable socket', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  await startHealthd(um.runtimeDir, t.teardown, ['--stable-socket']);
  const stable = join(um.runtimeDir, 'swaysock', 'sway.sock');
  // Another wiring exported the stable socket and started the target.
  await um.systemctl(['set-environment', `SWAYSOCK=${stable}`]);
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  const standIn = Number(await um.unitProperty('stand-in.service', 'MainPID'));
  const session = spawnSession(t, um, env, ['--stable-socket']);
  await waitFor(
    () => /adopting it/.test(session.stderr()),
    30_000,
    () => `the session to adopt the target (stderr: ${session.stderr()})`,
  );
  await waitFor(async () => (await um.environment()).I3SOCK === stable, 30_000, 'the import');
  t.equal(Number(await um.unitProperty('stand-in.service', 'MainPID')), standIn, 'the running session services are kept');
  t.equal((await um.environment()).SWAYSOCK, stable, 'SWAYSOCK still names the stable socket');
  await sway.kill('SIGKILL');
  await sessionDown(um);
  t.equal(await session.exited, 0, session.stderr());
});
