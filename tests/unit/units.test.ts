/**
 * The unit definitions, their JSON for Nix, the plain unit rendering, and `swaysock units`
 * (dist/swaysock.cjs; run `npm run build` first).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { OPTIONAL_UNITS, UNITS } from '../../ts/units/definitions.js';
import { DEFAULT_SETTINGS } from '../../ts/units/settings.js';
import { installUnits, renderUnits } from '../../ts/units/install.js';
import { UNITS_JSON_PATH } from '../../ts/paths/paths.js';
import { unitsJson } from '../../ts/units/json.js';
import { generatedFileProblems } from '../../ts/units/generated.js';
import { renderedFiles } from '../../ts/units/rendered.js';
import { quoteExecWord, renderUnitFile, resolveUnit } from '../../ts/units/render.js';
import { assertPlainWord } from '../../ts/units/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'swaysock.cjs');
const words = (program: string) => [`/BIN/${program}`];

/** Runs `node CLI args` (without tap's NODE_OPTIONS); resolves with exit code and output. */
function cli(args: string[], script = CLI, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { NODE_OPTIONS: _drop, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env: { ...base, ...env }, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr });
    });
  });
}

t.test(
  "sway-session.target: home-manager's dependencies (sway module, xdgAutostart off), without default dependencies, before graphical-session.target",
  async (t) => {
    t.same(resolveUnit(UNITS['sway-session.target']!, DEFAULT_SETTINGS, words), {
      Unit: {
        Description: 'sway compositor session',
        Documentation: ['man:systemd.special(7)'],
        BindsTo: ['graphical-session.target'],
        Wants: ['graphical-session-pre.target'],
        After: ['graphical-session-pre.target'],
        // Default dependencies would order the target after graphical-session.target and after every
        // unit it wants without ordering; the two shutdown.target entries they add are written out.
        DefaultDependencies: 'no',
        Before: ['graphical-session.target', 'shutdown.target'],
        Conflicts: ['shutdown.target'],
        // home-manager's sd-switch leaves it running through a switch (docs/nix.md).
        'X-SwitchMethod': 'keep-old',
      },
    });
  },
);

t.test('the units carry the dependencies, modes and timer spans docs/units.md describes', async (t) => {
  const r = (name: string) => resolveUnit(UNITS[name]!, DEFAULT_SETTINGS, words);
  const shutdown = r('sway-session-shutdown.target').Unit!;
  const ended = ['graphical-session.target', 'graphical-session-pre.target', 'sway-session.target'];
  t.same(shutdown.Conflicts, ended);
  t.same(shutdown.After, [...ended, 'swaysock-healthd.service'], 'After= every unit it conflicts with, and the daemon: starting it waits for their stop jobs');
  t.equal(shutdown.DefaultDependencies, 'no');
  t.equal(shutdown.StopWhenUnneeded, 'yes');
  const healthd = r('swaysock-healthd.service');
  t.match(healthd.Service, {
    Type: 'notify',
    NotifyAccess: 'all',
    Restart: 'on-failure',
    ExecStart: '/BIN/swaysock-healthd --interval 5 --repair-environment',
  });
  t.ok(healthd.Service!.WatchdogSec, 'WatchdogSec is set');
  t.same(
    [healthd.Unit!.After, healthd.Unit!.PartOf, healthd.Install!.WantedBy],
    [undefined, ['sway-session.target'], ['sway-session.target']],
    'bound to the session, not ordered after it',
  );
  t.same(r('swaysock-healthd.socket').Socket, { ListenStream: '%t/swaysock/healthd.sock', SocketMode: '0600', DirectoryMode: '0700' });
  const cleanup = r('swaysock-cleanup.service');
  t.same(cleanup.Service, { Type: 'oneshot', ExecStart: '/BIN/swaysock-cleanup' });
  t.same(cleanup.Install, { WantedBy: ['sway-session.target'] });
  t.same(cleanup.Unit!.After, ['sway-session.target'], 'ordered after the target, which so never waits for it');
  t.equal(cleanup.Unit!.PartOf, undefined, 'not bound: a run in progress finishes when the session ends');
  t.same(r('swaysock-cleanup.timer').Timer, { OnStartupSec: '5min', OnUnitActiveSec: '5min' });
  t.same(r('swaysock-cleanup.timer').Install, { WantedBy: ['timers.target'] });
});

t.test('settings fill in the references', async (t) => {
  const settings = {
    'healthd.interval': 2,
    'cleanup.onStartupSec': '1min',
    'cleanup.onUnitActiveSec': '15min',
    'metrics.textfile.path': '/run/tf/swaysock.prom',
    'metrics.textfile.interval': '15s',
  };
  t.equal(resolveUnit(UNITS['swaysock-healthd.service']!, settings, words).Service!.ExecStart, '/BIN/swaysock-healthd --interval 2 --repair-environment');
  t.same(resolveUnit(UNITS['swaysock-cleanup.timer']!, settings, words).Timer, { OnStartupSec: '1min', OnUnitActiveSec: '15min' });
  t.equal(resolveUnit(UNITS['swaysock-metrics-textfile.service']!, settings, words).Service!.ExecStart, '/BIN/swaysock metrics --output /run/tf/swaysock.prom');
  t.equal(resolveUnit(UNITS['swaysock-metrics-textfile.timer']!, settings, words).Timer!.OnUnitActiveSec, '15s');
  // The path has no default: resolving its units without one is an error, not "null" in a unit file.
  t.throws(() => resolveUnit(UNITS['swaysock-metrics-textfile-remove.service']!, DEFAULT_SETTINGS, words), /unit setting metrics\.textfile\.path has no value/);
});

t.test('the metrics textfile units: optional, bound to the session, the file removed at its end', async (t) => {
  const settings = { ...DEFAULT_SETTINGS, 'metrics.textfile.path': '/run/tf/swaysock.prom' };
  const r = (name: string) => resolveUnit(UNITS[name]!, settings, words);
  const write = r('swaysock-metrics-textfile.service');
  t.same(write.Service, { Type: 'oneshot', ExecStart: '/BIN/swaysock metrics --output /run/tf/swaysock.prom' });
  t.same(write.Unit!.After, ['sway-session.target', 'swaysock-healthd.service']);
  t.same(
    write.Unit!.PartOf,
    ['sway-session.target', 'swaysock-healthd.service'],
    'a restart of the daemon (a switch) stops a run in progress and runs it again after',
  );
  t.equal(write.Install, undefined, 'started by its timer only');
  const timer = r('swaysock-metrics-textfile.timer');
  t.same(timer.Timer, { OnActiveSec: '0', OnUnitActiveSec: '30s', AccuracySec: '1s' });
  t.same([timer.Unit!.PartOf, timer.Install!.WantedBy], [['sway-session.target'], ['sway-session.target']]);
  const remove = r('swaysock-metrics-textfile-remove.service');
  t.same(remove.Service, { Type: 'oneshot', RemainAfterExit: 'yes', ExecStop: '/BIN/swaysock metrics --output /run/tf/swaysock.prom --remove' });
  t.same(remove.Unit!.Before, ['swaysock-metrics-textfile.timer', 'swaysock-metrics-textfile.service'], 'stopped after them');
  t.same([remove.Unit!.PartOf, remove.Install!.WantedBy], [['sway-session.target'], ['sway-session.target']]);

  const names = (s: typeof settings | typeof DEFAULT_SETTINGS) =>
    renderUnits({ socketActivation: false, stableSocket: false, settings: s, programWords: words }).map((u) => u.name);
  t.notOk(
    names(DEFAULT_SETTINGS).some((n) => n.includes('metrics')),
    'not without a path',
  );
  t.same(
    names(settings).filter((n) => n.includes('metrics')),
    ['swaysock-metrics-textfile.service', 'swaysock-metrics-textfile.timer', 'swaysock-metrics-textfile-remove.service'],
  );
  // A path that needs quoting in a unit file gets it.
  const spaced = renderUnits({
    socketActivation: false,
    stableSocket: false,
    settings: { ...settings, 'metrics.textfile.path': '/run/my tf/swaysock.prom' },
    programWords: words,
  });
  t.match(
    spaced.find((u) => u.name === 'swaysock-metrics-textfile.service')!.text,
    /^ExecStart=\/BIN\/swaysock metrics --output "\/run\/my tf\/swaysock\.prom"$/m,
  );
});

t.test('ExecStart words are quoted per systemd.service(5)', async (t) => {
  t.equal(quoteExecWord('/usr/bin/node'), '/usr/bin/node');
  t.equal(quoteExecWord('/opt/my apps/dist/x.js'), '"/opt/my apps/dist/x.js"');
  t.equal(quoteExecWord('/a/100%/b'), '/a/100%%/b');
  t.equal(quoteExecWord('/a/$HOME'), '/a/$$HOME');
  t.equal(quoteExecWord('a"b\\c'), '"a\\"b\\\\c"');
  t.equal(quoteExecWord(''), '""');
  t.throws(() => assertPlainWord('two words'), /would need quoting/);
  t.doesNotThrow(() => assertPlainWord('--interval'));
});

t.test('renders unit files: sections in order, lists as repeated keys', async (t) => {
  const text = renderUnitFile(resolveUnit(UNITS['swaysock-healthd.service']!, DEFAULT_SETTINGS, words));
  const body = text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
  t.equal(
    body,
    [
      '[Unit]',
      "Description=swaysock health daemon: Sway's IPC socket health over JSON-RPC",
      'PartOf=sway-session.target',
      '',
      '[Service]',
      'Type=notify',
      'NotifyAccess=all',
      'ExecStart=/BIN/swaysock-healthd --interval 5 --repair-environment',
      'WatchdogSec=3min',
      'Restart=on-failure',
      'RestartSec=1s',
      'StateDirectory=swaysock',
      '',
      '[Install]',
      'WantedBy=sway-session.target',
      '',
    ].join('\n'),
  );
  const shutdown = renderUnitFile(resolveUnit(UNITS['sway-session-shutdown.target']!, DEFAULT_SETTINGS, words));
  t.match(
    shutdown,
    /Conflicts=graphical-session.target\nConflicts=graphical-session-pre.target\nConflicts=sway-session.target\nAfter=graphical-session.target\nAfter=graphical-session-pre.target\nAfter=sway-session.target\nAfter=swaysock-healthd.service\n/,
  );
});

t.test('the committed JSON is what the definitions generate', async (t) => {
  t.equal(readFileSync(join(ROOT, UNITS_JSON_PATH), 'utf8'), unitsJson(), 'run `npm run units:generate` and commit');
  const doc = JSON.parse(unitsJson());
  t.same(Object.keys(doc.units), Object.keys(UNITS));
  t.same(doc.units['swaysock-healthd.service'].Service.ExecStart, {
    command: ['swaysock-healthd', '--interval', { setting: 'healthd.interval' }, '--repair-environment'],
  });
});

t.test('the committed rendered unit files are what the definitions render for an npm install under /usr', async (t) => {
  t.same(generatedFileProblems(ROOT), [], 'run `npm run units:generate` and commit');
  const files = renderedFiles();
  t.same(
    [...files.keys()].filter((f) => f.startsWith('units/rendered/default/')).map((f) => f.slice('units/rendered/default/'.length)),
    Object.keys(UNITS).filter((u) => !OPTIONAL_UNITS.includes(u)),
    'default: every unit but the optional ones',
  );
  t.same(
    [...files.keys()].filter((f) => f.startsWith('units/rendered/all-optional/')).map((f) => f.slice('units/rendered/all-optional/'.length)),
    Object.keys(UNITS),
    'all-optional: every unit',
  );
  const healthd = readFileSync(join(ROOT, 'units/rendered/default/swaysock-healthd.service'), 'utf8');
  t.match(
    healthd,
    /^ExecStart=\/usr\/bin\/node --max-semi-space-size=1 \/usr\/lib\/node_modules\/swaysock\/dist\/swaysock-healthd\.js --interval 5 --repair-environment$/m,
  );
  const textfile = readFileSync(join(ROOT, 'units/rendered/all-optional/swaysock-metrics-textfile.service'), 'utf8');
  t.match(
    textfile,
    /^ExecStart=\/usr\/bin\/node \/usr\/lib\/node_modules\/swaysock\/dist\/swaysock\.cjs metrics --output \/var\/lib\/prometheus\/node-exporter\/swaysock\.prom$/m,
  );
});

t.test('installUnits writes the files, and links nothing without enabling (the links: tests/system/units.test.ts)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-units-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const units = renderUnits({
    socketActivation: true,
    stableSocket: true,
    settings: { ...DEFAULT_SETTINGS, 'metrics.textfile.path': '/run/tf/swaysock.prom' },
    programWords: words,
  });
  t.same(
    units.map((u) => u.name),
    Object.keys(UNITS),
  );
  t.notOk(
    renderUnits({ socketActivation: false, stableSocket: false, settings: DEFAULT_SETTINGS, programWords: words }).some((u) => u.name.endsWith('.socket')),
  );
  const stableOnly = renderUnits({ socketActivation: false, stableSocket: true, settings: DEFAULT_SETTINGS, programWords: words }).filter((u) =>
    u.name.endsWith('.socket'),
  );
  t.same(
    stableOnly.map((u) => u.name),
    ['swaysock-stable.socket'],
    '--stable-socket alone adds only the stable socket',
  );
  t.match(stableOnly[0]!.text, /^ListenStream=%t\/swaysock\/sway\.sock$/m);
  t.match(stableOnly[0]!.text, /^FileDescriptorName=stable$/m);
  const report = await installUnits(units, join(dir, 'user'), false);
  t.equal(report.written.length, units.length);
  t.same(report.linked, []);
  for (const u of units) t.equal(readFileSync(join(dir, 'user', u.name), 'utf8'), u.text);
});

t.test('swaysock units --check: up to date, then a stale JSON, a stale, a missing and an extra rendered file; --generate rewrites them', async (t) => {
  const ok = await cli(['units', '--check']);
  t.equal(ok.code, 0, ok.stderr);
  t.match(ok.stdout, /swaysock-units\.json and the files in .*units\/rendered are up to date/);
  // A copy of this installation (the same bundles) whose JSON differs from the definitions.
  const copy = mkdtempSync(join(tmpdir(), 'swaysock-check-'));
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'units'), join(copy, 'units'), { recursive: true });
  const agreed = await cli(['units', '--check'], join(copy, 'dist', 'swaysock.cjs'));
  t.equal(agreed.code, 0, `the copy is up to date: ${agreed.stderr}`);
  writeFileSync(join(copy, UNITS_JSON_PATH), unitsJson().replace('"5min"', '"6min"'));
  const timer = join(copy, 'units/rendered/default/swaysock-cleanup.timer');
  writeFileSync(timer, readFileSync(timer, 'utf8').replace('OnStartupSec=5min', 'OnStartupSec=6min'));
  rmSync(join(copy, 'units/rendered/all-optional/swaysock-stable.socket'));
  const extra = join(copy, 'units/rendered/all-optional/swaysock-gone.service');
  writeFileSync(extra, '[Service]\n');
  const stale = await cli(['units', '--check'], join(copy, 'dist', 'swaysock.cjs'));
  t.equal(stale.code, 1);
  const hint = '; run `npm run units:generate` and commit it\n';
  t.equal(
    stale.stderr,
    `swaysock: ${join(copy, UNITS_JSON_PATH)} is out of date${hint}` +
      `swaysock: ${timer} is out of date${hint}` +
      `swaysock: ${join(copy, 'units/rendered/all-optional/swaysock-stable.socket')} is missing${hint}` +
      `swaysock: ${extra} is no longer generated${hint}`,
    'each stale, missing and extra file named',
  );
  const generated = await cli(['units', '--generate'], join(copy, 'dist', 'swaysock.cjs'));
  t.equal(generated.code, 0, generated.stderr);
  t.match(generated.stdout, new RegExp(`^wrote ${join(copy, UNITS_JSON_PATH)}\n`));
  t.match(generated.stdout, `wrote ${timer}\n`);
  t.match(generated.stdout, `removed ${extra}\n`);
  t.equal(readFileSync(join(copy, UNITS_JSON_PATH), 'utf8'), unitsJson(), '--generate wrote what the definitions generate');
  t.notOk(existsSync(extra), 'and removed what they no longer generate');
  for (const [rel, text] of renderedFiles()) t.equal(readFileSync(join(copy, rel), 'utf8'), text, rel);
  t.equal((await cli(['units', '--check'], join(copy, 'dist', 'swaysock.cjs'))).code, 0, 'and --check agrees');
  rmSync(join(copy, UNITS_JSON_PATH));
  const missing = await cli(['units', '--check'], join(copy, 'dist', 'swaysock.cjs'));
  t.equal(missing.code, 1);
  t.match(missing.stderr, /cannot read .*swaysock-units\.json/);
});

t.test('swaysock units --print and --install use absolute paths of the running installation', async (t) => {
  const node = realpathSync(process.execPath);
  const dist = realpathSync(join(ROOT, 'dist'));
  const printed = await cli(['units', '--print', '--interval', '3']);
  t.equal(printed.code, 0, printed.stderr);
  t.match(printed.stdout, `### swaysock-healthd.service\n`);
  t.match(
    printed.stdout,
    `ExecStart=${node} --max-semi-space-size=1 ${dist}/swaysock-healthd.js --interval 3 --repair-environment\n`,
    "with the daemon's Node flags (package.json swaysock.nodeFlags)",
  );
  t.match(printed.stdout, `ExecStart=${node} ${dist}/swaysock-cleanup.cjs\n`);
  t.notMatch(printed.stdout, /healthd\.socket/, 'the socket unit only with --socket-activation');

  const home = mkdtempSync(join(tmpdir(), 'swaysock-home-'));
  t.teardown(() => rmSync(home, { recursive: true, force: true }));
  const installed = await cli(['units', '--install', '--socket-activation'], CLI, { HOME: home, XDG_CONFIG_HOME: '' });
  t.equal(installed.code, 0, installed.stderr);
  const unitDir = join(home, '.config', 'systemd', 'user');
  t.match(readFileSync(join(unitDir, 'swaysock-healthd.socket'), 'utf8'), /ListenStream=%t\/swaysock\/healthd.sock/);
  t.match(installed.stdout, /daemon-reload/);
  t.throws(() => lstatSync(join(unitDir, 'sway-session.target.wants')), 'no links without --enable');

  // Through an npm-style bin symlink, the bundle's real directory is used.
  const bin = join(home, 'swaysock');
  symlinkSync(CLI, bin);
  const viaLink = await cli(['units', '--print'], bin);
  t.equal(viaLink.code, 0, viaLink.stderr);
  t.match(viaLink.stdout, `${dist}/swaysock-healthd.js`);
  t.equal(readlinkSync(bin), CLI);
});

t.test('swaysock units: usage errors exit 64', async (t) => {
  for (const args of [[], ['--print', '--check'], ['--print', '--enable'], ['--print', '--interval', '0']]) {
    const r = await cli(['units', ...args]);
    t.equal(r.code, 64, `units ${args.join(' ')}: ${r.stderr}`);
    t.match(r.stderr, /^swaysock: /);
  }
  const relative = await cli(['units', '--print', '--metrics-textfile-dir', 'run/tf']);
  t.equal(relative.code, 64);
  t.match(relative.stderr, /^swaysock: --metrics-textfile-dir needs an absolute path \(got "run\/tf"\)/);
  const alone = await cli(['units', '--print', '--metrics-textfile-interval', '15s']);
  t.equal(alone.code, 64);
  t.match(alone.stderr, /^swaysock: --metrics-textfile-interval goes with --metrics-textfile-dir/);
});

t.test('swaysock units --print --metrics-textfile-dir: the textfile units with the file in DIR', async (t) => {
  const r = await cli(['units', '--print', '--metrics-textfile-dir', '/run/tf', '--metrics-textfile-interval', '15s']);
  t.equal(r.code, 0, r.stderr);
  const node = realpathSync(process.execPath);
  t.match(r.stdout, `### swaysock-metrics-textfile.service\n`);
  t.match(r.stdout, `ExecStart=${node} ${realpathSync(CLI)} metrics --output /run/tf/swaysock.prom\n`);
  t.match(r.stdout, `ExecStop=${node} ${realpathSync(CLI)} metrics --output /run/tf/swaysock.prom --remove\n`);
  t.match(r.stdout, /^OnUnitActiveSec=15s$/m);
  const without = await cli(['units', '--print']);
  t.notMatch(without.stdout, /metrics/, 'none without --metrics-textfile-dir');
});
