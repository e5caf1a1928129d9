import t from 'tap';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readProcStat } from '../../ts/liveness/proc.js';
import { sessionLockPath } from '../../ts/paths/paths.js';
import { acquireSessionLock, holderIsAlive, readLockHolder, SessionLockedError, type LockHolder } from '../../ts/session/lock.js';
import { swayZombie } from '../helpers/cleanup.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function tempDir(t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-lock-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes a lock file as if `holder` held it. */
function plantLock(runtimeDir: string, holder: Partial<LockHolder> | string): void {
  mkdirSync(join(runtimeDir, 'swaysock'), { recursive: true, mode: 0o700 });
  const text = typeof holder === 'string' ? holder : JSON.stringify({ swaysock: '/old.sock', since: '2000-01-01T00:00:00.000Z', ...holder });
  writeFileSync(sessionLockPath(runtimeDir), text);
}

const ownTicks = () => readProcStat(process.pid)!.startTicks;

t.test('takes a free lock, records PID and start time, and releases it', async (t) => {
  const dir = tempDir(t);
  const lock = await acquireSessionLock(dir, '/run/user/1/sway-ipc.1.2.sock');
  t.equal(statSync(join(dir, 'swaysock')).mode & 0o777, 0o700, 'swaysock/ is private');
  const holder = readLockHolder(lock.path)!;
  t.equal(holder.pid, process.pid);
  t.equal(holder.start_ticks, ownTicks());
  t.equal(holder.swaysock, '/run/user/1/sway-ipc.1.2.sock');
  lock.release();
  t.equal(readLockHolder(lock.path), null, 'released');
  lock.release();
  t.pass('a second release is harmless');
});

t.test('refuses while a live session holds the lock, naming it', async (t) => {
  const dir = tempDir(t);
  const first = await acquireSessionLock(dir, '/a.sock');
  t.teardown(first.release);
  const err = await acquireSessionLock(dir, '/b.sock').catch((e: unknown) => e);
  t.type(err, SessionLockedError);
  t.match((err as Error).message, new RegExp(`PID ${process.pid}, for /a\\.sock`));
  t.equal(readLockHolder(first.path)!.swaysock, '/a.sock', 'the holder keeps its lock');
});

t.test('breaks a stale lock: dead PID, reused PID, zombie, unreadable file', async (t) => {
  const dead = spawnSync('true').pid!;
  const cases: [string, Partial<LockHolder> | string, string?][] = [
    ['dead PID', { pid: dead, start_ticks: 1 }],
    ['reused PID (start time differs)', { pid: process.pid, start_ticks: ownTicks() + 1 }],
    ['garbage', 'not json'],
  ];
  for (const [name, holder] of cases) {
    const dir = tempDir(t);
    plantLock(dir, holder);
    const lock = await acquireSessionLock(dir, '/new.sock');
    t.equal(readLockHolder(lock.path)!.pid, process.pid, `${name}: taken over`);
    lock.release();
  }
  // A real zombie: its PID exists, with the start time the lock recorded, yet it is dead.
  const zombie = (await swayZombie(t.teardown)).pid;
  const ticks = readProcStat(zombie)!.startTicks;
  t.equal(holderIsAlive({ pid: zombie, start_ticks: ticks, since: '' }), false, 'zombie holder is not alive');
  const dir = tempDir(t);
  plantLock(dir, { pid: zombie, start_ticks: ticks });
  const lock = await acquireSessionLock(dir, '/new.sock');
  t.equal(readLockHolder(lock.path)!.pid, process.pid, 'zombie: taken over');
  lock.release();
});

t.test('release leaves a lock that is no longer its own', async (t) => {
  const dir = tempDir(t);
  const lock = await acquireSessionLock(dir, '/a.sock');
  unlinkSync(lock.path);
  plantLock(dir, { pid: 1, start_ticks: 1, swaysock: '/other.sock' });
  lock.release();
  t.equal(readLockHolder(lock.path)!.swaysock, '/other.sock');
});

t.test('sessions starting at once over a stale lock end with exactly one holder', async (t) => {
  const dir = tempDir(t);
  const bundle = join(dir, 'lock.mjs');
  await build({ entryPoints: [join(ROOT, 'ts/session/lock.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
  const runtimeDir = join(dir, 'rt');
  mkdirSync(runtimeDir);
  plantLock(runtimeDir, { pid: spawnSync('true').pid!, start_ticks: 1 });
  // Each racer reports what it got, and a holder keeps the lock until its stdin closes, which
  // happens only once every racer has reported: no racer can find the lock free again.
  const racer = `const { acquireSessionLock } = await import(${JSON.stringify(bundle)});
try { const l = await acquireSessionLock(${JSON.stringify(runtimeDir)}, '/s' + process.pid); console.log('held'); process.stdin.resume(); await new Promise((r) => process.stdin.once('end', r)); l.release(); }
catch (e) { console.log(e.name); }`;
  const racers = Array.from({ length: 12 }, () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', racer], { env: { PATH: process.env.PATH }, stdio: ['pipe', 'pipe', 'inherit'] });
    t.teardown(() => child.kill('SIGKILL'));
    let out = '';
    const reported = new Promise<string>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { child, reported, exited };
  });
  const outcomes = await Promise.all(racers.map((r) => r.reported));
  for (const r of racers) r.child.stdin.end();
  await Promise.all(racers.map((r) => r.exited));
  t.equal(outcomes.filter((o) => o === 'held').length, 1, `one holder: ${outcomes.join(', ')}`);
  t.equal(outcomes.filter((o) => o === 'SessionLockedError').length, 11, 'every other racer was refused');
  t.notOk(existsSync(sessionLockPath(runtimeDir)), 'the holder released it');
});
