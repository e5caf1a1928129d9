/**
 * The plain units under a real systemd user manager (tests/helpers/user-manager.ts) with a real
 * headless Sway: installed and enabled by `swaysock units --install --enable` (dist/; run
 * `npm run build` first), then a login (a new manager on the same HOME, so timers.target and
 * sockets.target pull in what was enabled).
 */
import { lstatSync, mkdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { CLI, HEALTHD_NODE_FLAGS } from '../helpers/daemon.js';
import { loginAgain, managerWithOurUnits, monotonicUs } from '../helpers/scenario.js';
import { state, type Teardown } from '../helpers/session.js';
import { startSway } from '../helpers/sway.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';
import { chownToTestUser } from '../helpers/user.js';

/** Seconds in a systemd.time(7) span as systemctl prints it ("1h 5min 54.516908s"). @throws Error on anything else. */
function timespanSeconds(span: string): number {
  const units: Record<string, number> = { d: 86400, h: 3600, min: 60, s: 1, ms: 1e-3, us: 1e-6 };
  let total = 0;
  for (const part of span.trim().split(/\s+/)) {
    const m = /^([0-9.]+)(d|h|min|s|ms|us)$/.exec(part);
    if (!m) throw new Error(`not a timespan: ${JSON.stringify(span)}`);
    total += Number(m[1]) * units[m[2]!]!;
  }
  return total;
}

/** Installs and enables the units in a fresh manager's HOME, then "logs in again" (a new manager on that HOME). */
async function installedAndLoggedIn(t: { teardown: Teardown }, extra: string[] = []): Promise<UserManager> {
  const first = await managerWithOurUnits(t, extra);
  // --enable ran daemon-reload: the running manager already sees the unit enabled.
  const fileState = await first.unitProperty('swaysock-healthd.service', 'UnitFileState');
  if (fileState !== 'enabled') throw new Error(`after --enable, swaysock-healthd.service is ${fileState}`);
  return loginAgain(t, first);
}

t.test('starting sway-session.target after a headless Sway starts the health daemon (healthy) and the cleanup, and the timer is armed', async (t) => {
  const loggedIn = monotonicUs();
  const um = await installedAndLoggedIn(t);
  const wants = join(um.unitDir, 'sway-session.target.wants');
  t.equal(readlinkSync(join(wants, 'swaysock-healthd.service')), join(um.unitDir, 'swaysock-healthd.service'), 'the wants link, as systemctl enable makes it');
  t.ok(lstatSync(join(um.unitDir, 'timers.target.wants', 'swaysock-cleanup.timer')).isSymbolicLink());

  await waitFor(async () => (await state(um, 'swaysock-cleanup.timer')) === 'active', 30_000, 'timers.target to start the cleanup timer');
  t.equal(await state(um, 'swaysock-healthd.service'), 'inactive', 'no daemon before the session');

  const sway = await startSway(um.runtimeDir, t.teardown);
  const start = await um.systemctl(['start', 'sway-session.target']);
  t.equal(start.code, 0, start.stderr);
  await waitFor(
    async () => (await state(um, 'swaysock-healthd.service')) === 'active',
    60_000,
    () => `swaysock-healthd to be active (manager log: ${um.log()})`,
  );

  const health = await um.run(process.execPath, [CLI, 'diagnose', 'socket-health', '--json']);
  t.equal(health.code, 0, `diagnose socket-health exits 0 when healthy: ${health.stderr}`);
  const h = JSON.parse(health.stdout);
  t.equal(h.status, 'healthy');
  t.equal(h.socket_path, sway.socketPath, 'the daemon watches the live Sway');

  const mainPid = Number(await um.unitProperty('swaysock-healthd.service', 'MainPID'));
  const cmdline = readFileSync(`/proc/${mainPid}/cmdline`, 'utf8').split('\0');
  t.same(cmdline.slice(1, 1 + HEALTHD_NODE_FLAGS.length), HEALTHD_NODE_FLAGS, 'with the Node flags it ships with');
  t.match(cmdline[1 + HEALTHD_NODE_FLAGS.length], /\/dist\/swaysock-healthd\.js$/, "the unit runs this checkout's bundle");
  t.equal((await um.unitProperty('swaysock-healthd.service', 'StatusText')) !== '', true, 'STATUS= reached the manager');

  await waitFor(
    async () => (await um.unitProperty('swaysock-cleanup.service', 'ExecMainExitTimestampMonotonic')) !== '0',
    30_000,
    'the cleanup the target wants to have run',
  );
  t.equal(await um.unitProperty('swaysock-cleanup.service', 'Result'), 'success', 'the cleanup succeeded');
  // Armed: the next elapse is the earlier of OnStartupSec=5min after the manager's start and
  // OnUnitActiveSec=5min after the cleanup's run, so 5 min after a moment between the login and
  // that run (however long the steps between them took).
  const next = await um.unitProperty('swaysock-cleanup.timer', 'NextElapseUSecMonotonic');
  const ranAt = Number(await um.unitProperty('swaysock-cleanup.service', 'InactiveExitTimestampMonotonic'));
  const armedFor = timespanSeconds(next) * 1e6 - 300e6;
  t.ok(
    armedFor >= loggedIn && armedFor <= ranAt,
    `the timer is armed: next elapse ${next}, 5 min after ${(armedFor / 1e6).toFixed(1)} s, between the login (${(loggedIn / 1e6).toFixed(1)} s) and the cleanup's run (${(ranAt / 1e6).toFixed(1)} s)`,
  );

  const stop = await um.systemctl(['stop', 'sway-session.target']);
  t.equal(stop.code, 0, stop.stderr);
  await waitFor(async () => (await state(um, 'swaysock-healthd.service')) === 'inactive', 30_000, 'PartOf= to stop the daemon with the target');
  t.equal(await state(um, 'swaysock-cleanup.timer'), 'active', 'the timer does not depend on the session');
});

t.test('socket activation: the socket listens from login (0600 in a 0700 directory) and a client starts the daemon', async (t) => {
  const um = await installedAndLoggedIn(t, ['--socket-activation']);
  await waitFor(async () => (await state(um, 'swaysock-healthd.socket')) === 'active', 30_000, 'sockets.target to start the socket');
  const path = join(um.runtimeDir, 'swaysock', 'healthd.sock');
  t.equal(statSync(path).mode & 0o777, 0o600, 'SocketMode=0600');
  t.equal(statSync(join(um.runtimeDir, 'swaysock')).mode & 0o777, 0o700, 'DirectoryMode=0700');
  t.equal(await state(um, 'swaysock-healthd.service'), 'inactive', 'the daemon waits for a client');

  // The connection starts the daemon: the answer waits for Node's start and the first discovery.
  const status = await um.run(process.execPath, [CLI, 'status', '--json', '--timeout', '60']);
  t.equal(status.code, 0, status.stderr);
  t.equal(JSON.parse(status.stdout).socket_activated, true, 'the daemon got its socket from systemd');
  // READY=1 travels through systemd-notify while the daemon already answers: wait for the manager to see it.
  await waitFor(async () => (await state(um, 'swaysock-healthd.service')) === 'active', 30_000, 'READY=1 to make the socket-activated daemon active');
  t.equal(await state(um, 'swaysock-healthd.service'), 'active');
});

t.test('socket activation with the service stuck activating: the CLI ends at --timeout with exit 2 naming the socket', async (t) => {
  const um = await installedAndLoggedIn(t, ['--socket-activation']);
  await waitFor(async () => (await state(um, 'swaysock-healthd.socket')) === 'active', 30_000, 'sockets.target to start the socket');
  // A start that never finishes: what a hung ExecStartPre= or a daemon that never sends READY=1 looks like.
  const dropIns = join(um.unitDir, 'swaysock-healthd.service.d');
  mkdirSync(dropIns);
  chownToTestUser(dropIns);
  um.writeUnit('swaysock-healthd.service.d/stuck.conf', '[Service]\nExecStartPre=/bin/sleep infinity\n');
  t.equal((await um.systemctl(['daemon-reload'])).code, 0);
  const path = join(um.runtimeDir, 'swaysock', 'healthd.sock');
  for (const args of [
    ['diagnose', 'socket-health', '--timeout', '1'],
    ['status', '--json'],
  ]) {
    const r = await um.run(process.execPath, [CLI, ...args], { timeoutMs: 30_000 });
    t.equal(r.code, 2, `${args.join(' ')}: exit 2 (${r.stderr})`);
    t.equal(r.stdout, '');
    t.match(r.stderr, `swaysock-healthd at ${path} did not answer`);
    t.equal(await state(um, 'swaysock-healthd.service'), 'activating', 'the service is still starting');
  }
});
