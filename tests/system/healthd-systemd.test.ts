import t from 'tap';
import { HEALTHD } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { startUserManager, waitFor, type UserManager } from '../helpers/user-manager.js';

/** A Type=notify unit for the bundle, as the shipped unit runs it (NotifyAccess=all: systemd-notify is our child). */
function writeHealthdUnit(um: UserManager, args: string, watchdogSec = 1): void {
  um.writeUnit('swaysock-healthd.service', `[Unit]
Description=swaysock health daemon (test)

[Service]
Type=notify
NotifyAccess=all
WatchdogSec=${watchdogSec}
Restart=on-failure
ExecStart=${process.execPath} ${HEALTHD} ${args}
`);
}

t.test('Type=notify: READY=1 after the first discovery, STATUS= follows the health, watchdog pings keep it alive', async (t) => {
  const um = await startUserManager(t.teardown);
  const sway = await startSway(um.runtimeDir, t.teardown);
  writeHealthdUnit(um, '--interval 0.5');
  await um.systemctl(['daemon-reload']);
  const start = await um.systemctl(['start', 'swaysock-healthd.service']);
  t.equal(start.code, 0, `start returns once READY=1 arrived ${start.stderr}`);
  t.equal(await um.unitProperty('swaysock-healthd.service', 'ActiveState'), 'active');
  t.match(await um.unitProperty('swaysock-healthd.service', 'StatusText'), `healthy: ${sway.socketPath}`);

  const pid = await um.unitProperty('swaysock-healthd.service', 'MainPID');
  // The manager records each WATCHDOG=1 it gets (WatchdogTimestamp): wait for seven, about two
  // WatchdogSec= of pings, then check that no watchdog kill came in between.
  const pings = new Set<string>();
  await waitFor(async () => {
    pings.add(await um.unitProperty('swaysock-healthd.service', 'WatchdogTimestampMonotonic'));
    return [...pings].filter((p) => p !== '0').length >= 7;
  }, 10_000, "seven watchdog pings (a watchdog kill or missing pings)");
  t.equal(await um.unitProperty('swaysock-healthd.service', 'NRestarts'), '0', 'no watchdog restart while the pings came');
  t.equal(await um.unitProperty('swaysock-healthd.service', 'MainPID'), pid);

  await sway.kill('SIGKILL');
  await waitFor(async () => (await um.unitProperty('swaysock-healthd.service', 'StatusText')).startsWith('disconnected'), 2000, 'STATUS=disconnected');
  t.match(await um.unitProperty('swaysock-healthd.service', 'StatusText'), `disconnected`, 'STATUS= reports the loss');
  const stop = await um.systemctl(['stop', 'swaysock-healthd.service']);
  t.equal(stop.code, 0);
  t.equal(await um.unitProperty('swaysock-healthd.service', 'Result'), 'success', 'SIGTERM: clean exit');
});

t.test("environment repair: a stale SWAYSOCK in the manager is set to the live Sway; a service started afterwards finds it; unset when no Sway is left", async (t) => {
  const um = await startUserManager(t.teardown);
  const dead = await startSway(um.runtimeDir, t.teardown);
  await dead.kill('SIGKILL');
  await um.systemctl(['set-environment', `SWAYSOCK=${dead.socketPath}`, `I3SOCK=${dead.socketPath}`]);
  const live = await startSway(um.runtimeDir, t.teardown);
  writeHealthdUnit(um, '--interval 0.3 --environment-grace 1', 10);
  um.writeUnit('probe.service', `[Service]
Type=oneshot
ExecStart=/bin/sh -c 'printf %%s "$SWAYSOCK" > %t/probe.out'
`);
  await um.systemctl(['daemon-reload']);
  t.equal((await um.systemctl(['start', 'swaysock-healthd.service'])).code, 0);
  await waitFor(async () => (await um.environment()).SWAYSOCK === live.socketPath, 2000, 'SWAYSOCK repaired');
  t.equal((await um.environment()).I3SOCK, live.socketPath, 'I3SOCK too');
  t.equal((await um.systemctl(['start', 'probe.service'])).code, 0);
  const { readFileSync } = await import('node:fs');
  t.equal(readFileSync(`${um.runtimeDir}/probe.out`, 'utf8'), live.socketPath, 'a service started after the repair gets the live socket');

  await live.kill('SIGKILL');
  await waitFor(async () => (await um.environment()).SWAYSOCK === undefined, 4000, 'SWAYSOCK unset after the grace period');
  t.equal((await um.environment()).I3SOCK, undefined);
});
