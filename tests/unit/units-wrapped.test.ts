/**
 * `swaysock units` run through a wrapping package's program wrappers (as the Nix package's
 * makeWrapper scripts do: set SWAYSOCK_BIN_DIR and PATH, exec node on the bundle): ExecStart=
 * names the wrappers, so the units run with the PATH the package chose. Real shell wrappers
 * around the built bundles in dist/ (run `npm run build` first).
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { BIN_DIR_VARIABLE } from '../../ts/units/installation.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Program name to its bundle, relative to ROOT (package.json `bin`). */
const BUNDLES = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin as Record<string, string>;
const PROGRAMS = Object.keys(BUNDLES);

/** A bin directory of wrappers like the Nix package's; `omit` leaves one program out. */
function wrappers(t: { teardown: (f: () => void) => void }, omit?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-wrapped-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const prog of PROGRAMS.filter((p) => p !== omit)) {
    const path = join(bin, prog);
    writeFileSync(path, `#!/bin/sh\nexport ${BIN_DIR_VARIABLE}='${bin}'\nexec '${realpathSync(process.execPath)}' '${join(ROOT, BUNDLES[prog]!)}' "$@"\n`);
    chmodSync(path, 0o755);
  }
  return bin;
}

/** Runs a wrapper (without tap's NODE_OPTIONS); resolves with exit code and output. */
function run(path: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { NODE_OPTIONS: _drop, [BIN_DIR_VARIABLE]: _own, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(path, args, { env: { ...base, ...env }, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr });
    });
  });
}

t.test('through the wrappers, --print and --install name the wrappers in ExecStart=', async (t) => {
  const bin = wrappers(t);
  const printed = await run(join(bin, 'swaysock'), ['units', '--print']);
  t.equal(printed.code, 0, printed.stderr);
  t.match(printed.stdout, `ExecStart=${bin}/swaysock-healthd --interval 5 --repair-environment\n`);
  t.match(printed.stdout, `ExecStart=${bin}/swaysock-cleanup\n`);
  t.notMatch(printed.stdout, /\.c?js\b/, 'no bundle path');

  const unitDir = join(dirname(bin), 'units');
  const installed = await run(join(bin, 'swaysock'), ['units', '--install', unitDir]);
  t.equal(installed.code, 0, installed.stderr);
  t.match(readFileSync(join(unitDir, 'swaysock-cleanup.service'), 'utf8'), `ExecStart=${bin}/swaysock-cleanup\n`);
});

t.test('a wrapper the package lacks, or a relative directory, is an error naming it', async (t) => {
  const bin = wrappers(t, 'swaysock-cleanup');
  const missing = await run(join(bin, 'swaysock'), ['units', '--print']);
  t.equal(missing.code, 1);
  t.match(missing.stderr, `${bin}/swaysock-cleanup does not exist`);

  const relative = await run(process.execPath, [join(ROOT, BUNDLES.swaysock!), 'units', '--print'], { [BIN_DIR_VARIABLE]: 'bin' });
  t.not(relative.code, 0);
  t.match(relative.stderr, `${BIN_DIR_VARIABLE}=bin is not an absolute path`);
});
