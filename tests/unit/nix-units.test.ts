/**
 * The project's Nix without nixpkgs or any fetched tree (Debian's nix-bin): every .nix file
 * parses (`nix-instantiate --parse`), and nix/units.nix, which turns units/swaysock-units.json
 * into home-manager's attribute sets, evaluates (`nix-instantiate --eval --strict --json`) to
 * exactly what the TypeScript definitions resolve to.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { OPTIONAL_UNITS, UNITS, unitKind } from '../../ts/units/definitions.js';
import { DEFAULT_SETTINGS } from '../../ts/units/settings.js';
import { resolveUnit } from '../../ts/units/render.js';
import type { ResolvedSections, UnitSettings } from '../../ts/units/types.js';
import { nix, ROOT } from '../helpers/nix.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.tap']);

/** Every .nix file of the repository (outside node_modules, .git, dist). */
function nixFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : nixFiles(join(dir, e.name));
    return e.name.endsWith('.nix') ? [join(dir, e.name)] : [];
  });
}

/** What home-manager's attribute sets should be, from the TypeScript definitions. */
function expected(binDir: string, settings: UnitSettings, files: string[]): Record<string, Record<string, ResolvedSections>> {
  const out: Record<string, Record<string, ResolvedSections>> = {};
  for (const file of files) {
    const group = `${unitKind(file)}s`;
    (out[group] ??= {})[file.slice(0, file.lastIndexOf('.'))] = resolveUnit(UNITS[file]!, settings, (p) => [`${binDir}/${p}`]);
  }
  return out;
}

/** nix/units.nix's homeManagerUnits, evaluated (`argument` may name the import `u`: `u.defaultSettings`). */
async function evalUnits(argument: string): Promise<unknown> {
  const expr = `let u = import ./nix/units.nix { }; in u.homeManagerUnits ${argument}`;
  const r = await nix('nix-instantiate', ['--eval', '--strict', '--json', '-E', expr]);
  if (r.code !== 0) throw new Error(`nix-instantiate failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

t.test('every .nix file parses', async (t) => {
  const files = nixFiles();
  for (const want of [
    'flake.nix',
    'modules/default.nix',
    'modules/swaysock.nix',
    'modules/session.nix',
    'modules/session-services.nix',
    'modules/other-definitions.nix',
    'nix/units.nix',
    'packages/default.nix',
    'checks/default.nix',
  ]) {
    t.ok(files.includes(join(ROOT, want)), `${want} is among them`);
  }
  for (const file of files) {
    const r = await nix('nix-instantiate', ['--parse', file]);
    t.equal(r.code, 0, `${relative(ROOT, file)} parses ${r.stderr}`);
  }
});

t.test('a syntax error is caught by the parse check', async (t) => {
  const r = await nix('nix-instantiate', ['--parse', '-E', '{ a = ; }']);
  t.equal(r.code, 1, 'nix-instantiate ran and rejected it (a missing nix-instantiate fails here)');
  t.match(r.stderr, /syntax error, unexpected ';'/);
});

t.test('nix/units.nix equals the TypeScript definitions (defaults, and the one setting without a default)', async (t) => {
  const all = Object.keys(UNITS);
  const settings: UnitSettings = { ...DEFAULT_SETTINGS, 'metrics.textfile.path': '/run/tf/swaysock.prom' };
  t.same(
    await evalUnits('{ binDir = "/nix/store/x-swaysock/bin"; settings = u.defaultSettings // { "metrics.textfile.path" = "/run/tf/swaysock.prom"; }; }'),
    expected('/nix/store/x-swaysock/bin', settings, all),
  );
});

t.test('nix/units.nix equals the TypeScript definitions (settings, a subset of units)', async (t) => {
  const settings: UnitSettings = {
    'healthd.interval': 2,
    'cleanup.onStartupSec': '1min',
    'cleanup.onUnitActiveSec': '15min',
    'metrics.textfile.path': null,
    'metrics.textfile.interval': '30s',
  };
  const files = Object.keys(UNITS).filter((f) => !OPTIONAL_UNITS.includes(f));
  const got = await evalUnits(
    `{ binDir = "/b"; files = ${`[ ${files.map((f) => JSON.stringify(f)).join(' ')} ]`}; settings = { "healthd.interval" = 2; "cleanup.onStartupSec" = "1min"; "cleanup.onUnitActiveSec" = "15min"; }; }`,
  );
  t.same(got, expected('/b', settings, files));
  t.notOk((got as Record<string, unknown>).sockets, 'no socket unit when not asked for');
});

/** homeManagerUnits `argument` evaluated to failure: nix-instantiate's exit code and stderr. */
async function evalUnitsFailure(argument: string): Promise<{ code: number; stderr: string }> {
  const r = await nix('nix-instantiate', ['--eval', '--strict', '--json', '-E', `let u = import ./nix/units.nix { }; in u.homeManagerUnits ${argument}`]);
  return { code: r.code, stderr: r.stderr };
}

t.test('a textfile unit without its path fails the evaluation with the setting named', async (t) => {
  const withNull = await evalUnitsFailure('{ binDir = "/b"; settings = u.defaultSettings; files = [ "swaysock-metrics-textfile.service" ]; }');
  t.equal(withNull.code, 1);
  t.match(withNull.stderr, /setting metrics\.textfile\.path has no value/, 'passed as null (its default)');
  const notPassed = await evalUnitsFailure(
    '{ binDir = "/b"; settings = { "metrics.textfile.interval" = "30s"; }; files = [ "swaysock-metrics-textfile.service" ]; }',
  );
  t.equal(notPassed.code, 1);
  t.match(notPassed.stderr, /swaysock-metrics-textfile\.service uses the setting metrics\.textfile\.path, which the caller does not pass/, 'not passed');
});

t.test('a setting the caller does not pass fails the evaluation, naming the unit and the setting; no default stands in', async (t) => {
  const r = await evalUnitsFailure('{ binDir = "/b"; settings = { "healthd.interval" = 5; }; files = [ "swaysock-cleanup.timer" ]; }');
  t.equal(r.code, 1);
  t.match(r.stderr, /swaysock units: swaysock-cleanup\.timer uses the setting cleanup\.onStartupSec, which the caller does not pass/);
  // Per unit: the units that use only what is passed evaluate.
  const healthd = await evalUnits('{ binDir = "/b"; settings = { "healthd.interval" = 7; }; files = [ "swaysock-healthd.service" ]; }');
  t.same(healthd, expected('/b', { ...DEFAULT_SETTINGS, 'healthd.interval': 7 }, ['swaysock-healthd.service']));
});

t.test('a setting name that is no setting fails the evaluation, naming it', async (t) => {
  const r = await evalUnitsFailure('{ binDir = "/b"; settings = u.defaultSettings // { "healthd.intervall" = 5; }; files = [ ]; }');
  t.equal(r.code, 1);
  t.match(r.stderr, /swaysock units: unknown settings healthd\.intervall \(known: /);
});

t.test('nix/units.nix exposes the defaults and optional units of the JSON', async (t) => {
  const r = await nix('nix-instantiate', [
    '--eval',
    '--strict',
    '--json',
    '-E',
    'let u = import ./nix/units.nix { }; in { inherit (u) defaultSettings optionalUnits unitFiles; }',
  ]);
  t.equal(r.code, 0, r.stderr);
  t.same(JSON.parse(r.stdout), { defaultSettings: DEFAULT_SETTINGS, optionalUnits: OPTIONAL_UNITS, unitFiles: Object.keys(UNITS).sort() });
});

t.test('an unknown setting reference fails the evaluation with its name', async (t) => {
  const json = '{ version = 1; settings = { }; optional = [ ]; units."x.service".Service.ExecStart.command = [ "swaysock" { setting = "nope"; } ]; }';
  const r = await nix('nix-instantiate', [
    '--eval',
    '--strict',
    '--json',
    '-E',
    `(import ./nix/units.nix { json = ${json}; }).homeManagerUnits { binDir = "/b"; settings = { }; }`,
  ]);
  t.equal(r.code, 1);
  t.match(r.stderr, /unknown setting nope/);
});
