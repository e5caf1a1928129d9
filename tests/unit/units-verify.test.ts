/**
 * Every rendered unit passes `systemd-analyze verify --user` (systemd-analyze(1)): rendered by
 * `swaysock units --install` (dist/swaysock.cjs; run `npm run build` first) with the absolute
 * paths of this checkout's bundles, which exist, so the ExecStart= checks run for real. verify
 * needs XDG_RUNTIME_DIR for --user; a temporary one is given. No manager is started.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { UNITS } from '../../ts/units/definitions.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'swaysock.cjs');
type Run = { code: number; stdout: string; stderr: string };
type Teardown = { teardown: (fn: () => unknown) => void };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr }),
    );
  });
}

/** Renders the units into a fresh directory with `extra` CLI flags; returns the directory. */
async function rendered(t: Teardown, extra: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-verify-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const { NODE_OPTIONS: _drop, ...env } = process.env;
  const r = await run(process.execPath, [CLI, 'units', '--install', dir, ...extra], env);
  if (r.code !== 0) throw new Error(`swaysock units --install failed: ${r.stderr}`);
  return dir;
}

/** `systemd-analyze verify --user` on every file in `dir`, with a temporary XDG_RUNTIME_DIR. */
async function verify(t: Teardown, dir: string): Promise<Run> {
  const runtime = mkdtempSync(join(tmpdir(), 'swaysock-xdg-'));
  t.teardown(() => rmSync(runtime, { recursive: true, force: true }));
  const files = readdirSync(dir).map((f) => join(dir, f));
  return run('systemd-analyze', ['verify', '--user', ...files], { ...process.env, XDG_RUNTIME_DIR: runtime });
}

t.test('every unit, the optional ones included, passes systemd-analyze verify --user without a warning', async (t) => {
  const dir = await rendered(t, ['--socket-activation', '--stable-socket', '--metrics-textfile-dir', '/run/tf']);
  t.same(readdirSync(dir).sort(), Object.keys(UNITS).sort(), 'all units rendered');
  const r = await verify(t, dir);
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stderr, '', 'no warnings (an unknown key would only warn)');
});

t.test('the default set with other settings passes too', async (t) => {
  const dir = await rendered(t, ['--interval', '2', '--on-startup-sec', '1min', '--on-unit-active-sec', '15min']);
  t.notOk(readdirSync(dir).includes('swaysock-healthd.socket'));
  t.notOk(readdirSync(dir).includes('swaysock-stable.socket'));
  t.match(readFileSync(join(dir, 'swaysock-cleanup.timer'), 'utf8'), /OnUnitActiveSec=15min/);
  const r = await verify(t, dir);
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stderr, '');
});

t.test('ExecStart= names this node and bundles that exist; verify rejects a missing executable', async (t) => {
  const dir = await rendered(t, []);
  const execs = readdirSync(dir).flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('ExecStart=')),
  );
  t.equal(execs.length, 2, 'the daemon and the cleanup');
  for (const line of execs) {
    const [node, ...words] = line.slice('ExecStart='.length).split(' ');
    const flags = words.filter((w) => w.startsWith('--max-semi-space-size='));
    const bundle = words[flags.length];
    t.equal(node, realpathSync(process.execPath), `${line}: the node running us, by absolute path`);
    t.same(flags, bundle!.endsWith('/swaysock-healthd.js') ? ['--max-semi-space-size=1'] : [], "Node's flags for the program, before its bundle");
    t.ok(existsSync(bundle!), `${bundle} exists`);
    t.equal(dirname(bundle!), realpathSync(dirname(CLI)), 'a bundle of this checkout');
  }
  // verify checks the executable itself (systemd-analyze(1)): a node that is not there fails it.
  const path = join(dir, 'swaysock-cleanup.service');
  writeFileSync(path, readFileSync(path, 'utf8').replace(`ExecStart=${realpathSync(process.execPath)}`, 'ExecStart=/nonexistent/node'));
  const r = await verify(t, dir);
  t.equal(r.code, 1, 'systemd-analyze ran and rejected it (a missing systemd-analyze fails here)');
  t.match(r.stderr, /\/nonexistent\/node is not executable/);
});
