/**
 * The unit files that home-manager itself renders from our module, run under a real systemd user
 * manager with a real headless Sway. The module is evaluated inside the real home-manager that
 * flake.lock pins (tests/helpers/nix.ts; skipped where ../shared/vendor is absent) with a
 * realistic configuration: the module with its defaults (the daemon, the cleanup and its timer)
 * and a stand-in service of another module, bound to graphical-session.target, moved onto the
 * session with `sessionServices`. The package's store path in the rendered files is replaced by a
 * directory of wrappers that run this checkout's bundles (dist/; run `npm run build` first), as
 * the package's own wrappers run its copies; files and wants links go where home-manager puts
 * them (`~/.config/systemd/user`), then a login (a new manager on that HOME).
 */
import { join } from 'node:path';
import t from 'tap';
import { probeSocket } from '../../ts/liveness/probe.js';
import { installRendered, STORE_PACKAGE, wrapperPackage } from '../helpers/home-manager-units.js';
import { evalHomeManager, unpackVendor, vendorDir } from '../helpers/nix.js';
import { healthyWithin, loginAgain, swaySockets } from '../helpers/scenario.js';
import { execEnv, spawnSession, state } from '../helpers/session.js';
import { startSway } from '../helpers/sway.js';
import { startUserManager, waitFor } from '../helpers/user-manager.js';

const vendor = vendorDir();

/** Our module with its defaults, and a stand-in defined as another module defines its service, moved by sessionServices. */
const CONFIGURATION = `[ {
  services.swaysock.enable = true;
  services.swaysock.sessionServices = [ "stand-in" ];
  systemd.user.services.stand-in = {
    Unit.Description = "Stand-in Sway client of another module";
    Unit.After = [ "graphical-session.target" ];
    Unit.PartOf = [ "graphical-session.target" ];
    Service.ExecStart = "/bin/sleep infinity";
    Install.WantedBy = [ "graphical-session.target" ];
  };
} ]`;

t.test(
  'home-manager-rendered units: the target comes up, the daemon is healthy (Type=notify), the timer is armed, the stand-in follows the target, the cleanup removes a stale socket and keeps the live one',
  { skip: vendor.skip },
  async (t) => {
    const hm = await evalHomeManager(unpackVendor(t, vendor.dir!), CONFIGURATION);
    const ours = [
      'sway-session.target',
      'sway-session-shutdown.target',
      'swaysock-healthd.service',
      'swaysock-cleanup.service',
      'swaysock-cleanup.timer',
      'stand-in.service',
    ];
    for (const name of ours) t.ok(name in hm.files, `home-manager renders ${name}`);
    t.same(
      [...hm.wantsLinks].sort(),
      [
        'sway-session.target.wants/stand-in.service',
        'sway-session.target.wants/swaysock-cleanup.service',
        'sway-session.target.wants/swaysock-healthd.service',
        'timers.target.wants/swaysock-cleanup.timer',
      ].map((l) => `systemd/user/${l}`),
      'its wants links: the stand-in moved onto the session',
    );
    t.match(hm.files['swaysock-healthd.service'], STORE_PACKAGE, 'ExecStart= names the package in the store');

    const pkg = wrapperPackage(t.teardown);
    const first = await startUserManager(t.teardown);
    installRendered(first, hm, pkg);
    const um = await loginAgain(t, first);
    const leftovers = await um.run('grep', ['-rl', '/nix/store', um.unitDir]);
    t.equal(leftovers.stdout, '', 'no unit names a store path any more');

    await waitFor(async () => (await state(um, 'swaysock-cleanup.timer')) === 'active', 30_000, 'timers.target to start the cleanup timer');
    const next = await um.unitProperty('swaysock-cleanup.timer', 'NextElapseUSecMonotonic');
    t.match(next, /^(\d+(\.\d+)?(d|h|min|s|ms|us) ?)+$/, `the timer is armed: next elapse at ${next} (monotonic)`);
    t.same(
      (await um.unitProperty('sway-session.target', 'After')).split(' '),
      ['graphical-session-pre.target'],
      "home-manager's rendering keeps the target free of default dependencies",
    );

    const stale = await startSway(um.runtimeDir, t.teardown);
    await stale.kill('SIGKILL');
    t.equal((await probeSocket(stale.socketPath)).kind, 'refused', 'a killed Sway left a stale socket');
    const sway = await startSway(um.runtimeDir, t.teardown);
    const session = spawnSession(t, um, execEnv(sway));
    for (const unit of ['sway-session.target', 'swaysock-healthd.service', 'stand-in.service']) {
      await waitFor(
        async () => (await state(um, unit)) === 'active',
        60_000,
        () => `${unit} to be active (session: ${session.stderr()})`,
      );
    }

    const show = await um.systemctl(['show', '--property=Type,ActiveState,StatusText', 'swaysock-healthd.service']);
    t.match(show.stdout, /^Type=notify$/m, 'the daemon is Type=notify');
    t.match(show.stdout, /^ActiveState=active$/m, 'active: the manager has its READY=1');
    t.match(show.stdout, /^StatusText=.+$/m, `and its STATUS=: ${show.stdout}`);
    const health = await healthyWithin(um, 30_000);
    t.equal(health.socket_path, sway.socketPath, 'swaysock diagnose socket-health: healthy on the live Sway');

    await waitFor(
      async () => (await um.unitProperty('swaysock-cleanup.service', 'ExecMainExitTimestampMonotonic')) !== '0',
      30_000,
      'the cleanup the target wants to run',
    );
    t.equal(await um.unitProperty('swaysock-cleanup.service', 'Result'), 'success', 'the cleanup succeeded');
    t.same(swaySockets(um.runtimeDir), [sway.socketPath], 'the stale socket is gone, the live one kept');

    await sway.kill('SIGKILL');
    t.equal(await session.exited, 0, `swaysock session tears the session down: ${session.stderr()}`);
    for (const unit of ['stand-in.service', 'swaysock-healthd.service', 'sway-session.target']) {
      t.equal(await state(um, unit), 'inactive', `${unit} stopped with the session`);
    }
    t.equal(await state(um, 'swaysock-cleanup.timer'), 'active', 'the timer does not depend on the session');
  },
);

t.test(
  "the stable socket with home-manager's own exec line as the starter: the manager's SWAYSOCK names the stable path, and a service reaches Sway through it",
  { skip: vendor.skip },
  async (t) => {
    const hm = await evalHomeManager(
      unpackVendor(t, vendor.dir!),
      `[ {
    services.swaysock = { enable = true; stableSocket.enable = true; };
    # Only home-manager's exec line in its Sway config (no keybindings or bar).
    wayland.windowManager.sway = { enable = true; checkConfig = false; config = null; };
  } ]`,
    );
    t.same(hm.warnings, [], "home-manager's sway module starts the target: no warning");
    const pkg = wrapperPackage(t.teardown);
    const first = await startUserManager(t.teardown);
    installRendered(first, hm, pkg);
    const um = await loginAgain(t, first);
    // home-manager's Sway config, with Debian's dbus-update-activation-environment for nixpkgs' dbus.
    const swayConfig = hm.swayConfig!.replace(/\/nix\/store\/[0-9a-z]{32}-dbus\/bin\//g, '/usr/bin/');
    t.match(
      swayConfig,
      /^exec "\/usr\/bin\/dbus-update-activation-environment --systemd .*SWAYSOCK=\$XDG_RUNTIME_DIR\/swaysock\/sway\.sock I3SOCK=\$XDG_RUNTIME_DIR\/swaysock\/sway\.sock; .*systemctl --user start sway-session\.target/m,
    );
    const sway = await startSway(um.runtimeDir, t.teardown, { config: swayConfig, env: { DBUS_SESSION_BUS_ADDRESS: um.env.DBUS_SESSION_BUS_ADDRESS } });
    await waitFor(async () => (await state(um, 'swaysock-healthd.service')) === 'active', 30_000, "home-manager's exec line to start the session");
    const stable = join(um.runtimeDir, 'swaysock', 'sway.sock');
    const env = await um.environment();
    t.same([env.SWAYSOCK, env.I3SOCK], [stable, stable], "the manager's SWAYSOCK and I3SOCK name the stable socket (Sway's own is not imported)");
    const run = await um.run('systemd-run', ['--user', '--wait', '--pipe', '--quiet', 'swaymsg', '-t', 'get_version'], { timeoutMs: 60_000 });
    t.equal(run.code, 0, `a service with the manager's environment runs swaymsg: ${run.stderr}`);
    const direct = await um.run('swaymsg', ['-s', sway.socketPath, '-t', 'get_version']);
    t.equal(JSON.parse(run.stdout).loaded_config_file_name, JSON.parse(direct.stdout).loaded_config_file_name, 'and reaches the live Sway');
  },
);
