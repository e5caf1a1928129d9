/**
 * HARNESS GUARDS, not swaysock's behaviour: these tests check that the test harness
 * (tests/helpers/user-manager.ts: a private systemd user manager per test) gives every system
 * test what it relies on: units load from the private unit dir, Type=notify waits for READY=1,
 * processes land in the delegated cgroup, the D-Bus session bus answers, managers are isolated,
 * a "reboot" starts afresh, and the host's /etc/systemd/user stays hidden unless asked for. When
 * one fails, the system tests' results mean nothing; when all pass, they say nothing about
 * swaysock. Their titles start with "harness:".
 */
import t from 'tap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startUserManager, waitFor } from '../helpers/user-manager.js';

/** Path of PID's cgroup2 membership (`0::/...` line of /proc/PID/cgroup). */
function cgroupOf(pid: number): string {
  return /^0::(.*)$/m.exec(readFileSync(`/proc/${pid}/cgroup`, 'utf8'))?.[1] ?? '';
}

t.test('harness: a unit in the private unit dir loads and starts; Type=notify waits for READY=1 and records STATUS=', async (t) => {
  const um = await startUserManager(t.teardown);
  um.writeUnit(
    'probe-notify.service',
    [
      '[Service]',
      'Type=notify',
      'NotifyAccess=all',
      `ExecStart=/bin/sh -c 'sleep 0.3; systemd-notify --ready --status="probe ready"; exec sleep infinity'`,
      '',
    ].join('\n'),
  );
  um.writeUnit('probe-silent.service', ['[Service]', 'Type=notify', 'TimeoutStartSec=1', 'ExecStart=/bin/sleep infinity', ''].join('\n'));
  t.equal((await um.systemctl(['daemon-reload'])).code, 0, 'daemon-reload');
  t.equal(await um.unitProperty('probe-notify.service', 'LoadState'), 'loaded');
  t.equal(await um.unitProperty('probe-notify.service', 'FragmentPath'), join(um.unitDir, 'probe-notify.service'));

  const r = await um.systemctl(['start', 'probe-notify.service']);
  t.equal(r.code, 0, `start succeeds: ${r.stderr}`);
  t.equal(await um.unitProperty('probe-notify.service', 'ActiveState'), 'active', 'start returned only once READY=1 made it active (not activating)');
  t.equal(await um.unitProperty('probe-notify.service', 'StatusText'), 'probe ready');
  const mainPid = Number(await um.unitProperty('probe-notify.service', 'MainPID'));
  t.ok(mainPid > 0);
  t.equal(cgroupOf(mainPid), `/${um.cgroupPath.split('/').pop()}/app.slice/probe-notify.service`, 'the service runs in the delegated cgroup');

  const silent = await um.systemctl(['start', 'probe-silent.service']);
  t.equal(silent.code, 1, 'a Type=notify service that never sends READY=1 fails its start');
  t.match(silent.stderr, /Job for probe-silent\.service failed/);
  t.equal(await um.unitProperty('probe-silent.service', 'Result'), 'timeout');

  // The D-Bus session bus (dbus-user-session) answers and updates the manager's environment.
  const dbus = await um.run('dbus-update-activation-environment', ['--systemd', 'SWAYSOCK_PROBE=via-dbus']);
  t.equal(dbus.code, 0, `dbus-update-activation-environment: ${dbus.stderr}`);
  t.equal((await um.environment()).SWAYSOCK_PROBE, 'via-dbus');
});

t.test('harness: two managers run at once, each with its own units, environment and cgroup', async (t) => {
  const [a, b] = await Promise.all([startUserManager(t.teardown), startUserManager(t.teardown)]);
  t.not(a.cgroupPath, b.cgroupPath);
  t.not(a.runtimeDir, b.runtimeDir);
  a.writeUnit('only-in-a.service', '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n');
  await a.systemctl(['daemon-reload']);
  await b.systemctl(['daemon-reload']);
  t.equal((await a.systemctl(['start', 'only-in-a.service'])).code, 0);
  t.equal(await a.unitProperty('only-in-a.service', 'ActiveState'), 'active');
  t.equal(await b.unitProperty('only-in-a.service', 'LoadState'), 'not-found');
  t.equal((await a.systemctl(['set-environment', 'ONLY_IN_A=1'])).code, 0);
  t.equal((await a.environment()).ONLY_IN_A, '1');
  t.equal((await b.environment()).ONLY_IN_A, undefined);
});

t.test('harness: reboot: stop() ends the manager and its units; a new manager on the same HOME starts enabled units afresh', async (t) => {
  const first = await startUserManager(t.teardown);
  first.writeUnit(
    'boot-marker.service',
    ['[Service]', 'Type=oneshot', 'RemainAfterExit=yes', `ExecStart=/bin/sh -c 'echo "$$" >> %h/boots'`, '', '[Install]', 'WantedBy=default.target', ''].join(
      '\n',
    ),
  );
  first.writeUnit('long-running.service', '[Service]\nExecStart=/bin/sleep infinity\n');
  t.equal((await first.systemctl(['daemon-reload'])).code, 0);
  const enable = await first.systemctl(['enable', 'boot-marker.service']);
  t.equal(enable.code, 0, `enable: ${enable.stderr}`);
  t.equal((await first.systemctl(['start', 'boot-marker.service', 'long-running.service'])).code, 0);
  await first.systemctl(['set-environment', 'FROM_FIRST_BOOT=1']);
  const sleeper = Number(await first.unitProperty('long-running.service', 'MainPID'));
  t.ok(existsSync(`/proc/${sleeper}`), 'long-running service runs');

  await first.stop();
  t.ok(!existsSync(`/proc/${first.pid}`), 'the first manager has exited');
  await waitFor(() => !existsSync(`/proc/${sleeper}`), 30_000, 'the service to be stopped with its manager');
  t.ok(!existsSync(first.cgroupPath), 'its cgroup is removed');

  const second = await startUserManager(t.teardown, { home: first.home });
  t.not(second.pid, first.pid, 'a fresh manager');
  t.not(second.runtimeDir, first.runtimeDir, 'with a fresh runtime dir');
  await waitFor(async () => (await second.unitProperty('boot-marker.service', 'ActiveState')) === 'active', 30_000, 'boot-marker.service at boot');
  t.equal(readFileSync(join(first.home, 'boots'), 'utf8').trim().split('\n').length, 2, 'the enabled unit ran once per boot');
  t.equal(await second.unitProperty('long-running.service', 'ActiveState'), 'inactive', 'a unit started by hand is not restarted');
  t.equal((await second.environment()).FROM_FIRST_BOOT, undefined, 'the environment block starts afresh');
});

t.test("harness: the host's /etc/systemd/user is hidden unless asked for: units packages enable for every user stay out of test sessions", async (t) => {
  // What the host's packages link into graphical-session.target.wants/ (Debian's waybar does).
  const hostDir = '/etc/systemd/user/graphical-session.target.wants';
  const linked = existsSync(hostDir) ? readdirSync(hostDir) : [];
  if (linked.length === 0) return t.pass(`nothing on this host is linked into ${hostDir}`);
  const [hidden, host] = await Promise.all([startUserManager(t.teardown), startUserManager(t.teardown, { hostUserUnits: true })]);
  const wants = async (um: typeof hidden) => (await um.unitProperty('graphical-session.target', 'Wants')).split(' ');
  for (const unit of linked) {
    t.notOk((await wants(hidden)).includes(unit), `by default graphical-session.target does not want ${unit}`);
    t.ok((await wants(host)).includes(unit), `with hostUserUnits it wants ${unit}, as the host's link says`);
  }
  t.ok(existsSync(join(hostDir, linked[0]!)), 'the host itself is untouched (a private mount namespace)');
});
