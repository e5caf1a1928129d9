/**
 * What `swaysock session` imports: the session variables, `--env NAME`, `--env NAME=VALUE` and
 * `--all` into the user manager and the D-Bus activation environment, and what its teardown
 * unsets; finding Sway without SWAYSOCK; usage errors.
 */
import t from 'tap';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chownToTestUser } from '../helpers/user.js';
import { waitFor } from '../helpers/user-manager.js';
import { CLI } from '../helpers/daemon.js';
import { sessionSetup, sessionUp, spawnSession, sessionDown } from '../helpers/session.js';

t.test('the session variables and --env names reach the user manager and the D-Bus activation environment', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  // A D-Bus service the bus daemon starts itself (no SystemdService=): it inherits the bus's
  // activation environment and writes it down. Test fixture.
  // dbus-daemon(1) reads transient service files from $XDG_RUNTIME_DIR/dbus-1/services.
  const services = join(um.runtimeDir, 'dbus-1', 'services');
  mkdirSync(services, { recursive: true });
  for (let dir = services; dir !== um.runtimeDir; dir = join(dir, '..')) chownToTestUser(dir);
  const dump = join(um.home, 'activation-env');
  // One probe per activation: the bus keeps a name's activation pending until its start timeout
  // when the program exits without taking the name, so a second request for it would spawn nothing.
  for (const name of ['EnvProbe', 'EnvProbeAfterTeardown']) {
    const file = join(services, `org.swaysock.${name}.service`);
    writeFileSync(file, `[D-BUS Service]\nName=org.swaysock.${name}\nExec=/bin/sh -c "env > ${dump}"\n`);
    chownToTestUser(file);
  }
  /** Has the bus start probe `name` and returns what it wrote (it exits without taking its name, so the call itself fails). */
  const activatedEnvironment = async (name: string): Promise<string> => {
    rmSync(dump, { force: true });
    await um.run('busctl', [
      '--user',
      '--timeout=300ms',
      'call',
      'org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus',
      'StartServiceByName',
      'su',
      `org.swaysock.${name}`,
      '0',
    ]);
    await waitFor(() => readFileSync(dump, 'utf8').includes('PATH='), 30_000, `the activated ${name} to write its environment`);
    return readFileSync(dump, 'utf8');
  };
  // Start the bus daemon before the session so that it cannot have read the variables from the manager at its start.
  t.equal((await um.systemctl(['start', 'dbus.service'])).code, 0);

  const session = spawnSession(t, um, { ...env, SWAYSOCK_TEST_EXTRA: 'extra value' }, ['--env', 'SWAYSOCK_TEST_EXTRA']);
  await sessionUp(um, session);
  t.equal((await um.environment()).SWAYSOCK_TEST_EXTRA, 'extra value', '--env NAME imported into the manager');

  const activation = await activatedEnvironment('EnvProbe');
  t.match(activation, `SWAYSOCK=${sway.socketPath}\n`, 'SWAYSOCK in the activation environment');
  t.match(activation, `WAYLAND_DISPLAY=${sway.waylandDisplay}\n`);
  t.match(activation, 'SWAYSOCK_TEST_EXTRA=extra value\n', '--env NAME in the activation environment');

  session.child.kill('SIGTERM');
  t.equal(await session.exited, 0, session.stderr());
  const manager = await um.environment();
  for (const name of ['SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'SWAYSOCK_TEST_EXTRA'])
    t.equal(manager[name], undefined, `${name} unset in the manager at teardown, not even empty`);
  t.match(
    session.stderr(),
    'emptied SWAYSOCK I3SOCK WAYLAND_DISPLAY XDG_CURRENT_DESKTOP XDG_SESSION_TYPE SWAYSOCK_TEST_EXTRA in the D-Bus activation environment (session bus: dbus-daemon)',
    'the bus is recognised as dbus-daemon',
  );

  // A program the bus activates after the teardown must not find the dead Sway.
  const after = await activatedEnvironment('EnvProbeAfterTeardown');
  t.notMatch(after, `SWAYSOCK=${sway.socketPath}`, 'no dead SWAYSOCK in a D-Bus-activated program started after the teardown');
  t.match(after, /^SWAYSOCK=$/m, 'dbus-daemon keeps the name, with the empty value written at teardown');
  t.notMatch(after, 'SWAYSOCK_TEST_EXTRA=extra value');
});

t.test('an empty SWAYSOCK in the manager (a teardown under dbus-daemon) counts as unset when adopting an active target', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  // A session target left active by another wiring, with the empty SWAYSOCK a dbus-daemon teardown leaves.
  t.equal((await um.systemctl(['set-environment', 'SWAYSOCK='])).code, 0);
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  const session = spawnSession(t, um, env);
  await waitFor(
    () => session.stderr().includes('started sway-session.target for'),
    60_000,
    () => `the session to start its target (stderr: ${session.stderr()})`,
  );
  t.match(session.stderr(), 'is active but its Sway (SWAYSOCK unset) is gone; tearing that session down first');
  t.notMatch(session.stderr(), 'another live Sway');
  t.equal((await um.environment()).SWAYSOCK, sway.socketPath, 'this Sway is imported');
});

t.test('--env NAME=VALUE imports that value; --all imports everything, and the teardown unsets only the session variables and --env names', async (t) => {
  const { um, env } = await sessionSetup(t);
  const session = spawnSession(t, um, { ...env, SWAYSOCK_TEST_ALL: 'from the environment', SWAYSOCK_TEST_SET: 'overridden' }, [
    '--all',
    '--env',
    'SWAYSOCK_TEST_SET=a value with = and spaces',
  ]);
  await sessionUp(um, session);
  const up = await um.environment();
  t.equal(up.SWAYSOCK_TEST_SET, 'a value with = and spaces', '--env NAME=VALUE wins over the environment');
  t.equal(up.SWAYSOCK_TEST_ALL, 'from the environment', '--all imports a variable not named anywhere');

  session.child.kill('SIGTERM');
  t.equal(await session.exited, 0, session.stderr());
  const down = await um.environment();
  t.equal(down.SWAYSOCK_TEST_SET, undefined, 'an --env name is unset at teardown');
  t.equal(down.SWAYSOCK, undefined, 'a session variable is unset at teardown');
  t.equal(down.SWAYSOCK_TEST_ALL, 'from the environment', 'what only --all imported stays');
});

t.test('without SWAYSOCK it finds its Sway by discovery', async (t) => {
  const { um, sway, env } = await sessionSetup(t);
  const { SWAYSOCK: _s, I3SOCK: _i, ...withoutSocket } = env;
  const session = spawnSession(t, um, withoutSocket);
  await sessionUp(um, session);
  t.match(session.stderr(), `SWAYSOCK is not set; using ${sway.socketPath} (found by discovery)`);
  const managerEnv = await um.environment();
  t.equal(managerEnv.SWAYSOCK, sway.socketPath, 'the discovered socket is imported as SWAYSOCK');
  t.equal(managerEnv.I3SOCK, sway.socketPath, 'and as I3SOCK');
  await sway.kill('SIGKILL');
  await sessionDown(um);
});

t.test('usage errors exit 64 before touching anything', async (t) => {
  const run = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [CLI, 'session', ...args], { env: { PATH: process.env.PATH, ...env } }, (err, _out, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stderr }),
      );
    });
  const badName = await run(['--env', 'NOT-A-NAME'], { XDG_RUNTIME_DIR: '/nonexistent' });
  t.equal(badName.code, 64);
  t.match(badName.stderr, /--env "NOT-A-NAME" is not an environment variable name/);
  const badAssignment = await run(['--env', '1X=value'], { XDG_RUNTIME_DIR: '/nonexistent' });
  t.equal(badAssignment.code, 64);
  t.match(badAssignment.stderr, /--env "1X=value" is not an environment variable name \(NAME or NAME=VALUE\)/);
  const noRuntimeDir = await run([], {});
  t.equal(noRuntimeDir.code, 64);
  t.match(noRuntimeDir.stderr, /XDG_RUNTIME_DIR is not set/);
});
