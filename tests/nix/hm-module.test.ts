/**
 * The home-manager module evaluated inside real home-manager (the revision flake.lock pins, from
 * the vendored snapshots; tests/helpers/nix.ts): the scenarios of nix/hm-scenarios.nix, each as
 * standalone home-manager and as home-manager's NixOS module calls it (osConfig), asserting on the
 * unit files home-manager renders and on the warnings; flake.lock's home-manager narHash
 * recomputed from the snapshot; the flake's outputs that need no nixpkgs evaluated through Nix's
 * flake machinery, offline; the package's derivation arguments and the VM tests' home
 * configuration evaluated with stub packages. Skipped, saying why, when the snapshots are absent.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { NIX_FLAKES, nix, ROOT, unpackVendor, vendorDir, type VendorTrees } from '../helpers/nix.js';

interface Result {
  files: Record<string, string>;
  wantsLinks: string[];
  warnings: string[];
  failedAssertions: string[];
  execLine: string;
  swayExtraConfig: string;
  /** The Sway config home-manager's sway module writes; null without it. */
  swayConfig: string | null;
  swayVariables: string[];
  waylandTarget: string;
  options: {
    enable: string;
    packageDefault: string;
    packageDescription: string;
    subFeatures: Record<'healthd' | 'socketActivation' | 'stableSocket' | 'cleanup' | 'metricsTextfile', { default: boolean; description: string }>;
  };
}
/** Each mode's results by scenario, and every scenario's differences from its expected warnings and failed assertions. */
type Results = Record<'standalone' | 'nixos', Record<string, Result>> & { failures: string[] };

const vendor = vendorDir();
const skip = vendor.skip;
const PKG = '/nix/store/00000000000000000000000000000000-swaysock';
const trees: VendorTrees | null = vendor.dir === null ? null : unpackVendor(t, vendor.dir);

/** nix/hm-scenarios.nix of the tree at `root` (default: this repository), evaluated. */
async function scenarios(root = ROOT, only?: string[]): Promise<Results> {
  const args = [
    '--read-write-mode',
    '--eval',
    '--strict',
    '--json',
    'nix/hm-scenarios.nix',
    '--arg',
    'nixpkgsLib',
    trees!.nixpkgsLib,
    '--arg',
    'homeManager',
    trees!.homeManager,
  ];
  if (only) args.push('--arg', 'only', `[ ${only.map((n) => JSON.stringify(n)).join(' ')} ]`);
  const r = await nix('nix-instantiate', args, root);
  if (r.code !== 0) throw new Error(`nix/hm-scenarios.nix failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Results;
}

/** The lines `KEY=...` of a rendered unit file. */
const keys = (text: string, key: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));

const NO_STARTER =
  /nothing in this configuration starts sway-session\.target[\s\S]*services\.swaysock\.session\.execLine[\s\S]*services\.swaysock\.session\.starter/;
const TWO_STARTERS = /2 wirings start sway-session\.target/;

t.test('the module inside real home-manager, standalone and as its NixOS module calls it', { skip }, async (t) => {
  const all = await scenarios();
  t.same(
    all.failures,
    [],
    "every scenario's warnings and failed assertions are the ones it expects (nix/hm-scenarios.nix, the flake's module-scenarios check)",
  );
  for (const mode of ['standalone', 'nixos'] as const) {
    const s = all[mode];
    t.test(mode, async (t) => {
      // Our units, rendered by home-manager.
      const alone = s.alone!;
      t.same(keys(alone.files['swaysock-healthd.service']!, 'ExecStart'), [`${PKG}/bin/swaysock-healthd --interval 2 --repair-environment`]);
      t.same(keys(alone.files['swaysock-cleanup.timer']!, 'OnStartupSec'), ['1min']);
      t.notOk('swaysock-healthd.socket' in alone.files, 'no socket unit by default');
      t.notOk('swaysock-stable.socket' in alone.files, 'no stable socket by default');
      const stable = s.stableSocket!.files['swaysock-stable.socket']!;
      t.same(keys(stable, 'ListenStream'), ['%t/swaysock/sway.sock'], 'stableSocket.enable adds the stable socket unit');
      t.same(keys(stable, 'FileDescriptorName'), ['stable']);
      t.same(keys(stable, 'Service'), ['swaysock-healthd.service']);
      t.notOk('swaysock-healthd.socket' in s.stableSocket!.files, "and not the daemon's own socket");
      t.equal(s.stableSocket!.execLine, `exec ${PKG}/bin/swaysock session --stable-socket`, 'the session exports it');
      t.same(s.stableSocket!.failedAssertions, []);

      // A switch restarts the daemon whenever its configuration changes, socket options included:
      // the daemon's unit names its socket units (Sockets=), so its text changes with them.
      const daemonSockets = (r: Result) => keys(r.files['swaysock-healthd.service']!, 'Sockets');
      t.same(daemonSockets(alone), [], 'no socket unit: no Sockets=');
      t.same(daemonSockets(s.stableSocket!), ['swaysock-stable.socket'], 'the stable socket: Sockets= names it');
      t.same(daemonSockets(s.socketActivation!), ['swaysock-healthd.socket'], "socket activation: Sockets= names the daemon's socket");
      t.ok('swaysock-healthd.socket' in s.socketActivation!.files);
      t.not(
        s.stableSocket!.files['swaysock-healthd.service'],
        alone.files['swaysock-healthd.service'],
        "the daemon's unit text differs with the stable socket",
      );
      t.not(s.socketActivation!.files['swaysock-healthd.service'], alone.files['swaysock-healthd.service'], '... and with socket activation');
      // sd-switch's X-SwitchMethod where a restart would do harm; the daemon keeps the default (restart).
      t.same(
        keys(alone.files['sway-session.target']!, 'X-SwitchMethod'),
        ['keep-old'],
        'the target is never restarted by a switch (it would restart every bound service)',
      );
      t.same(keys(s.stableSocket!.files['swaysock-stable.socket']!, 'X-SwitchMethod'), ['keep-old'], 'nor the socket units');
      t.same(keys(s.socketActivation!.files['swaysock-healthd.socket']!, 'X-SwitchMethod'), ['keep-old']);
      t.same(
        keys(s.textfile!.files['swaysock-metrics-textfile-remove.service']!, 'X-SwitchMethod'),
        ['keep-old'],
        'nor the textfile remover (its ExecStop= removes the file)',
      );
      t.same(keys(alone.files['swaysock-healthd.service']!, 'X-SwitchMethod'), [], 'the daemon: restarted');

      // The stable socket with home-manager's exec line: its variables set SWAYSOCK and I3SOCK to
      // the stable path, each name once (systemd refuses an update that names one twice).
      const hmStable = s.hmStarterStable!;
      const importLine = hmStable.swayConfig!.split('\n').find((l) => l.includes('dbus-update-activation-environment'))!;
      const words = importLine
        .replace(/^exec "/, '')
        .split(';')[0]!
        .split(' ')
        .slice(2);
      t.ok(
        words.includes('SWAYSOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock') && words.includes('I3SOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock'),
        `home-manager's exec line imports the stable path: ${importLine}`,
      );
      const names = words.map((w) => w.split('=')[0]);
      t.same(
        names.filter((n, i) => names.indexOf(n) !== i),
        [],
        'no variable twice',
      );
      t.ok(names.includes('WAYLAND_DISPLAY') && names.includes('XCURSOR_SIZE'), "home-manager's other default variables stay");
      t.same(
        s.hmStarterStableOwnListCarried!.swayVariables,
        ['DISPLAY', 'WAYLAND_DISPLAY', 'SWAYSOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock', 'I3SOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock'],
        "a list of the user's own is left as it is",
      );
      t.ok(s.hmStarterStableOwnList!.swayVariables.includes('SWAYSOCK'), '... also one without the stable path (a warning says what to put in it)');
      t.equal(s.stableSocket!.execLine, `exec ${PKG}/bin/swaysock session --stable-socket`);

      // uwsm: the target is wanted by uwsm's session target and ordered after its Sway unit.
      const uwsm = s.uwsm!;
      t.ok(keys(uwsm.files['sway-session.target']!, 'After').includes('wayland-wm@sway.service'), "after uwsm's Sway unit");
      t.same(keys(uwsm.files['sway-session.target']!, 'WantedBy'), ['wayland-session@sway.target']);
      t.ok(uwsm.wantsLinks.includes('systemd/user/wayland-session@sway.target.wants/sway-session.target'), "wanted by uwsm's session target");
      t.same(
        keys(uwsm.files['sway-session.target']!, 'BindsTo'),
        ['graphical-session.target'],
        'and down with graphical-session.target, which uwsm stops when Sway ends',
      );
      t.same(keys(s.uwsmOtherId!.files['sway-session.target']!, 'WantedBy'), ['wayland-session@sway.desktop.target'], 'another compositor ID');
      t.same(keys(alone.files['sway-session.target']!, 'WantedBy'), [], 'no other starter adds it');
      t.match(s.stableWithoutDaemon!.failedAssertions.join('\n'), /stableSocket\.enable needs services\.swaysock\.healthd\.enable/);
      t.equal(alone.waylandTarget, 'sway-session.target');
      t.same(alone.warnings, [], 'alone, with a starter named: no warning');
      t.same(alone.failedAssertions, []);
      t.match(alone.files['sway-session.target']!, /^BindsTo=graphical-session\.target$/m);

      // The metrics textfile: not by default; when enabled, its three units, bound to the session.
      t.notOk(
        Object.keys(alone.files).some((f) => f.startsWith('swaysock-metrics-textfile')),
        'no textfile unit by default',
      );
      const tf = s.textfile!;
      t.same(tf.failedAssertions, []);
      t.same(tf.warnings, []);
      const write = tf.files['swaysock-metrics-textfile.service']!;
      t.same(keys(write, 'ExecStart'), [`${PKG}/bin/swaysock metrics --output /run/prometheus-textfile/swaysock.prom`]);
      t.same(keys(write, 'Type'), ['oneshot']);
      t.same(keys(write, 'After'), ['sway-session.target', 'swaysock-healthd.service'], 'after the daemon it asks');
      t.same(
        keys(write, 'PartOf'),
        ['sway-session.target', 'swaysock-healthd.service'],
        'a run in progress stops, and runs again, with a restart of the daemon',
      );
      t.same(keys(write, 'WantedBy'), [], 'started by its timer only');
      const timer = tf.files['swaysock-metrics-textfile.timer']!;
      t.same(
        [keys(timer, 'OnActiveSec'), keys(timer, 'OnUnitActiveSec'), keys(timer, 'AccuracySec')],
        [['0'], ['15s'], ['1s']],
        'at once, then every interval, on time',
      );
      t.same([keys(timer, 'PartOf'), keys(timer, 'WantedBy')], [['sway-session.target'], ['sway-session.target']]);
      const remove = tf.files['swaysock-metrics-textfile-remove.service']!;
      t.same(keys(remove, 'ExecStop'), [`${PKG}/bin/swaysock metrics --output /run/prometheus-textfile/swaysock.prom --remove`]);
      t.same(keys(remove, 'ExecStart'), []);
      t.same([keys(remove, 'Type'), keys(remove, 'RemainAfterExit')], [['oneshot'], ['yes']]);
      t.same(
        keys(remove, 'Before'),
        ['swaysock-metrics-textfile.timer', 'swaysock-metrics-textfile.service'],
        'stops after the timer and a writer in progress',
      );
      t.same([keys(remove, 'PartOf'), keys(remove, 'WantedBy')], [['sway-session.target'], ['sway-session.target']]);
      t.same(
        tf.wantsLinks.filter((l) => l.includes('metrics')),
        [
          'systemd/user/sway-session.target.wants/swaysock-metrics-textfile-remove.service',
          'systemd/user/sway-session.target.wants/swaysock-metrics-textfile.timer',
        ],
      );
      t.match(
        s.textfileNoDirectory!.failedAssertions.join('\n'),
        /metrics\.textfile\.enable needs services\.swaysock\.metrics\.textfile\.directory: set it to the directory node_exporter's textfile collector reads/,
      );
      t.notOk(
        Object.keys(s.textfileNoDirectory!.files).some((f) => f.includes('metrics')),
        'no unit without a directory',
      );
      const bad = s.textfileBadDirectory!.failedAssertions.join('\n');
      t.match(bad, /textfile\.directory must be an absolute path of letters, digits and \._\/=:\+,@- \(got "run\/my metrics"\)/);
      t.match(bad, /metrics\.textfile\.enable needs services\.swaysock\.healthd\.enable/);

      // Home-manager's target: the same file as ours; with writeSwayConfig too, two starters.
      t.equal(s.hmSway!.files['sway-session.target'], alone.files['sway-session.target'], "home-manager's target file is ours");
      t.equal(s.hmSway!.warnings.length, 1);
      t.match(s.hmSway!.warnings[0], TWO_STARTERS);
      t.same(s.hmSwayOnly!.warnings, [], "home-manager's wiring alone is one starter");
      t.same(s.explicitStarter!.warnings, [], 'an explicit starter silences the inference');

      // Our exec line in home-manager's Sway config, with the variables its own line would import.
      t.same(s.ourSession!.warnings, []);
      t.equal(s.ourSession!.swayExtraConfig, `exec ${PKG}/bin/swaysock session --env NIXOS_OZONE_WL --env XCURSOR_THEME --env XCURSOR_SIZE`);
      t.ok('sway-session.target' in s.ourSession!.files);

      // Nothing starts the target.
      for (const name of ['noStarter', 'noStarterSwayOff']) {
        t.equal(s[name]!.warnings.length, 1, name);
        t.match(s[name]!.warnings[0], NO_STARTER, name);
      }
      t.ok(
        s.writeWithoutSway!.warnings.some((w) => /writeSwayConfig = true does nothing/.test(w)),
        'writeSwayConfig without the sway module',
      );

      // Services of other modules moved onto our target; none without a live definition.
      const m = s.migrated!;
      t.same(keys(m.files['listy.service']!, 'After'), ['sway-session.target', 'network.target', 'dbus.service']);
      t.same(keys(m.files['listy.service']!, 'PartOf'), ['sway-session.target']);
      t.same(keys(m.files['stringy.service']!, 'After'), ['sway-session.target', 'dbus.service']);
      t.same(keys(m.files['forced.service']!, 'After'), ['sway-session.target', 'x.service']);
      t.same(keys(m.files['plain.service']!, 'WantedBy'), ['default.target', 'sway-session.target']);
      for (const name of ['nope', 'disabled', 'disabledOuter']) {
        t.notOk(`${name}.service` in m.files, `${name}: no unit file`);
        t.notOk(
          m.wantsLinks.some((l) => l.includes(`/${name}.service`)),
          `${name}: no wants link`,
        );
        t.ok(
          m.warnings.some((w) => w.includes(`lists "${name}"`) && /skipped/.test(w)),
          `${name}: the warning`,
        );
      }
      t.equal(m.warnings.length, 3);
      t.same(
        m.wantsLinks.filter((l) => /(listy|stringy|plain)/.test(l)),
        [
          'systemd/user/default.target.wants/plain.service',
          'systemd/user/sway-session.target.wants/listy.service',
          'systemd/user/sway-session.target.wants/plain.service',
          'systemd/user/sway-session.target.wants/stringy.service',
        ],
      );

      // What home-manager's sway integration carried, with it off.
      const c = s.carried!;
      t.equal(
        c.execLine,
        `exec ${PKG}/bin/swaysock session --all --env NIXOS_OZONE_WL --env XCURSOR_THEME --env XCURSOR_SIZE --env MY_VAR --env 'GREETING=hello world'`,
      );
      t.same(keys(c.files['sway-session.target']!, 'Wants'), ['graphical-session-pre.target', 'xdg-desktop-autostart.target']);
      t.same(keys(c.files['sway-session.target']!, 'Before'), ['graphical-session.target', 'shutdown.target', 'xdg-desktop-autostart.target']);
      t.ok(
        c.warnings.some((w) => w.includes('"not a name"')),
        'an entry that is no variable is named',
      );
      t.ok(
        c.warnings.some((w) => /extraCommands is set/.test(w)),
        'changed extraCommands no longer run',
      );
      t.equal(c.warnings.length, 2);
      t.same(s.carriedDefaults!.warnings, [], "home-manager's default extraCommands: no warning");
      t.same(
        keys(s.hmSwayXdg!.files['sway-session.target']!, 'Wants'),
        ['graphical-session-pre.target', 'xdg-desktop-autostart.target'],
        "home-manager's xdgAutostart target, nothing added twice",
      );

      // Home-manager habits.
      t.match(s.darwin!.failedAssertions.join('\n'), /The module services\.swaysock does not support your platform/);
      t.same(alone.failedAssertions, []);
      t.match(alone.options.enable, /^Whether to enable swaysock, the Sway session's systemd user units\.$/);
      t.match(alone.options.packageDefault, /own source/);
      t.match(
        alone.options.packageDescription,
        /^The swaysock package: the `swaysock` command .*the health daemon `swaysock-healthd`/s,
        'the package option describes the package',
      );
      const sub = alone.options.subFeatures;
      t.same(
        Object.fromEntries(Object.entries(sub).map(([k, v]) => [k, v.default])),
        { healthd: true, socketActivation: false, stableSocket: false, cleanup: true, metricsTextfile: false },
        'sub-feature defaults',
      );
      for (const [name, o] of Object.entries(sub)) t.match(o.description, /^Whether to enable /, `${name}: an enable option (mkEnableOption)`);
    });
  }

  // NixOS programs.sway: a starter only where osConfig shows it.
  const [os, sa] = [all.nixos, all.standalone];
  t.same(os.nixosSway!.warnings, [], "NixOS's default Sway config includes config.d: NixOS starts the target");
  t.match(sa.nixosSway!.warnings[0], NO_STARTER, 'standalone home-manager cannot see NixOS');
  t.match(os.nixosSwayHmConfig!.warnings[0], NO_STARTER, "home-manager's Sway config without the include");
  t.same(os.nixosSwayHmInclude!.warnings, [], "home-manager's Sway config with the include");
  t.match(os.nixosSwayOwnFile!.warnings[0], NO_STARTER, "a Sway config file of the user's without the include");
  t.same(os.nixosSwayOwnFileInclude!.warnings, [], "a Sway config file of the user's with the include");
  t.match(os.nixosSwayNoPackage!.warnings[0], NO_STARTER, 'no Sway package: no /etc/sway/config');
  t.same(os.nixosWaybar!.warnings, [], 'our target has no default dependencies: no ordering cycle to warn about');
  t.same(sa.nixosWaybar!.warnings, [], 'standalone: no NixOS units to see');
  t.match(
    os.nixosUnitListed!.warnings[0],
    /"waybar", a user unit of the NixOS configuration[\s\S]*systemd\.user\.services\.waybar\.partOf, \.after and \.wantedBy = lib\.mkForce \[ "sway-session\.target" \]/,
  );
  t.notOk('waybar.service' in os.nixosUnitListed!.files);

  // NixOS's node exporter: its textfile directory is the default; another one, or none, is warned about.
  t.same(
    keys(os.textfileNodeExporter!.files['swaysock-metrics-textfile.service']!, 'ExecStart'),
    [`${PKG}/bin/swaysock metrics --output /run/node-textfile/swaysock.prom`],
    "the node exporter's directory",
  );
  t.same(os.textfileNodeExporter!.warnings, []);
  t.match(
    sa.textfileNodeExporter!.failedAssertions.join('\n'),
    /needs services\.swaysock\.metrics\.textfile\.directory/,
    'standalone home-manager cannot see NixOS',
  );
  t.same(os.textfileOtherDirectory!.warnings, [
    "services.swaysock.metrics.textfile writes /var/lib/elsewhere/swaysock.prom, but NixOS's node exporter reads /run/node-textfile (--collector.textfile.directory in services.prometheus.exporters.node.extraFlags): the file will not be exported.",
  ]);
  t.same(os.textfileOtherDirectory!.failedAssertions, [], 'a warning, not a failure');
  t.match(os.textfileCollectorOff!.warnings.join('\n'), /node exporter reads no textfile directory \(its textfile collector is disabled/);
  t.same([sa.textfileOtherDirectory!.warnings, sa.textfileCollectorOff!.warnings], [[], []], 'standalone: nothing to compare with');
});

t.test(
  "the flake's module-scenarios check (checks/module-scenarios.nix): a report of every scenario; a difference stops the evaluation, naming it",
  { skip },
  async (t) => {
    const check = (results: string) => `
    let
      nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager};
      pkgs.runCommand = name: env: script: { inherit name script; };
      results = import ./nix/hm-scenarios.nix { inherit nixpkgsLib homeManager; };
    in import ./checks/module-scenarios.nix { inherit pkgs; nixpkgs = nixpkgsLib; home-manager = homeManager; results = ${results}; }`;
    const pass = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', check('results')]);
    t.equal(pass.code, 0, pass.stderr);
    const drv = JSON.parse(pass.stdout) as { name: string; script: string };
    t.equal(drv.name, 'swaysock-module-scenarios');
    t.match(drv.script, /\d+ scenarios, each standalone and as NixOS's module/);
    t.match(drv.script, /^uwsm$/m, 'the report lists the scenarios');
    const fail = await nix('nix-instantiate', [
      '--read-write-mode',
      '--eval',
      '--strict',
      '--json',
      '-E',
      check('results // { failures = [ "nixos.alone: 1 warnings, expected 0: [ ]" ]; }'),
    ]);
    t.not(fail.code, 0, 'a difference fails the check at evaluation time (nix flake check --no-build sees it)');
    t.match(fail.stderr, /swaysock module scenarios: 1 differences from what they expect:\s+nixos\.alone: 1 warnings, expected 0/);
  },
);

t.test(
  "the target's keys reach whichever sway-session.target is written; with default dependencies the NixOS ordering cycle is warned about",
  { skip },
  async (t) => {
    const shipped = (await scenarios(ROOT, ['alone', 'hmSway'])).nixos;
    for (const [name, target] of [
      ['ours', shipped.alone!],
      ["home-manager's", shipped.hmSway!],
    ] as const) {
      const text = target.files['sway-session.target']!;
      t.same(keys(text, 'DefaultDependencies'), ['no'], `${name}: DefaultDependencies=no`);
      t.ok(keys(text, 'Conflicts').includes('shutdown.target'), `${name}: Conflicts=shutdown.target`);
      t.ok(keys(text, 'Before').includes('shutdown.target'), `${name}: Before=shutdown.target`);
    }
    // A copy of the definitions whose target keeps systemd's default dependencies, as a target
    // written by another wiring has them: the cycle can arise again and the module says so.
    const copy = copyTree(t);
    const jsonPath = join(copy, 'units', 'swaysock-units.json');
    const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
    const unit = json.units['sway-session.target'].Unit;
    delete unit.DefaultDependencies;
    delete unit.Conflicts;
    delete unit.Before;
    writeFileSync(jsonPath, JSON.stringify(json));
    const r = await scenarios(copy, ['nixosWaybar']);
    t.equal(r.nixos.nixosWaybar!.warnings.length, 1);
    t.match(r.nixos.nixosWaybar!.warnings[0], /systemd\.user\.services\.waybar: [\s\S]*ordering cycle[\s\S]*wantedBy = lib\.mkForce \[ \]/);
    t.same(r.standalone.nixosWaybar!.warnings, [], 'standalone: no NixOS units to see');
  },
);

/** A copy of the module, the Nix helpers and the units (removed by `t.teardown`), for a scenario evaluated after an edit. */
function copyTree(t: Test): string {
  const copy = mkdtempSync(join(tmpdir(), 'swaysock-nix-copy-'));
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  for (const d of ['modules', 'nix', 'units']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
  return copy;
}

t.test('a unit setting a module does not pass fails the evaluation, naming the unit and the setting', { skip }, async (t) => {
  const cases = [
    {
      file: 'modules/swaysock.nix',
      line: '"cleanup.onUnitActiveSec" = cfg.cleanup.onUnitActiveSec;',
      scenario: 'alone',
      unit: 'swaysock-cleanup.timer',
      setting: 'cleanup.onUnitActiveSec',
    },
    {
      file: 'modules/metrics-textfile.nix',
      line: '"metrics.textfile.interval" = textfile.interval;',
      scenario: 'textfile',
      unit: 'swaysock-metrics-textfile.timer',
      setting: 'metrics.textfile.interval',
    },
  ];
  for (const c of cases) {
    const copy = copyTree(t);
    const path = join(copy, c.file);
    const text = readFileSync(path, 'utf8');
    t.ok(text.includes(c.line), `${c.file} passes ${c.setting}`);
    writeFileSync(path, text.replace(c.line, ''));
    const r = await scenarios(copy, [c.scenario]).then(
      () => null,
      (err: Error) => err.message,
    );
    t.match(r, `swaysock units: ${c.unit} uses the setting ${c.setting}, which the caller does not pass`, `${c.file} without ${c.setting}`);
  }
});

t.test('a home-manager without wayland.systemd.target fails with a message saying what is needed', { skip }, async (t) => {
  const expr = `(import ./nix/hm-eval.nix { nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager}; withWayland = false; modules = [ { services.swaysock.enable = true; } ]; }).files`;
  const r = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', expr]);
  t.not(r.code, 0);
  t.match(r.stderr, /services\.swaysock needs a home-manager that has the option wayland\.systemd\.target \(release 25\.05 or newer\)/);
});

t.test("flake.lock's home-manager narHash is the snapshot's", { skip }, async (t) => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'flake.lock'), 'utf8'));
  const r = await nix('nix', [...NIX_FLAKES, 'hash', 'path', trees!.homeManager]);
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout.trim(), lock.nodes['home-manager'].locked.narHash);
});

t.test("the flake's modules and overlay evaluate through Nix's flake machinery, offline", { skip }, async (t) => {
  const added = await nix('nix', [...NIX_FLAKES, 'store', 'add-path', trees!.homeManager, '--name', 'source']);
  t.equal(added.code, 0, added.stderr);
  const override = ['--override-input', 'nixpkgs', `path:${trees!.nixpkgsLib}`, '--no-write-lock-file'];
  const evalFlake = async (attr: string, apply: string) => {
    const r = await nix('nix', [...NIX_FLAKES, 'eval', '--json', `.#${attr}`, '--apply', apply, ...override]);
    t.equal(r.code, 0, `${attr}: ${r.stderr}`);
    return JSON.parse(r.stdout || 'null');
  };
  const moduleFiles = 'm: builtins.attrNames (builtins.readDir m)';
  const files = await evalFlake('homeManagerModules.default', moduleFiles);
  t.ok(files.includes('default.nix') && files.includes('session.nix'), `the module folder: ${files}`);
  t.same(await evalFlake('homeModules.default', moduleFiles), files, 'homeModules.default is the same module');
  t.same(await evalFlake('overlays.default', 'o: builtins.attrNames (o { } { })'), ['swaysock']);
});

t.test('the package: only systemd-notify ahead of the host PATH, wrappers named for the units, docs installed', { skip }, async (t) => {
  const expr = `
    let
      lib = import ${trees!.nixpkgsLib}/lib;
      fake = name: { type = "derivation"; name = name; outPath = "/nix/store/00000000000000000000000000000000-" + name; meta.mainProgram = name; };
      drv = import ./packages/default.nix {
        inherit lib;
        stdenvNoCC.mkDerivation = args: args;
        runCommand = name: env: script: fake name // { inherit script; };
        makeWrapper = fake "make-wrapper";
        nodejs = fake "node";
        systemd = fake "systemd";
        iproute2 = fake "iproute2";
      };
    in { inherit (drv) installPhase dontPatchShebangs; license = drv.meta.license.spdxId; }`;
  const r = await nix('nix-instantiate', ['--eval', '--strict', '--json', '-E', expr]);
  t.equal(r.code, 0, r.stderr);
  const pkg = JSON.parse(r.stdout);
  const store = '/nix/store/00000000000000000000000000000000-';
  t.notMatch(pkg.installPhase, `--prefix PATH : ${store}systemd/bin`, "nixpkgs' whole systemd is not ahead of the host's");
  t.match(pkg.installPhase, `--prefix PATH : ${store}swaysock-systemd-notify/bin`, 'systemd-notify alone is');
  t.match(pkg.installPhase, `--suffix PATH : ${store}systemd/bin:${store}iproute2/bin`, "nixpkgs' systemd and iproute2 (ss, for doctor) behind the host's");
  const { bin, swaysock } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    swaysock: { nodeFlags: Record<string, string[]> };
  };
  for (const [prog, bundle] of Object.entries(bin)) {
    const flags = (swaysock.nodeFlags[prog] ?? []).join(' ');
    t.match(
      pkg.installPhase,
      `wrap ${prog} ${bundle} '${flags}'\n`,
      `${prog} wraps ${bundle}, as package.json's bin names it, with its Node flags (${flags || 'none'})`,
    );
  }
  t.ok(swaysock.nodeFlags['swaysock-healthd']!.includes('--max-semi-space-size=1'), "the daemon's bounded young generation is among them");
  t.match(pkg.installPhase, '--add-flags "$node_flags $out/lib/swaysock/$bundle"', "Node's flags come before the bundle");
  t.match(pkg.installPhase, '--set SWAYSOCK_BIN_DIR "$out/bin"');
  t.match(
    pkg.installPhase,
    'cp -r dist units package.json $out/lib/swaysock/',
    'all of dist/: the bundles the programs load on demand (e.g. swaysock-session.cjs) lie next to theirs',
  );
  t.match(pkg.installPhase, 'cp -r README.md LICENSE docs $out/share/doc/swaysock/');
  t.equal(pkg.license, 'MIT');
  t.equal(pkg.dontPatchShebangs, true, "stdenv's patchShebangs leaves the bundles' `#!` lines alone (the daemon's passes Node a flag through `env -S`)");
  t.match(
    readFileSync(join(ROOT, 'dist', 'swaysock-healthd.js'), 'utf8').split('\n')[0],
    /^#!\/usr\/bin\/env -S node --max-semi-space-size=1$/,
    'the line it would have broken',
  );
  // The notify package's build script, in place of its path.
  const script = await nix('nix-instantiate', [
    '--eval',
    '--strict',
    '--json',
    '-E',
    expr.replace('runCommand = name: env: script: fake name // { inherit script; };', 'runCommand = name: env: script: script;'),
  ]);
  t.equal(script.code, 0, script.stderr);
  t.match(
    JSON.parse(script.stdout).installPhase,
    `ln -s ${store}systemd/bin/systemd-notify $out/bin/systemd-notify`,
    'the notify package links systemd-notify only',
  );
});

/**
 * The arguments of a VM test file (checks/vm/*.nix) with stub packages (Nix, inside a `let` that
 * defines `stub`): the package and the scripts derivation-shaped (the units name them, and
 * home-manager would look a bare store path string up), runNixOSTest returning its argument.
 */
const VM_TEST_ARGS = `
  pkgs = {
    stdenv.hostPlatform.system = "x86_64-linux"; writeText = n: _: stub n; testers.runNixOSTest = x: x;
    writeShellScript = n: _: { type = "derivation"; name = n; outPath = stub n; };
    sway = stub "sway"; sway-unwrapped = stub "sway-unwrapped"; coreutils = stub "coreutils"; curl = stub "curl";
    procps = stub "procps"; gawk = stub "gawk"; util-linux = stub "util-linux";
  };
  self = { packages.x86_64-linux.default = { type = "derivation"; name = "swaysock"; outPath = stub "swaysock"; }; homeManagerModules.default = ./modules; };
  home-manager = { nixosModules.home-manager = { }; };`;

t.test("the VM tests' home configuration: Sway's service runs the unwrapped binary, no warning", { skip }, async (t) => {
  const expr = `
    let
      stub = name: "/nix/store/stub-" + name;
      vm = import ./checks/vm/lib.nix {
        pkgs = { stdenv.hostPlatform.system = "x86_64-linux"; writeText = n: _: stub n; writeShellScript = n: _: stub n; sway = stub "sway"; sway-unwrapped = stub "sway-unwrapped"; coreutils = stub "coreutils"; };
        self = { packages.x86_64-linux.default = stub "swaysock"; homeManagerModules.default = ./modules; };
        home-manager = { };
      };
      r = import ./nix/hm-eval.nix {
        nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager};
        osConfig = { programs.sway.enable = false; systemd.user.services = { }; };
        modules = [ (vm.homeModule { }) ];
      };
    in { inherit (r) warnings; sway = r.files."sway.service"; }`;
  const r = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', expr]);
  t.equal(r.code, 0, r.stderr);
  const vm = JSON.parse(r.stdout);
  t.same(keys(vm.sway, 'ExecStart'), ['/nix/store/stub-sway-unwrapped/bin/sway --config /nix/store/stub-swaysock-vm-sway.config']);
  t.ok(keys(vm.sway, 'Environment').includes('XDG_CURRENT_DESKTOP=sway'));
  t.same(vm.warnings, [], vm.warnings.join('\n'));
});

t.test("the starter VM tests' machines: home-manager's sway module or NixOS's programs.sway starts the target, no warning", { skip }, async (t) => {
  // checks/vm/starter.nix with stub packages; the machine's programs.sway becomes osConfig, as
  // home-manager's NixOS module passes it (with NixOS's Sway package, so /etc/sway/config exists).
  const evalStarter = async (starter: string) => {
    const expr = `
      let
        stub = name: "/nix/store/stub-" + name;
        test = import ./checks/vm/starter.nix {
          ${VM_TEST_ARGS}
          starter = "${starter}";
        };
        machine = test.nodes.machine;
        r = import ./nix/hm-eval.nix {
          nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager};
          osConfig = { programs.sway = { enable = machine.programs.sway.enable; package = stub "sway"; }; systemd.user.services = { }; };
          modules = [ machine.home-manager.users.alice ];
        };
      in { inherit (r) warnings swayConfig; nixosSway = machine.programs.sway.enable; sway = r.files."sway.service"; }`;
    const r = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', expr]);
    t.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as { warnings: string[]; swayConfig: string | null; nixosSway: boolean; sway: string };
  };
  const hm = await evalStarter('home-manager');
  t.same(hm.warnings, [], hm.warnings.join('\n'));
  t.equal(hm.nixosSway, false);
  t.match(hm.swayConfig, /^output HEADLESS-1 resolution 800x600$/m, "home-manager's Sway config: the headless output");
  t.match(
    hm.swayConfig,
    /systemctl --user start sway-session\.target && swaymsg -mt subscribe '\[\]' \|\| true && systemctl --user stop sway-session\.target/,
    'and its exec line, which starts and stops the target',
  );
  t.same(keys(hm.sway, 'ExecStart'), ['/nix/store/stub-sway-unwrapped/bin/sway'], 'Sway reads ~/.config/sway/config');
  t.same(keys(hm.sway, 'KillMode'), ['process'], "the starter's shell outlives Sway, as in a login session");
  const nixos = await evalStarter('nixos');
  t.same(nixos.warnings, [], nixos.warnings.join('\n'));
  t.equal(nixos.nixosSway, true, "NixOS's programs.sway on the machine");
  t.equal(nixos.swayConfig, null, "home-manager's sway module off");
  t.same(keys(nixos.sway, 'ExecStart'), ['/nix/store/stub-sway-unwrapped/bin/sway']);
});

t.test("the switch VM test's machine: the specialisation turns the stable socket on, the daemon's unit names it", { skip }, async (t) => {
  const expr = `
    let
      stub = name: "/nix/store/stub-" + name;
      test = import ./checks/vm/switch.nix {
        ${VM_TEST_ARGS}
      };
      machine = test.nodes.machine;
      base = (builtins.head machine.imports).home-manager.users.alice;
      special = machine.specialisation.stable-socket.configuration.home-manager.users.alice;
      hm = modules: import ./nix/hm-eval.nix {
        nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager};
        osConfig = { programs.sway.enable = false; systemd.user.services = { }; };
        inherit modules;
      };
      before = hm [ base ];
      after = hm [ base special ];
    in { before = before.files; after = after.files; warnings = before.warnings ++ after.warnings; }`;
  const r = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', expr]);
  t.equal(r.code, 0, r.stderr);
  const vm = JSON.parse(r.stdout) as { before: Record<string, string>; after: Record<string, string>; warnings: string[] };
  t.same(vm.warnings, [], vm.warnings.join('\n'));
  t.notOk('swaysock-stable.socket' in vm.before, 'no stable socket before the switch');
  t.ok('swaysock-stable.socket' in vm.after, 'the specialisation adds it');
  t.same(
    keys(vm.after['swaysock-healthd.service']!, 'Sockets'),
    ['swaysock-stable.socket'],
    "the daemon's unit changes with it: the switch restarts the daemon",
  );
  t.equal(vm.after['sway-session.target'], vm.before['sway-session.target'], 'the target is the same: the switch leaves it alone');
});

t.test(
  "the login-logout VM test's home configuration: the stable socket and its exec line, the subscriber bound to the session, no warning",
  { skip },
  async (t) => {
    // checks/vm/login-logout.nix with stub packages: bob's home-manager configuration inside real home-manager.
    const expr = `
    let
      stub = name: "/nix/store/stub-" + name;
      test = import ./checks/vm/login-logout.nix {
        ${VM_TEST_ARGS}
      };
      r = import ./nix/hm-eval.nix {
        nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager};
        osConfig = { programs.sway.enable = false; systemd.user.services = { }; };
        modules = [ test.nodes.machine.home-manager.users.bob ];
      };
    in { inherit (r) warnings failedAssertions wantsLinks execLine; subscriber = r.files."subscriber.service"; stable = r.files."swaysock-stable.socket"; }`;
    const r = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', expr]);
    t.equal(r.code, 0, r.stderr);
    const vm = JSON.parse(r.stdout);
    t.same([vm.warnings, vm.failedAssertions], [[], []]);
    t.equal(vm.execLine, 'exec /nix/store/stub-swaysock/bin/swaysock session --stable-socket', "the module's exec line is the one the test's Sway config has");
    t.same(keys(vm.stable, 'ListenStream'), ['%t/swaysock/sway.sock']);
    t.same(keys(vm.subscriber, 'ExecStart'), ['/nix/store/stub-swaysock-vm-subscriber']);
    t.same(
      [keys(vm.subscriber, 'PartOf'), keys(vm.subscriber, 'Restart'), keys(vm.subscriber, 'StartLimitIntervalSec')],
      [['sway-session.target'], ['always'], ['0']],
    );
    t.ok(vm.wantsLinks.includes('systemd/user/sway-session.target.wants/subscriber.service'), 'the subscriber is wanted by the session');
  },
);

t.test("the metrics textfile VM test's machine: alice's units write into the node exporter's textfile directory, no warning", { skip }, async (t) => {
  // checks/vm/metrics-textfile.nix with stub packages: its machine's NixOS settings become the
  // osConfig of alice's home configuration, as home-manager's NixOS module passes them.
  const expr = `
    let
      stub = name: "/nix/store/stub-" + name;
      test = import ./checks/vm/metrics-textfile.nix {
        ${VM_TEST_ARGS}
      };
      machine = test.nodes.machine;
      r = import ./nix/hm-eval.nix {
        nixpkgsLib = ${trees!.nixpkgsLib}; homeManager = ${trees!.homeManager};
        osConfig = { programs.sway.enable = false; systemd.user.services = { }; services.prometheus.exporters.node = machine.services.prometheus.exporters.node; };
        modules = [ (builtins.head machine.imports).home-manager.users.alice ];
      };
    in { inherit (r) warnings failedAssertions; write = r.files."swaysock-metrics-textfile.service"; timer = r.files."swaysock-metrics-textfile.timer"; tmpfiles = machine.systemd.tmpfiles.rules; }`;
  const r = await nix('nix-instantiate', ['--read-write-mode', '--eval', '--strict', '--json', '-E', expr]);
  t.equal(r.code, 0, r.stderr);
  const vm = JSON.parse(r.stdout);
  t.same(
    keys(vm.write, 'ExecStart'),
    ['/nix/store/stub-swaysock/bin/swaysock metrics --output /run/prometheus-textfile/swaysock.prom'],
    'the directory from the node exporter',
  );
  t.same(keys(vm.timer, 'OnUnitActiveSec'), ['5s']);
  t.same(vm.tmpfiles, ['d /run/prometheus-textfile 0755 alice users -'], 'alice may write there');
  t.same([vm.warnings, vm.failedAssertions], [[], []]);
});

if (skip) t.comment(`skipped: ${skip}`);
