/**
 * ts/systemd/manager-link.ts (the daemon's connection to the user manager) against a real systemd
 * user manager, its real session bus (dbus-daemon from dbus-user-session) and a second real
 * dbus-daemon that the manager is not on, run as the test user (tests/helpers/manager-bus.ts):
 * the session bus first, the private socket when the bus has no manager, a connection opened
 * again after `daemon-reexec` and after a restart of the bus, and a link that reaches nothing.
 */
import t from 'tap';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { managerBusRunner } from '../helpers/manager-bus.js';
import { startUserManager, waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

const LINK = 'ts/systemd/manager-link.ts';

/** A script body's start: `L`, a ManagerLink on `runtimeDir` (default the manager's), its log lines in `logs`. */
const link = (runtimeDir = 'process.env.XDG_RUNTIME_DIR') => `const logs = [];
const L = new B.ManagerLink({ env: process.env, runtimeDir: ${runtimeDir}, log: (p, m) => logs.push(p + ': ' + m) });
`;

t.test('over the session bus by default: reads the environment block, writes it with SetEnvironment and UnsetEnvironment', async (t) => {
  const um = await startUserManager(t.teardown);
  const run = await managerBusRunner(t, um, LINK);
  const set = await run(`${link()}await L.set({ LINK_TEST: 'a b=c', LINK_GONE: 'x' });
await L.unset(['LINK_GONE']);
const env = await L.read();
L.close();
return { read: env.LINK_TEST, gone: env.LINK_GONE ?? null, logs };`);
  t.same(set, { ok: true, value: { read: 'a b=c', gone: null, logs: [`info: talking to the user manager over the session bus (${um.runtimeDir}/bus)`] } });
  const env = await um.environment();
  t.same([env.LINK_TEST, env.LINK_GONE], ['a b=c', undefined], 'systemctl show-environment agrees');
});

t.test('a session bus the manager is not on (a second dbus-daemon): the link goes to the private socket', async (t) => {
  const um = await startUserManager(t.teardown);
  await um.systemctl(['set-environment', 'LINK_TEST=over the private socket']);
  const dir = makeRuntimeDir(t.teardown, 'swaysock-other-bus-');
  const other = join(dir, 'bus');
  const daemon = um.spawn('dbus-daemon', ['--session', '--nofork', '--nopidfile', `--address=unix:path=${other}`]);
  t.teardown(() => void daemon.kill());
  await waitFor(() => existsSync(other), 10_000, 'the second dbus-daemon to listen');
  const run = await managerBusRunner(t, um, LINK);
  const r = await run(`${link()}const env = await L.read(); return { value: env.LINK_TEST, logs };`, { DBUS_SESSION_BUS_ADDRESS: `unix:path=${other}` });
  t.match(r, {
    ok: true,
    value: {
      value: 'over the private socket',
      logs: [
        `info: talking to the user manager over the session bus (${other})`,
        /^notice: the user manager connection reaches no manager on the session bus \(org\.freedesktop\.DBus\.Properties\.Get: org\.freedesktop\.DBus\.Error\.[A-Za-z.]+/,
        `info: talking to the user manager over its private socket (${um.runtimeDir}/systemd/private)`,
      ],
    },
  });
});

t.test('the manager re-executes, then the bus restarts: each read and write after them gets through', async (t) => {
  const um = await startUserManager(t.teardown);
  const run = await managerBusRunner(t, um, LINK);
  const r = await run(`${link()}const { execFileSync } = await import('node:child_process');
const first = (await L.read()) !== null;
execFileSync('systemctl', ['--user', 'daemon-reexec']);
await L.set({ LINK_TEST: 'after daemon-reexec' });
const afterReexec = (await L.read())?.LINK_TEST ?? null;
execFileSync('systemctl', ['--user', 'restart', 'dbus.service']);
await L.set({ LINK_TEST: 'after the bus restarted' });
const afterRestart = (await L.read())?.LINK_TEST ?? null;
return { first, afterReexec, afterRestart, logs };`);
  t.match(r, { ok: true, value: { first: true, afterReexec: 'after daemon-reexec', afterRestart: 'after the bus restarted' } });
  if (r.ok) t.comment((r.value as { logs: string[] }).logs.join('\n'));
  t.equal((await um.environment()).LINK_TEST, 'after the bus restarted', 'the manager has the last write');
});

t.test('no manager and no bus: reads give null at once, a write fails with a coded error, one notice, and no new attempt before the backoff', async (t) => {
  const um = await startUserManager(t.teardown);
  const run = await managerBusRunner(t, um, LINK);
  const empty = makeRuntimeDir(t.teardown);
  const r = await run(
    `${link(JSON.stringify(empty))}const first = await L.read();
const second = await L.read();
const set = await L.set({ LINK_TEST: 'x' }).then(() => null, (e) => ({ code: e.code, message: e.message }));
return { first, second, set, logs };`,
    { DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(empty, 'bus')}` },
  );
  t.match(r, {
    ok: true,
    value: {
      first: null,
      second: null,
      set: { code: 'ERR_SWAYSOCK_DBUS_CONNECT', message: /^no user manager answered; trying again in 1 s$/ },
      logs: [
        /^notice: cannot reach the systemd user manager: the session bus: cannot connect to .*\/bus \(ENOENT\); its private socket: cannot connect to .*systemd\/private \(ENOENT\); going on without it/,
      ],
    },
  });
  t.equal((r.ok && (r.value as { logs: string[] }).logs.length) || 0, 1, 'one notice for the whole run');
});
