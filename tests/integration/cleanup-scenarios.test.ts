// swaysock-cleanup against a real headless Sway: the built program (dist/swaysock-cleanup.cjs,
// `npm run build`) runs as the test user, as the timer would run it. Needs root (as the tests run
// in CI) to make files the test user does not own; without it these tests fail, never skip.
import t from 'tap';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { readProcStat } from '../../ts/liveness/proc.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { CLI } from '../helpers/daemon.js';
import { CLEANUP_BIN, deadPid, processNamed, runCleanupProgram, scratchDir, startingSway, swayZombie } from '../helpers/cleanup.js';
import { linkAs, socketInode } from '../helpers/sockets.js';
import { keptLimit } from '../helpers/time-limits.js';
import { startSway } from '../helpers/sway.js';
import { asTestUser, makeRuntimeDir, runAsTestUser, testUser } from '../helpers/user.js';

const uid = testUser.uid;
const paths = (entries: { path: string }[]) => entries.map((e) => e.path).sort();

t.test('real scenarios: only stale sockets go; live, starting, foreign and non-sockets stay', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const aside = scratchDir(t.teardown);
  const name = (pid: number, u = uid) => join(dir, swaySocketName(u, pid));

  const crashed = await startSway(dir, t.teardown);
  await crashed.kill('SIGKILL'); // its socket stays behind: a real stale socket
  const live = await startSway(dir, t.teardown);
  const starting = await startingSway(dir, t.teardown);
  const stale = (await socketInode(join(aside, 'stale'), testUser, false)).path;
  const rootOwned = (await socketInode(join(aside, 'root-owned'), { uid: 0, gid: 0 }, false)).path;
  const listener = await socketInode(join(aside, 'listener'), testUser, true);
  t.teardown(() => listener.server!.close());
  const reused = processNamed(t.teardown, 'sleep'); // a live non-Sway process
  const zombie = (await swayZombie(t.teardown)).pid;

  const removed = [crashed.socketPath, linkAs(stale, dir, swaySocketName(uid, reused)), linkAs(stale, dir, swaySocketName(uid, zombie))];
  const kept = [live.socketPath, starting.socketPath, linkAs(listener.path, dir, swaySocketName(uid, deadPid(1)))];
  writeFileSync(name(deadPid(2)), 'a regular file with a socket name');
  symlinkSync(live.socketPath, name(deadPid(3)));
  mkdirSync(name(deadPid(4)));
  linkAs(stale, dir, swaySocketName(uid + 1, deadPid(5)));
  linkAs(rootOwned, dir, swaySocketName(uid, deadPid(6)));
  linkAs(stale, dir, 'sway-ipc.sock');
  linkAs(stale, dir, `${swaySocketName(uid, deadPid(7))}.bak`);
  const untouched = [
    name(deadPid(2)),
    name(deadPid(3)),
    name(deadPid(4)),
    name(deadPid(5), uid + 1),
    join(dir, 'sway-ipc.sock'),
    `${name(deadPid(7))}.bak`,
    name(deadPid(6)),
  ];
  const inodes = new Map([...removed, ...kept, ...untouched].map((p) => [p, lstatSync(p).ino]));
  const unchanged = (p: string) => lstatSync(p, { throwIfNoEntry: false })?.ino === inodes.get(p);

  const dry = await runCleanupProgram(dir, ['--dry-run', '--json']);
  t.equal(dry.code, 0, dry.stderr);
  const dryReport = JSON.parse(dry.stdout);
  t.same(paths(dryReport.removed), [...removed].sort(), '--dry-run reports the removals it would make');
  for (const p of inodes.keys()) t.ok(unchanged(p), `--dry-run changed nothing: ${p}`);

  const real = await runCleanupProgram(dir, ['--json']);
  t.equal(real.code, 0, real.stderr);
  const report = JSON.parse(real.stdout);
  t.same(paths(report.removed), [...removed].sort(), 'exactly the stale sockets are removed');
  t.same(paths(report.kept), [...kept].sort(), 'live and starting sockets are kept');
  t.same(report.errors, []);
  t.notOk('ignored' in report, 'non-candidates are not reported without --verbose');
  t.same(dryReport.removed, report.removed, '--dry-run reported the same removals, for the same reasons');
  t.same(dryReport.kept, report.kept, '--dry-run kept the same, for the same reasons');

  const reason = (p: string) => [...report.removed, ...report.kept].find((e: { path: string }) => e.path === p)?.reason;
  t.match(reason(crashed.socketPath), /ECONNREFUSED.*PID \d+ is gone/);
  t.match(reason(removed[1]!), /PID \d+ is now "sleep", not Sway \(PID reused\)/);
  t.match(reason(removed[2]!), /zombie/);
  t.match(reason(live.socketPath), /live Sway/);
  t.match(reason(starting.socketPath), /live Sway.*starting/);
  t.match(reason(kept[2]!), /accepts connections/);
  for (const p of removed) t.notOk(existsSync(p), `removed ${p}`);
  for (const p of [...kept, ...untouched]) t.ok(unchanged(p), `left in place: ${p}`);
  t.equal(readlinkSync(name(deadPid(3))), live.socketPath, 'the symlink is not followed');
  t.equal(readFileSync(name(deadPid(2)), 'utf8'), 'a regular file with a socket name');

  const human = await runCleanupProgram(dir, ['--verbose']);
  t.equal(human.code, 0, human.stderr);
  t.match(human.stdout, new RegExp(`^kept ${live.socketPath}: PID ${live.pid} is a live Sway`, 'm'));
  t.match(human.stdout, /^left alone .*\/sway-ipc\.sock: not a Sway socket name$/m);
  t.match(human.stdout, new RegExp(`^left alone ${name(deadPid(2))}: not a socket \\(regular file\\)$`, 'm'));
  t.match(human.stdout, new RegExp(`^left alone ${name(deadPid(3))}: not a socket \\(symlink\\)$`, 'm'));
  const quiet = await runCleanupProgram(dir, []);
  t.equal(quiet.code, 0);
  t.equal(quiet.stdout, '', 'nothing stale left, and kept or non-candidates are not reported without --verbose');
});

t.test('one line per removal with its reason; <5> prefixes when stderr is the journal', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const crashed = await startSway(dir, t.teardown);
  await crashed.kill('SIGKILL');
  const human = await runCleanupProgram(dir, ['--dry-run']);
  t.equal(human.stdout, `would remove ${crashed.socketPath}: nobody listens (ECONNREFUSED) and PID ${crashed.pid} is gone\n`);
  t.equal(human.stderr, '');

  // stderr as the journal stream: JOURNAL_STREAM names its dev:inode (systemd.exec(5)).
  const logFile = join(scratchDir(t.teardown), 'journal');
  const fd = openSync(logFile, 'w');
  const st = fstatSync(fd);
  const [cmd, args] = asTestUser(process.execPath, [CLEANUP_BIN]);
  const child = spawn(cmd, args, {
    env: { PATH: process.env.PATH, XDG_RUNTIME_DIR: dir, JOURNAL_STREAM: `${st.dev}:${st.ino}` },
    stdio: ['ignore', 'pipe', fd],
  });
  let stdout = '';
  child.stdout!.on('data', (d) => (stdout += d));
  const code = await new Promise((r) => child.on('close', r));
  closeSync(fd);
  t.equal(code, 0);
  t.equal(readFileSync(logFile, 'utf8'), `<5>removed ${crashed.socketPath}: nobody listens (ECONNREFUSED) and PID ${crashed.pid} is gone\n`);
  t.equal(stdout, '', 'not printed twice');
  t.notOk(existsSync(crashed.socketPath));
});

t.test('`swaysock cleanup` runs the same code with the same options', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const crashed = await startSway(dir, t.teardown);
  await crashed.kill('SIGKILL');
  const live = await startSway(dir, t.teardown);
  const out = await runAsTestUser(process.execPath, [CLI, 'cleanup', '--json', '--runtime-dir', dir], { PATH: process.env.PATH });
  t.equal(out.code, 0);
  const report = JSON.parse(out.stdout);
  t.same(paths(report.removed), [crashed.socketPath]);
  t.same(paths(report.kept), [live.socketPath]);
  t.ok(existsSync(live.socketPath));
});

t.test('exit 1 with a clear message when it cannot run; 64 on usage errors', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const missing = await runCleanupProgram(dir, ['--runtime-dir', join(dir, 'nope')]);
  t.equal(missing.code, 1);
  t.match(missing.stderr, /cannot read the runtime directory .*nope: it does not exist/);
  writeFileSync(join(dir, 'file'), '');
  const notDir = await runCleanupProgram(dir, ['--runtime-dir', join(dir, 'file')]);
  t.equal(notDir.code, 1);
  t.match(notDir.stderr, /not a directory/);
  const closed = scratchDir(t.teardown);
  mkdirSync(join(closed, 'root-only'), { mode: 0o700 });
  const denied = await runCleanupProgram(dir, ['--runtime-dir', join(closed, 'root-only')]);
  t.equal(denied.code, 1);
  t.match(denied.stderr, /cannot read the runtime directory .*root-only: EACCES/);
  const usage = await runCleanupProgram(dir, ['--frobnicate']);
  t.equal(usage.code, 64);
  t.match(usage.stderr, /Unknown option '--frobnicate'/);
  const operand = await runCleanupProgram(dir, ['somewhere']);
  t.equal(operand.code, 64);
  const unset = await runCleanupProgram(dir, [], { XDG_RUNTIME_DIR: '' });
  t.equal(unset.code, 64);
  t.match(unset.stderr, /XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR/);
  const help = await runCleanupProgram(dir, ['--help']);
  t.equal(help.code, 0);
  t.match(help.stdout, /--dry-run.*\n.*--json.*\n.*--runtime-dir DIR.*\n.*--verbose/);
});

t.test('exit 1 naming the holder when another run keeps the lock for 10 s; nothing removed', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const inode = (await socketInode(join(scratchDir(t.teardown), 'stale'), testUser, false)).path;
  const stale = linkAs(inode, dir, swaySocketName(uid, deadPid(1)));
  // A live holder: a process that stays up for the whole wait.
  const holder = processNamed(t.teardown, 'holder');
  mkdirSync(join(dir, 'swaysock'), { mode: 0o700 });
  const lock = join(dir, 'swaysock', 'cleanup.lock');
  writeFileSync(lock, `${JSON.stringify({ pid: holder, start_ticks: readProcStat(holder)!.startTicks, since: '2026-01-01T00:00:00.000Z' })}\n`, {
    mode: 0o600,
  });
  for (const p of [join(dir, 'swaysock'), lock]) chownSync(p, testUser.uid, testUser.gid);
  const started = performance.now();
  const run = await runCleanupProgram(dir, []);
  const waited = performance.now() - started;
  t.equal(run.code, 1);
  t.equal(run.stderr, `swaysock-cleanup: another cleanup (PID ${holder}, since 2026-01-01T00:00:00.000Z) still holds ${lock} after 10000 ms\n`);
  // The program's 10 s start after its own start, which is after ours.
  keptLimit(t, waited, 10_000, 'the wait for the lock');
  t.ok(existsSync(stale), 'the stale socket is left for the holder');
});

t.test('exit 0 when an unlink fails: the failure is reported, the run completes', async (t) => {
  // A runtime directory the test user can read but not write (root's, 0755), with the lock
  // directory its own: the stale socket in it cannot be unlinked (EACCES).
  const dir = scratchDir(t.teardown);
  chownSync(dir, 0, 0);
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'swaysock'), { mode: 0o700 });
  chownSync(join(dir, 'swaysock'), testUser.uid, testUser.gid);
  const inode = (await socketInode(join(scratchDir(t.teardown), 'stale'), testUser, false)).path;
  const stale = linkAs(inode, dir, swaySocketName(uid, deadPid(1)));
  const run = await runCleanupProgram(dir, ['--json']);
  t.equal(run.code, 0, run.stderr);
  t.same(JSON.parse(run.stdout).errors, [{ path: stale, error: 'unlink failed: EACCES' }]);
  t.ok(existsSync(stale));
});
