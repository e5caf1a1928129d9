import t from 'tap';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { readProcStat } from '../../ts/liveness/proc.js';
import { programEnv } from '../helpers/daemon.js';
import { linkAs, socketInode } from '../helpers/sockets.js';
import { startSway } from '../helpers/sway.js';
import { asTestUser, chownToTestUser, makeRuntimeDir, testUser } from '../helpers/user.js';

const CLEANUP = join(process.cwd(), 'dist', 'swaysock-cleanup.js');
const uid = testUser.uid;

function runCleanupAsUser(dir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [cmd, argv] = asTestUser(process.execPath, [CLEANUP, '--runtime-dir', dir, ...args]);
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { env: programEnv(dir) });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A live process named `name` (a copy of sleep), ended at teardown. */
function processNamed(t: { teardown: (fn: () => unknown) => void }, name: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-proc-'));
  copyFileSync('/bin/sleep', join(dir, name));
  const child = spawn(join(dir, name), ['60']);
  t.teardown(() => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  return child.pid!;
}

/** A zombie whose comm reads `sway`: its parent (sleep) never reaps it. */
async function swayZombie(t: { teardown: (fn: () => unknown) => void }): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-proc-'));
  copyFileSync('/bin/sleep', join(dir, 'sway'));
  const parent = spawn('sh', ['-c', '"$0" 0 & echo $!; exec sleep 60', join(dir, 'sway')], { stdio: ['ignore', 'pipe', 'ignore'] });
  t.teardown(() => {
    parent.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const pid = await new Promise<number>((r) => parent.stdout.once('data', (d) => r(Number(String(d).trim()))));
  for (let i = 0; i < 200 && readProcStat(pid)?.state !== 'Z'; i++) await new Promise((r) => setTimeout(r, 5));
  return pid;
}

/** A PID that no process has (above the kernel's pid_max). */
const deadPid = (n: number) => 5_000_000 + n;

t.test('real scenarios: only stale sockets go; live, starting, foreign and non-sockets stay', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const killed = await startSway(dir, t.teardown);
  await killed.kill('SIGKILL');
  const live = await startSway(dir, t.teardown);
  const aside = mkdtempSync(join(tmpdir(), 'swaysock-inodes-'));
  t.teardown(() => rmSync(aside, { recursive: true, force: true }));
  const stale = await socketInode(join(aside, 'stale'), testUser, false);
  const foreign = await socketInode(join(aside, 'foreign'), { uid: 0, gid: 0 }, false);
  const listener = await socketInode(join(aside, 'listener'), testUser, true);
  t.teardown(() => listener.server?.close());

  const sleeper = processNamed(t, 'sleep');
  const starting = processNamed(t, 'sway');
  const zombie = await swayZombie(t);
  const path = (pid: number, u = uid) => join(dir, swaySocketName(u, pid));
  const expectRemoved = [killed.socketPath, linkAs(stale.path, dir, swaySocketName(uid, sleeper)), linkAs(stale.path, dir, swaySocketName(uid, zombie))];
  const expectKept = [live.socketPath, linkAs(listener.path, dir, swaySocketName(uid, deadPid(1))), linkAs(stale.path, dir, swaySocketName(uid, starting))];
  writeFileSync(path(deadPid(2)), 'a regular file');
  symlinkSync(live.socketPath, path(deadPid(3)));
  linkAs(stale.path, dir, swaySocketName(uid + 1, deadPid(4)));
  linkAs(foreign.path, dir, swaySocketName(uid, deadPid(5)));
  linkAs(stale.path, dir, 'sway-ipc.sock');
  const untouched = [path(deadPid(2)), path(deadPid(3)), path(deadPid(4), uid + 1), path(deadPid(5)), join(dir, 'sway-ipc.sock')];
  chownToTestUser(dir);

  const dry = await runCleanupAsUser(dir, ['--dry-run', '--json']);
  t.equal(dry.code, 0, dry.stderr);
  const dryReport = JSON.parse(dry.stdout);
  t.same(dryReport.removed.map((e: { path: string }) => e.path).sort(), [...expectRemoved].sort(), '--dry-run reports the same removals');
  for (const p of [...expectRemoved, ...expectKept, ...untouched]) t.ok(lstatSync(p, { throwIfNoEntry: false }), `--dry-run removed nothing: ${p}`);

  const real = await runCleanupAsUser(dir, ['--json']);
  t.equal(real.code, 0, real.stderr);
  const report = JSON.parse(real.stdout);
  t.same(report.removed.map((e: { path: string }) => e.path).sort(), [...expectRemoved].sort());
  t.same(report.kept.map((e: { path: string }) => e.path).sort(), [...expectKept].sort());
  t.same(report.errors, []);
  t.notOk('ignored' in report, 'non-candidates are not reported without --verbose');
  t.same(dryReport.kept, report.kept, 'dry run and real run keep the same, for the same reasons');
  const reason = (p: string) => report.removed.find((e: { path: string }) => e.path === p)?.reason ?? report.kept.find((e: { path: string }) => e.path === p)?.reason;
  t.match(reason(killed.socketPath), /ECONNREFUSED.*PID \d+ is gone/);
  t.match(reason(expectRemoved[1]!), /PID reused/);
  t.match(reason(expectRemoved[2]!), /zombie/);
  t.match(reason(expectKept[1]!), /accepts connections/);
  t.match(reason(expectKept[2]!), /live Sway.*starting/);
  for (const p of expectRemoved) t.notOk(existsSync(p), `removed ${p}`);
  for (const p of [...expectKept, ...untouched]) t.ok(lstatSync(p, { throwIfNoEntry: false }), `left in place: ${p}`);
  t.equal(readlinkSync(path(deadPid(3))), live.socketPath, 'the symlink is not followed');

  const human = await runCleanupAsUser(dir, ['--verbose']);
  t.equal(human.code, 0);
  t.match(human.stdout, /^kept .*live Sway/m);
  t.match(human.stdout, /^left alone .*sway-ipc\.sock: not a Sway socket name$/m);
});

t.test('exit 1 with a clear message when the runtime directory cannot be read; 64 on usage errors', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const missing = await runCleanupAsUser(join(dir, 'nope'), []);
  t.equal(missing.code, 1);
  t.match(missing.stderr, /cannot read the runtime directory .*nope: it does not exist/);
  const usage = await runCleanupAsUser(dir, ['--frobnicate']);
  t.equal(usage.code, 64);
  t.match(usage.stderr, /Unknown (argument|option).*frobnicate/);
});

t.test('a Sway starting while cleanup runs in a loop never loses its socket', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const { runCleanup } = await import('../../ts/cleanup/run.js');
  let stop = false;
  let runs = 0;
  const loop = (async () => {
    while (!stop) {
      await runCleanup({ runtimeDir: dir, uid });
      runs++;
    }
  })();
  for (let i = 0; i < 5; i++) {
    const sway = await startSway(dir, t.teardown);
    await new Promise((r) => setTimeout(r, 100));
    t.ok(existsSync(sway.socketPath), `Sway ${i + 1}'s socket survived`);
    await sway.kill('SIGKILL');
  }
  stop = true;
  await loop;
  t.ok(runs > 10, `${runs} cleanup runs raced the starts`);
  const { readdirSync } = await import('node:fs');
  t.same(readdirSync(dir).filter((n) => n.startsWith('sway-ipc.')), [], 'and every killed Sway\'s socket was removed');
});
