// swaysock-cleanup against its peers, measured in one run (goals: docs/design.md, "Goals measured by bench/"):
// - 10,000 stale sockets: under 1 s; within 4x of bare `node -e 0` plus `find -delete` of the
//   same files (the floor); against the shell one-liner a user would write (bench/stale-loop.sh);
// - a typical runtime directory of 10 entries: within 1.3x of bare `node -e 0`.
// Runs as the calling user (no Sway needed: stale sockets are real socket inodes nobody listens
// on, named with PIDs above the kernel's pid_max, so no process has them). Needs `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { record } from './lib/report.mjs';

const STALE = 10_000;
const CLEANUP = join('dist', 'swaysock-cleanup.cjs');
const uid = process.getuid();
const pidMax = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'swaysock-bench-cleanup-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const pool = join(work, 'pool');
const dir = join(work, 'rt');
mkdirSync(pool);
mkdirSync(dir, { mode: 0o700 });

/** A socket inode at `path` that nobody listens on (bound, listener closed; the name kept by a link). */
async function deadSocket(path) {
  const server = createServer();
  await new Promise((r) => server.listen(path, r));
  linkSync(path, `${path}.keep`);
  await new Promise((r) => server.close(r)); // Node unlinks the bound name on close
  linkSync(`${path}.keep`, path);
  unlinkSync(`${path}.keep`);
}

// STALE distinct socket inodes, made once; every round links them into the runtime directory.
for (let i = 0; i < STALE; i += 200) await Promise.all(Array.from({ length: Math.min(200, STALE - i) }, (_, j) => deadSocket(join(pool, String(i + j)))));
const staleName = (i) => `sway-ipc.${uid}.${pidMax + 1 + i}.sock`;
function fill(count) {
  for (let i = 0; i < count; i++) linkSync(join(pool, String(i)), join(dir, staleName(i)));
}
function left() {
  return readdirSync(dir).filter((n) => n.startsWith('sway-ipc.')).length;
}

/** Wall time of one run of `cmd args` in ms; `prepare` runs first, untimed. */
function wall(cmd, args, prepare) {
  prepare?.();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH, XDG_RUNTIME_DIR: dir } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
/** The median of `times` (ms). */
function middle(times) {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
function median(runs, fn) {
  return middle(Array.from({ length: runs }, fn));
}
const fmt = (ms) => `${ms.toFixed(1)} ms`;
// --- 10,000 stale sockets ---
const node = median(15, () => wall(process.execPath, ['-e', '0']));
const find = median(5, () => wall('find', [dir, '-maxdepth', '1', '-name', 'sway-ipc.*.sock', '-type', 's', '-delete'], () => fill(STALE)));
if (left() !== 0) throw new Error('find left sockets behind');
const ours = median(5, () => {
  const ms = wall(process.execPath, [CLEANUP, '--runtime-dir', dir], () => fill(STALE));
  if (left() !== 0) throw new Error(`swaysock-cleanup left ${left()} of ${STALE} stale sockets`);
  return ms;
});
const shell = wall('sh', ['bench/stale-loop.sh', dir], () => fill(STALE));
if (left() !== 0) throw new Error('the shell loop left sockets behind');
console.log(`${STALE} stale sockets, peers: node -e 0 ${fmt(node)}, find -delete ${fmt(find)}, shell loop (bench/stale-loop.sh) ${fmt(shell)}`);
const many = `swaysock-cleanup, ${STALE} stale sockets`;
record({ figure: many, ours, unit: 'ms', peer: null, goal: { below: 1000 } });
record({ figure: `${many}, vs the floor`, ours, unit: 'ms', peer: { name: 'node -e 0 + find -delete', value: node + find }, goal: { ratio: 4 } });
record({ figure: `${many}, vs the shell loop`, ours, unit: 'ms', peer: { name: 'bench/stale-loop.sh', value: shell }, goal: null });

// --- a typical runtime directory: 10 entries ---
// A live Sway's socket and one that a crashed Sway left, beside the usual neighbours. The live
// Sway is a stand-in (this must run where Sway is not installed): a process named `sway` (sleep(1)
// run through a symlink of that name) whose socket this process serves (the kernel accepts into
// the backlog while we wait on a child).
const sleepPath = spawnSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).stdout.trim();
symlinkSync(sleepPath, join(work, 'sway'));
const standIn = spawn(join(work, 'sway'), ['600'], { stdio: 'ignore' });
process.on('exit', () => standIn.kill('SIGKILL'));
const live = createServer();
await new Promise((r) => live.listen(join(dir, `sway-ipc.${uid}.${standIn.pid}.sock`), r));
for (const f of ['wayland-1', 'wayland-1.lock', 'bus', 'pipewire-0.lock']) writeFileSync(join(dir, f), '');
for (const d of ['pulse', 'dbus-1', 'systemd']) mkdirSync(join(dir, d), { recursive: true });
const typical = () => {
  for (const n of readdirSync(dir)) if (n.startsWith('sway-ipc.') && !n.includes(`.${standIn.pid}.`)) unlinkSync(join(dir, n));
  fill(1);
};
typical();
if (readdirSync(dir).length !== 10) throw new Error(`expected 10 entries, have ${readdirSync(dir).length}`);
// The floor of any CommonJS program: Node loading an empty script (the bundle is CommonJS).
const emptyCjs = join(work, 'empty.cjs');
writeFileSync(emptyCjs, '');
// One round runs each in turn, so a change in the machine's load falls on all of them alike.
const samples = { node: [], cjs: [], ours: [], shell: [] };
for (let i = 0; i < 31; i++) {
  samples.node.push(wall(process.execPath, ['-e', '0']));
  samples.cjs.push(wall(process.execPath, [emptyCjs]));
  samples.ours.push(wall(process.execPath, [CLEANUP, '--runtime-dir', dir], typical));
  if (left() !== 1) throw new Error('swaysock-cleanup did not remove the stale socket, or removed the live one');
  samples.shell.push(wall('sh', ['bench/stale-loop.sh', dir], typical));
}
const [node10, cjs10, ours10, shell10] = [middle(samples.node), middle(samples.cjs), middle(samples.ours), middle(samples.shell)];
live.close();
standIn.kill('SIGKILL');
const typicalRun = 'swaysock-cleanup, 10-entry runtime directory';
record({ figure: typicalRun, ours: ours10, unit: 'ms', peer: { name: 'node -e 0', value: node10 }, goal: { ratio: 1.3 } });
record({ figure: `${typicalRun}, vs the CommonJS floor`, ours: ours10, unit: 'ms', peer: { name: 'node empty.cjs', value: cjs10 }, goal: null });
record({ figure: `${typicalRun}, vs the shell loop`, ours: ours10, unit: 'ms', peer: { name: 'bench/stale-loop.sh', value: shell10 }, goal: null });
