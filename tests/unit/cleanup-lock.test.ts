// Serialised cleanups (the PID lock in RUNTIME_DIR/swaysock/cleanup.lock) and the inode re-check
// before an unlink, with real files and real processes; the cleanup function runs in-process with
// the test user's uid.
import t from 'tap';
import { existsSync, lstatSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CleanupError, runCleanup, unlinkIfUnchanged } from '../../ts/cleanup/run.js';
import { cleanupLockPath } from '../../ts/paths/paths.js';
import { readProcStat } from '../../ts/liveness/proc.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { deadPid, processNamed, scratchDir } from '../helpers/cleanup.js';
import { linkAs, socketInode } from '../helpers/sockets.js';
import { makeRuntimeDir, testUser } from '../helpers/user.js';

const uid = testUser.uid;

/** `count` stale sockets (names with dead PIDs) in `dir`; returns their paths. */
async function staleSockets(t: { teardown: (fn: () => unknown) => void }, dir: string, count: number): Promise<string[]> {
  const inode = (await socketInode(join(scratchDir(t.teardown), 'stale'), testUser, false)).path;
  return Array.from({ length: count }, (_, i) => linkAs(inode, dir, swaySocketName(uid, deadPid(i + 1))));
}

/** Writes a lock record as a holder with `pid` and `startTicks` would have. */
function writeLock(dir: string, pid: number, startTicks: number): string {
  const path = cleanupLockPath(dir);
  mkdirSync(join(dir, 'swaysock'), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify({ pid, start_ticks: startTicks, since: new Date().toISOString() })}\n`);
  return path;
}

t.test('two runs at once are serialised: one removes everything, the other finds nothing', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const stale = await staleSockets(t, dir, 2000);
  const [a, b] = await Promise.all([runCleanup({ runtimeDir: dir, uid }), runCleanup({ runtimeDir: dir, uid })]);
  t.same(
    [a!.removed.length, b!.removed.length].sort((x, y) => x - y),
    [0, 2000],
  );
  t.same([...a!.errors, ...b!.errors], []);
  t.same(
    [...a!.ignored, ...b!.ignored].filter((e) => e.reason.startsWith('vanished')),
    [],
    'neither saw the other remove a socket under it',
  );
  t.notOk(stale.some((p) => existsSync(p)));
  t.same(readdirSync(join(dir, 'swaysock')), [], 'the lock is released and no temporary file is left');
});

t.test('a live holder keeps the lock; a dead one, a reused PID or a garbled record is taken over', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const holderPid = processNamed(t.teardown, 'sleep');
  const holderTicks = readProcStat(holderPid)!.startTicks;
  const [stale] = await staleSockets(t, dir, 1);

  writeLock(dir, holderPid, holderTicks);
  const started = Date.now();
  await t.rejects(
    runCleanup({ runtimeDir: dir, uid, lockTimeoutMs: 300 }),
    new CleanupError(`another cleanup (PID ${holderPid}, since`),
    'refused while the holder lives',
  );
  t.ok(Date.now() - started >= 300, 'it waited for the lock first');
  t.ok(existsSync(stale!), 'nothing removed without the lock');
  const dry = await runCleanup({ runtimeDir: dir, uid, dryRun: true, lockTimeoutMs: 300 });
  t.same(
    dry.removed.map((e) => e.path),
    [stale],
    '--dry-run takes no lock and still reports',
  );

  writeLock(dir, holderPid, holderTicks + 1);
  const reused = await runCleanup({ runtimeDir: dir, uid, lockTimeoutMs: 300 });
  t.same(
    reused.removed.map((e) => e.path),
    [stale],
    'a holder PID that now belongs to a later process is no holder',
  );
  t.notOk(existsSync(cleanupLockPath(dir)), 'released afterwards');

  const [again] = await staleSockets(t, dir, 1);
  writeLock(dir, deadPid(100), 12345);
  t.same(
    (await runCleanup({ runtimeDir: dir, uid, lockTimeoutMs: 300 })).removed.map((e) => e.path),
    [again],
    "a dead holder's lock is taken over",
  );

  const [third] = await staleSockets(t, dir, 1);
  writeFileSync(cleanupLockPath(dir), 'not a lock record');
  t.same(
    (await runCleanup({ runtimeDir: dir, uid, lockTimeoutMs: 300 })).removed.map((e) => e.path),
    [third],
    'a garbled lock is taken over',
  );
  t.same(readdirSync(join(dir, 'swaysock')), [], 'no lock, break lock or temporary file left');
});

t.test('a run that cannot take the lock says so and removes nothing', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const [stale] = await staleSockets(t, dir, 1);
  writeFileSync(join(dir, 'swaysock'), 'a file where the lock directory belongs');
  await t.rejects(runCleanup({ runtimeDir: dir, uid }), new CleanupError(`cannot take the cleanup lock ${cleanupLockPath(dir)}: EEXIST`));
  t.ok(existsSync(stale!));
});

t.test('unlinkIfUnchanged removes only the inode that was decided stale', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const aside = scratchDir(t.teardown);
  const first = (await socketInode(join(aside, 'first'), testUser, false)).path;
  const second = (await socketInode(join(aside, 'second'), testUser, false)).path;
  const path = linkAs(first, dir, swaySocketName(uid, deadPid(1)));
  const decided = lstatSync(path);
  const identity = { dev: decided.dev, ino: decided.ino };

  // Re-created in between, as a Sway with a preset SWAYSOCK would: unlink, then bind anew.
  unlinkSync(path);
  linkAs(second, dir, swaySocketName(uid, deadPid(1)));
  t.equal(unlinkIfUnchanged(path, identity), 'replaced');
  t.equal(lstatSync(path).ino, lstatSync(second).ino, 'the new socket is still there');

  unlinkSync(path);
  writeFileSync(path, 'a regular file');
  t.equal(unlinkIfUnchanged(path, identity), 'replaced', 'not a socket any more');
  unlinkSync(path);
  t.equal(unlinkIfUnchanged(path, identity), 'vanished');

  linkAs(first, dir, swaySocketName(uid, deadPid(1)));
  t.equal(unlinkIfUnchanged(path, identity), 'removed');
  t.notOk(existsSync(path));
});
