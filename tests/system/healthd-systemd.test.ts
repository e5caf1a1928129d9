import t from 'tap';
import { join } from 'node:path';
import { DaemonClient } from '../../ts/rpc/client.js';
import { HEALTHD } from '../helpers/daemon.js';
import { countSpawns } from '../helpers/spawn-counter.js';
import { startSway } from '../helpers/sway.js';
import { keptLimit, LATE_BOUND_MS } from '../helpers/time-limits.js';
import { startUserManager, waitFor, type UserManager } from '../helpers/user-manager.js';

/**
 * A Type=notify unit for the bundle, as the shipped unit runs it (NotifyAccess=all: systemd-notify
 * is our child); `path`: its PATH (e.g. a spawn counter's).
 */
function writeHealthdUnit(um: UserManager, args: string, watchdogSec = 1, path?: string): void {
  um.writeUnit(
    'swaysock-healthd.service',
    `[Unit]
Description=swaysock health daemon (test)

[Service]
Type=notify
NotifyAccess=all
WatchdogSec=${watchdogSec}
Restart=on-failure
${path === undefined ? '' : `Environment=PATH=${path}\n`}ExecStart=${process.execPath} ${HEALTHD} ${args}
`,
  );
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
  await waitFor(
    async () => {
      pings.add(await um.unitProperty('swaysock-healthd.service', 'WatchdogTimestampMonotonic'));
      return [...pings].filter((p) => p !== '0').length >= 7;
    },
    30_000,
    'seven watchdog pings (a watchdog kill or missing pings)',
  );
  t.equal(await um.unitProperty('swaysock-healthd.service', 'NRestarts'), '0', 'no watchdog restart while the pings came');
  t.equal(await um.unitProperty('swaysock-healthd.service', 'MainPID'), pid);

  sway.process.kill('SIGSTOP');
  await waitFor(async () => (await um.unitProperty('swaysock-healthd.service', 'StatusText')).startsWith('stale'), 30_000, 'STATUS=stale');
  t.match(await um.unitProperty('swaysock-healthd.service', 'StatusText'), '(Sway ', 'stale');
  t.match(await um.unitProperty('swaysock-healthd.service', 'StatusText'), 'no reply)', 'a timed-out validation shows no round trip');
  sway.process.kill('SIGCONT');
  await sway.kill('SIGKILL');
  await waitFor(async () => (await um.unitProperty('swaysock-healthd.service', 'StatusText')).startsWith('disconnected'), 30_000, 'STATUS=disconnected');
  t.match(await um.unitProperty('swaysock-healthd.service', 'StatusText'), `disconnected`, 'STATUS= reports the loss');
  const stop = await um.systemctl(['stop', 'swaysock-healthd.service']);
  t.equal(stop.code, 0);
  t.equal(await um.unitProperty('swaysock-healthd.service', 'Result'), 'success', 'SIGTERM: clean exit');
});

t.test(
  'environment repair: a stale SWAYSOCK in the manager is set to the live Sway; a service started afterwards finds it; unset when no Sway is left',
  async (t) => {
    const um = await startUserManager(t.teardown);
    const dead = await startSway(um.runtimeDir, t.teardown);
    await dead.kill('SIGKILL');
    await um.systemctl(['set-environment', `SWAYSOCK=${dead.socketPath}`, `I3SOCK=${dead.socketPath}`]);
    const live = await startSway(um.runtimeDir, t.teardown);
    const spawns = countSpawns(['systemctl'], t.teardown);
    writeHealthdUnit(um, '--interval 0.3 --environment-grace 1', 10, spawns.path);
    um.writeUnit(
      'probe.service',
      `[Service]
Type=oneshot
ExecStart=/bin/sh -c 'printf %%s "$SWAYSOCK" > %t/probe.out'
`,
    );
    await um.systemctl(['daemon-reload']);
    t.equal((await um.systemctl(['start', 'swaysock-healthd.service'])).code, 0);
    await waitFor(async () => (await um.environment()).SWAYSOCK === live.socketPath, 30_000, 'SWAYSOCK repaired');
    t.equal((await um.environment()).I3SOCK, live.socketPath, 'I3SOCK too');
    t.equal((await um.systemctl(['start', 'probe.service'])).code, 0);
    const { readFileSync } = await import('node:fs');
    t.equal(readFileSync(`${um.runtimeDir}/probe.out`, 'utf8'), live.socketPath, 'a service started after the repair gets the live socket');

    // --environment-grace 1: not unset before a second without Sway, and then within a generous bound.
    const killed = performance.now();
    await live.kill('SIGKILL');
    await waitFor(async () => (await um.environment()).SWAYSOCK === undefined, 1000 + LATE_BOUND_MS, 'SWAYSOCK unset after the grace period');
    keptLimit(t, performance.now() - killed, 1000, '--environment-grace 1');
    t.equal((await um.environment()).I3SOCK, undefined);
    t.equal(spawns.runs().systemctl, 0, 'read, set and unset over D-Bus: no systemctl run');
  },
);

/**
 * NixOS's sway module (nixos/modules/programs/wayland/sway.nix, /etc/sway/config.d/nixos.conf):
 * its exec lines import the variables and start sway-session.target, and nothing stops the target
 * when Sway dies (Sway 1.7 closes IPC connections before a `shutdown` event reaches the swaymsg
 * line; a crash sends none).
 */
const NIXOS_EXEC_LINES = `exec dbus-update-activation-environment --systemd DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP
exec "systemctl --user import-environment {,WAYLAND_}DISPLAY SWAYSOCK; systemctl --user start sway-session.target"
exec swaymsg -t subscribe '["shutdown"]' && systemctl --user stop sway-session.target`;

t.test(
  "a wiring that never tears down (NixOS's exec lines): the daemon outlives Sway, unsets the dead SWAYSOCK, follows the next Sway (reconnection_count 1) and keeps I3SOCK in step",
  async (t) => {
    const um = await startUserManager(t.teardown);
    // NixOS's target, which also wants the daemon here.
    um.writeUnit(
      'sway-session.target',
      `[Unit]
Description=sway compositor session
Documentation=man:systemd.special(7)
BindsTo=graphical-session.target
Wants=graphical-session-pre.target swaysock-healthd.service
After=graphical-session-pre.target
`,
    );
    writeHealthdUnit(um, '--interval 0.2 --environment-grace 0.5', 10);
    await um.systemctl(['daemon-reload']);
    const swayOptions = { config: NIXOS_EXEC_LINES, env: { DBUS_SESSION_BUS_ADDRESS: um.env.DBUS_SESSION_BUS_ADDRESS } };
    const first = await startSway(um.runtimeDir, t.teardown, swayOptions);
    await waitFor(async () => (await um.unitProperty('swaysock-healthd.service', 'ActiveState')) === 'active', 60_000, 'the exec line to start the daemon');
    const client = await DaemonClient.connect(join(um.runtimeDir, 'swaysock', 'healthd.sock'));
    t.teardown(() => client.close());
    const health = () => client.call('get_socket_health');
    await waitFor(async () => (await health()).socket_path === first.socketPath, 30_000, 'healthy on the first Sway');
    const pid = await um.unitProperty('swaysock-healthd.service', 'MainPID');

    await first.kill('SIGKILL');
    await waitFor(async () => (await um.environment()).SWAYSOCK === undefined, 30_000, 'the dead SWAYSOCK unset after the grace period');
    t.equal(await um.unitProperty('sway-session.target', 'ActiveState'), 'active', 'the wiring did not tear the session down');

    const second = await startSway(um.runtimeDir, t.teardown, swayOptions);
    await waitFor(async () => (await health()).socket_path === second.socketPath, 30_000, 'the daemon on the second Sway');
    const h = await health();
    t.equal(h.status, 'healthy');
    t.equal(h.reconnection_count, 1, 'the daemon outlived the first Sway: one reconnection');
    t.equal(await um.unitProperty('swaysock-healthd.service', 'MainPID'), pid, 'the same daemon process');
    await waitFor(async () => (await um.environment()).I3SOCK === second.socketPath, 30_000, 'I3SOCK (not imported by the exec lines) set to the live Sway');
    t.equal((await um.environment()).SWAYSOCK, second.socketPath);

    await um.systemctl(['set-environment', 'I3SOCK=/nonexistent/sway.sock']);
    await waitFor(async () => (await um.environment()).I3SOCK === second.socketPath, 30_000, 'I3SOCK drift alone repaired');
    t.equal((await um.environment()).SWAYSOCK, second.socketPath, 'SWAYSOCK untouched');
  },
);
