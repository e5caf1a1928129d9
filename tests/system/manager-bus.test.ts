/**
 * ts/systemd/manager-bus.ts against a real systemd user manager and its real session bus
 * (dbus-daemon, from dbus-user-session), run as the test user (tests/helpers/manager-bus.ts):
 * the private socket first and the bus as fallback, the environment calls, ActiveState and unit
 * object paths, reset-failed, StartUnit waiting for its job with each result systemd gives
 * (done, failed, dependency, timeout, canceled) over the direct connection and over the bus, and
 * the two calls to the bus itself. Deadlines against a peer that never answers are in
 * tests/unit/dbus-connection.test.ts (a fake: the real manager always answers).
 */
import t from 'tap';
import { managerBusRunner } from '../helpers/manager-bus.js';
import { startUserManager, type UserManager } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

/** Connects over the private socket (the default) and runs `body` with the ManagerBus as `m`. */
const direct = (body: string) =>
  `const m = await B.connectManager(process.env, process.env.XDG_RUNTIME_DIR); if (!m.direct) throw new Error('not direct'); ${body}`;

/** Test fixture units for the job results. */
async function jobUnits(um: UserManager): Promise<void> {
  um.writeUnit('ok.service', '[Service]\nType=oneshot\nExecStart=/bin/true\n');
  um.writeUnit('fails.service', '[Service]\nType=oneshot\nExecStart=/bin/false\n');
  um.writeUnit('needs-failing.service', '[Unit]\nRequires=fails.service\nAfter=fails.service\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n');
  um.writeUnit('slow-job.service', '[Unit]\nJobTimeoutSec=200ms\n\n[Service]\nType=oneshot\nExecStart=/bin/sleep 5\n');
  um.writeUnit('slow.service', '[Service]\nType=oneshot\nExecStart=/bin/sleep 5\n');
  um.writeUnit('conflicting.service', '[Unit]\nConflicts=slow.service\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n');
  const reload = await um.systemctl(['daemon-reload']);
  if (reload.code !== 0) throw new Error(`daemon-reload: ${reload.stderr}`);
}

/** The job results of starting each fixture unit, as `{unit: result or error code/result}`, with `m` connected by `connect`. */
const JOB_RESULTS = `
const outcome = async (p) => p.then((r) => r, (e) => e.code + (e.result ? ':' + e.result : ''));
const results = {};
for (const unit of ['ok.service', 'fails.service', 'needs-failing.service', 'slow-job.service']) results[unit] = await outcome(m.startUnit(unit, 'replace', 30000));
// slow.service's start job is canceled when conflicting.service's start replaces it with a stop job.
const slow = outcome(m.startUnit('slow.service', 'replace', 30000));
while ((await m.activeState('slow.service')) !== 'activating') await new Promise((r) => setTimeout(r, 10));
results['conflicting.service'] = await outcome(m.startUnit('conflicting.service', 'replace', 30000));
results['slow.service'] = await slow;
results.unknown = await outcome(m.startUnit('no-such-unit.service', 'replace', 30000));
return results;`;

const EXPECTED_RESULTS = {
  'ok.service': 'done',
  'fails.service': 'ERR_SWAYSOCK_JOB_FAILED:failed',
  'needs-failing.service': 'ERR_SWAYSOCK_JOB_FAILED:dependency',
  'slow-job.service': 'ERR_SWAYSOCK_JOB_FAILED:timeout',
  'conflicting.service': 'done',
  'slow.service': 'ERR_SWAYSOCK_JOB_FAILED:canceled',
  unknown: 'ERR_SWAYSOCK_DBUS_CALL',
};

t.test("over the private socket: StartUnit waits for its job and gives systemd's result (JobRemoved arrives on a direct connection)", async (t) => {
  const um = await startUserManager(t.teardown);
  await jobUnits(um);
  const run = await managerBusRunner(t, um);
  const r = await run(direct(JOB_RESULTS));
  t.same(r, { ok: true, value: EXPECTED_RESULTS });
  t.equal(await um.unitProperty('fails.service', 'ActiveState'), 'failed', 'the manager agrees: fails.service failed');
});

t.test('without the private socket it falls back to the session bus, where StartUnit subscribes to the job signals', async (t) => {
  const um = await startUserManager(t.teardown);
  await jobUnits(um);
  const run = await managerBusRunner(t, um);
  // A runtime dir without systemd/private; DBUS_SESSION_BUS_ADDRESS names the real bus.
  const empty = makeRuntimeDir(t.teardown);
  const r = await run(`const m = await B.connectManager(process.env, ${JSON.stringify(empty)}); if (m.direct) throw new Error('direct'); ${JOB_RESULTS}`);
  t.same(r, { ok: true, value: EXPECTED_RESULTS });
  // No bus either: both places named, with a stable code.
  const none = await run(`return B.connectManager({}, ${JSON.stringify(empty)});`);
  t.equal(none.ok, false);
  t.match(none, {
    code: 'ERR_SWAYSOCK_DBUS_CONNECT',
    message: /private socket: cannot connect to .*systemd\/private \(ENOENT\); the session bus: cannot connect to .*\/bus \(ENOENT\)/,
  });
});

t.test('environment: SetEnvironment, the Environment property (values as set, no quoting) and UnsetEnvironment', async (t) => {
  const um = await startUserManager(t.teardown);
  const run = await managerBusRunner(t, um);
  const values = { WEIRD: 'a b"c\'d$e\\f\ng\th', EMPTY: '', WITH_EQ: 'x=y' };
  const set = await run(
    direct(
      `await m.setEnvironment(${JSON.stringify(values)}); const e = await m.environment(); return { WEIRD: e.WEIRD, EMPTY: e.EMPTY, WITH_EQ: e.WITH_EQ };`,
    ),
  );
  t.same(set, { ok: true, value: values }, 'read back over D-Bus as set');
  t.same(await um.environment().then((e) => ({ WEIRD: e.WEIRD, EMPTY: e.EMPTY, WITH_EQ: e.WITH_EQ })), values, 'and systemctl show-environment agrees');
  const unset = await run(
    direct(
      `await m.unsetEnvironment(['WEIRD', 'EMPTY', 'NEVER_SET']); return Object.keys(await m.environment()).filter((k) => ['WEIRD', 'EMPTY', 'WITH_EQ'].includes(k));`,
    ),
  );
  t.same(unset, { ok: true, value: ['WITH_EQ'] }, 'unset names are gone, a name never set is ignored');
  const invalid = await run(direct(`return m.setEnvironment({ 'NOT VALID': 'x' });`));
  t.match(invalid, { ok: false, code: 'ERR_SWAYSOCK_DBUS_CALL' }, 'the manager refuses an invalid assignment, with a coded error');
});

t.test('ActiveState through the unit object path (the same path the manager gives), and ResetFailed', async (t) => {
  const um = await startUserManager(t.teardown);
  um.writeUnit('fails.service', '[Service]\nType=oneshot\nExecStart=/bin/false\n');
  um.writeUnit('dash-and.digits-1.service', '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n');
  await um.systemctl(['daemon-reload']);
  await um.systemctl(['start', 'fails.service', 'dash-and.digits-1.service']);
  const run = await managerBusRunner(t, um);
  const r = await run(
    direct(`const given = await m.connection.call({ destination: 'org.freedesktop.systemd1', path: '/org/freedesktop/systemd1', interface: 'org.freedesktop.systemd1.Manager', member: 'GetUnit', signature: 's', body: ['dash-and.digits-1.service'] }, 30000);
const before = await m.activeState('fails.service');
await m.resetFailed();
return { given: given[0], ours: B.unitObjectPath('dash-and.digits-1.service'), active: await m.activeState('dash-and.digits-1.service'), before, after: await m.activeState('fails.service'), unknown: await m.activeState('no-such-unit.service') };`),
  );
  t.same(r, {
    ok: true,
    value: {
      given: '/org/freedesktop/systemd1/unit/dash_2dand_2edigits_2d1_2eservice',
      ours: '/org/freedesktop/systemd1/unit/dash_2dand_2edigits_2d1_2eservice',
      active: 'active',
      before: 'failed',
      after: 'inactive',
      unknown: 'inactive',
    },
  });
});

t.test(
  'the session bus: UpdateActivationEnvironment reaches dbus-daemon (and through it the manager); GetConnectionUnixProcessID names dbus-daemon',
  async (t) => {
    const um = await startUserManager(t.teardown);
    t.equal((await um.systemctl(['start', 'dbus.service'])).code, 0);
    const run = await managerBusRunner(t, um);
    const r = await run(`const bus = await B.connectSessionBus(process.env, process.env.XDG_RUNTIME_DIR);
await B.updateActivationEnvironment(bus, { SWAYSOCK_BUS_TEST: 'from the bus' });
return B.connectionUnixProcessId(bus, 'org.freedesktop.DBus');`);
    t.same(r, { ok: true, value: Number(await um.unitProperty('dbus.service', 'MainPID')) }, "the bus's own PID");
    t.equal((await um.environment()).SWAYSOCK_BUS_TEST, 'from the bus', 'dbus-daemon forwarded the update to the manager');
  },
);
