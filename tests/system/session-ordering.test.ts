/**
 * How the shipped targets order a session, under a real systemd user manager with a real headless
 * Sway, our units installed as a non-Nix user installs them (`swaysock units --install --enable`;
 * dist/, run `npm run build` first) and `swaysock session` run as Sway's exec runs it:
 *  - sway-session.target's dependencies as the manager computes them, and graphical-session.target
 *    coming up after it (docs/units.md, "Ordering");
 *  - a unit that the host enables for graphical-session.target (Debian's waybar package links
 *    itself into /etc/systemd/user/graphical-session.target.wants/) and that the user redefines
 *    whole on sway-session.target, as home-manager writes units, starts with the session: no
 *    ordering cycle;
 *  - teardown: `swaysock session` exits only once the services bound to the session have stopped;
 *    sway-session.target goes down without waiting for our daemon's stop, the session's exit does not.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { enteredAt, managerWithOurUnits } from '../helpers/scenario.js';
import { execEnv, spawnSession, state, type Session } from '../helpers/session.js';
import { startSway, type RunningSway } from '../helpers/sway.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';

/** A unit property that lists units (After=, Before=, ...), as a set of names. */
const units = async (um: UserManager, unit: string, prop: string): Promise<Set<string>> =>
  new Set((await um.unitProperty(unit, prop)).split(' ').filter(Boolean));

/** Writes `extra` into the manager's unit dir, enables them and reloads. @throws Error with systemctl's stderr. */
async function installUnits(um: UserManager, extra: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(extra)) um.writeUnit(name, text);
  const enable = await um.systemctl(['enable', ...Object.keys(extra)]);
  if (enable.code !== 0) throw new Error(`enable ${Object.keys(extra).join(' ')}: ${enable.stderr}`);
  const reload = await um.systemctl(['daemon-reload']);
  if (reload.code !== 0) throw new Error(`daemon-reload: ${reload.stderr}`);
}

/** A headless Sway in the manager's runtime dir and `swaysock session` for it, once sway-session.target is active. */
async function sessionFor(t: Test, um: UserManager): Promise<{ sway: RunningSway; session: Session }> {
  const sway = await startSway(um.runtimeDir, t.teardown);
  const session = spawnSession(t, um, execEnv(sway));
  await waitFor(
    async () => (await state(um, 'sway-session.target')) === 'active',
    60_000,
    () => `sway-session.target to be active (session: ${session.stderr()})`,
  );
  return { sway, session };
}

t.test('sway-session.target: after graphical-session-pre.target only, before graphical-session.target, which it brings up', async (t) => {
  const um = await managerWithOurUnits(t);
  const { sway, session: s } = await sessionFor(t, um);
  t.same(
    [...(await units(um, 'sway-session.target', 'After'))],
    ['graphical-session-pre.target'],
    'no default dependencies: not after graphical-session.target, not after the cleanup it wants',
  );
  const before = await units(um, 'sway-session.target', 'Before');
  for (const u of ['graphical-session.target', 'shutdown.target', 'swaysock-cleanup.service']) {
    t.ok(before.has(u), `Before= ${u} (the units ordered after it appear here too): ${[...before].join(' ')}`);
  }
  t.notOk(
    before.has('swaysock-healthd.service'),
    "the daemon is bound to the target (PartOf=) but not ordered after it: the target's stop does not wait for it",
  );
  t.ok(
    (await units(um, 'sway-session-shutdown.target', 'After')).has('swaysock-healthd.service'),
    "the shutdown target is ordered after the daemon: the session's end waits for its stop",
  );
  t.ok((await units(um, 'sway-session.target', 'Conflicts')).has('shutdown.target'), 'Conflicts=shutdown.target, written out');
  t.ok((await units(um, 'sway-session.target', 'BindsTo')).has('graphical-session.target'));
  t.ok((await units(um, 'graphical-session.target', 'After')).has('sway-session.target'), 'graphical-session.target is ordered after the target');
  t.ok((await units(um, 'swaysock-cleanup.service', 'After')).has('sway-session.target'), 'the cleanup runs after the target is up');

  await waitFor(async () => (await state(um, 'graphical-session.target')) === 'active', 30_000, 'BindsTo= to bring graphical-session.target up');
  const targetAt = await enteredAt(um, 'sway-session.target');
  const graphicalAt = await enteredAt(um, 'graphical-session.target');
  t.ok(targetAt <= graphicalAt, `graphical-session.target active (${graphicalAt} µs) no earlier than sway-session.target (${targetAt} µs)`);
  await waitFor(async () => (await um.unitProperty('swaysock-cleanup.service', 'ExecMainExitTimestampMonotonic')) !== '0', 30_000, 'the cleanup to run');
  t.ok(Number(await um.unitProperty('swaysock-cleanup.service', 'ExecMainStartTimestampMonotonic')) >= targetAt, 'the cleanup started once the target was up');

  // Stopping graphical-session.target alone takes the target down with it (BindsTo= needs no After= for that).
  const stop = await um.systemctl(['stop', 'graphical-session.target']);
  t.equal(stop.code, 0, stop.stderr);
  await waitFor(async () => (await state(um, 'sway-session.target')) === 'inactive', 30_000, 'sway-session.target to stop with graphical-session.target');
  await sway.kill();
  t.equal(await s.exited, 0, `swaysock session ends cleanly: ${s.stderr()}`);
});

const WAYBAR_LINK = '/etc/systemd/user/graphical-session.target.wants/waybar.service';

/** Waybar as home-manager's programs.waybar writes it with `systemd.targets = [ "sway-session.target" ]` (tray.target left out). */
const USER_WAYBAR = `[Unit]
Description=Highly customizable Wayland bar for Sway and Wlroots based compositors.
Documentation=https://github.com/Alexays/Waybar/wiki
PartOf=sway-session.target
After=sway-session.target
ConditionEnvironment=WAYLAND_DISPLAY

[Service]
ExecReload=/bin/kill -SIGUSR2 $MAINPID
ExecStart=/usr/bin/waybar
KillMode=mixed
Restart=on-failure

[Install]
WantedBy=sway-session.target
`;

const noWaybar = existsSync(WAYBAR_LINK) ? false : `${WAYBAR_LINK} is absent: Debian's waybar package makes it (scripts/setup.sh installs it)`;

t.test(
  'waybar enabled for graphical-session.target by its package and redefined on sway-session.target starts with the session: no ordering cycle',
  { skip: noWaybar },
  async (t) => {
    const um = await managerWithOurUnits(t, [], { hostUserUnits: true });
    await installUnits(um, { 'waybar.service': USER_WAYBAR });
    t.equal(await um.unitProperty('waybar.service', 'FragmentPath'), join(um.unitDir, 'waybar.service'), "the user's unit replaces the packaged one");
    t.ok((await units(um, 'graphical-session.target', 'Wants')).has('waybar.service'), "the package's link still makes graphical-session.target want it");
    t.ok(
      (await units(um, 'graphical-session.target', 'After')).has('waybar.service'),
      'and, by default dependencies, orders graphical-session.target after it',
    );

    // The start transaction as systemd-analyze sees the user's units and the host's links.
    const verify = await um.run('systemd-analyze', ['--user', 'verify', join(um.unitDir, 'sway-session.target'), join(um.unitDir, 'waybar.service')]);
    t.notMatch(verify.stderr, /ordering cycle/, `systemd-analyze --user verify finds no cycle: ${verify.stderr}`);
    t.equal(verify.code, 0, verify.stderr);

    const { sway, session: s } = await sessionFor(t, um);
    // With a cycle, systemd deletes waybar's start job and it stays inactive.
    await waitFor(
      async () => (await state(um, 'waybar.service')) === 'active',
      60_000,
      async () => `waybar.service to be active (its state: ${await state(um, 'waybar.service')})`,
    );
    t.ok(Number(await um.unitProperty('waybar.service', 'MainPID')) > 0, 'waybar runs');
    t.ok((await enteredAt(um, 'waybar.service')) >= (await enteredAt(um, 'sway-session.target')), 'after the session target');
    await waitFor(async () => (await state(um, 'graphical-session.target')) === 'active', 30_000, 'graphical-session.target to come up after waybar');

    await sway.kill();
    t.equal(await s.exited, 0, `swaysock session ends cleanly: ${s.stderr()}`);
    // Sway's end takes waybar's display away: it may fail on its own before PartOf= stops it.
    t.match(await state(um, 'waybar.service'), /^(inactive|failed)$/, 'waybar is down with the session');
  },
);

t.test('teardown: swaysock session exits only once a service bound to the session has stopped (3 s ExecStop=)', async (t) => {
  const slow = `[Unit]
Description=A Sway client that takes 3 s to stop (test fixture)
PartOf=sway-session.target
After=sway-session.target

[Service]
ExecStart=/bin/sleep infinity
ExecStop=/bin/sleep 3

[Install]
WantedBy=sway-session.target
`;
  const um = await managerWithOurUnits(t);
  await installUnits(um, { 'slow-stop.service': slow });
  const { sway, session: s } = await sessionFor(t, um);
  await waitFor(async () => (await state(um, 'slow-stop.service')) === 'active', 30_000, 'slow-stop.service to be active');
  await sway.kill('SIGKILL');
  t.equal(await s.exited, 0, `swaysock session ends cleanly: ${s.stderr()}`);
  // Read once, right after the exit: the teardown is complete, nothing is still on its way down.
  const [slowState, target, graphical] = await Promise.all(['slow-stop.service', 'sway-session.target', 'graphical-session.target'].map((u) => state(um, u)));
  t.equal(slowState, 'inactive', 'the bound service has stopped (its ExecStop= ran to the end)');
  t.equal(target, 'inactive', 'sway-session.target is down');
  t.equal(graphical, 'inactive', 'graphical-session.target is down');
  t.equal((await um.environment()).SWAYSOCK, undefined, 'SWAYSOCK is unset');
});

t.test(
  "teardown: sway-session.target goes down without waiting for the daemon's stop, swaysock session exits only after it (the daemon held in its stop by a fixture)",
  async (t) => {
    const um = await managerWithOurUnits(t);
    // Test fixture: the daemon's stop waits in ExecStopPost= until the test writes to a FIFO.
    const fifo = join(um.runtimeDir, 'release-daemon-stop');
    const made = await um.run('mkfifo', [fifo]);
    t.equal(made.code, 0, made.stderr);
    const dropIns = join(um.unitDir, 'swaysock-healthd.service.d');
    mkdirSync(dropIns, { recursive: true });
    um.writeUnit('swaysock-healthd.service.d/hold-stop.conf', `[Service]\nExecStopPost=/bin/sh -c 'read line < ${fifo}'\n`);
    const reload = await um.systemctl(['daemon-reload']);
    t.equal(reload.code, 0, reload.stderr);
    const { sway, session: s } = await sessionFor(t, um);
    await waitFor(async () => (await state(um, 'swaysock-healthd.service')) === 'active', 60_000, 'swaysock-healthd.service to be active');
    let exited = false;
    void s.exited.then(() => (exited = true));
    await sway.kill('SIGKILL');
    await waitFor(
      async () => (await um.unitProperty('swaysock-healthd.service', 'SubState')) === 'stop-post',
      60_000,
      "the daemon's stop to reach the fixture's ExecStopPost=",
    );
    await waitFor(
      async () => (await state(um, 'sway-session.target')) === 'inactive',
      60_000,
      async () => `sway-session.target to be inactive while the daemon is still stopping (target: ${await state(um, 'sway-session.target')})`,
    );
    t.equal(await state(um, 'swaysock-healthd.service'), 'deactivating', 'the daemon is still stopping');
    t.notOk(exited, `swaysock session has not exited while the daemon stops: ${s.stderr()}`);
    const released = await um.run('sh', ['-c', `echo go > ${fifo}`]);
    t.equal(released.code, 0, released.stderr);
    t.equal(await s.exited, 0, `swaysock session ends cleanly: ${s.stderr()}`);
    t.equal(await state(um, 'swaysock-healthd.service'), 'inactive', 'the daemon has stopped by the time swaysock session exits');
  },
);
