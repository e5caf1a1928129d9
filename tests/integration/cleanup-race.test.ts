// Races: Sways starting while cleanups run back to back; two cleanup programs at once; a lock
// left by a cleanup that was killed.
import t from 'tap';
import { chownSync, existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCleanup } from '../../ts/cleanup/run.js';
import { cleanupLockPath } from '../../ts/paths/paths.js';
import { probeSocket } from '../../ts/liveness/probe.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { deadPid, runCleanupProgram, scratchDir, startingSway } from '../helpers/cleanup.js';
import { linkAs, socketInode } from '../helpers/sockets.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir, testUser } from '../helpers/user.js';

const uid = testUser.uid;

t.test('a Sway starting while cleanup runs in a loop never loses its socket', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  // A Sway caught between bind() and listen() for the whole test, beside the ones that start.
  const starting = await startingSway(dir, t.teardown);
  const startingIno = lstatSync(starting.socketPath).ino;
  let stop = false;
  let runs = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (!stop) {
      const report = await runCleanup({ runtimeDir: dir, uid });
      failures.push(...report.errors.map((e) => `${e.path}: ${e.error}`));
      runs++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  const started = [];
  for (let i = 0; i < 6; i++) {
    const sway = await startSway(dir, t.teardown); // resolves once its socket accepts
    const ino = lstatSync(sway.socketPath).ino;
    const seen = runs;
    await waitFor(() => runs >= seen + 2, 10_000, 'two whole cleanup runs after this Sway started');
    t.equal(lstatSync(sway.socketPath, { throwIfNoEntry: false })?.ino, ino, `Sway ${i + 1}'s socket survived its start and the runs after it`);
    t.equal((await probeSocket(sway.socketPath)).kind, 'listening', `Sway ${i + 1} still serves its socket`);
    await sway.kill('SIGKILL');
    started.push(sway.socketPath);
  }
  const before = runs;
  await waitFor(() => runs >= before + 2, 10_000, 'two whole cleanup runs after the last kill');
  stop = true;
  await loop;
  t.same(failures, []);
  t.notOk(
    started.some((p) => existsSync(p)),
    "every killed Sway's socket was removed",
  );
  t.equal(lstatSync(starting.socketPath).ino, startingIno, 'the socket bound but not yet listening was never removed');
});

t.test('two cleanup programs at once are serialised by the lock', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const inode = (await socketInode(join(scratchDir(t.teardown), 'stale'), testUser, false)).path;
  const count = 3000;
  for (let i = 1; i <= count; i++) linkAs(inode, dir, swaySocketName(uid, deadPid(i)));
  const runs = await Promise.all([runCleanupProgram(dir, ['--json', '--verbose']), runCleanupProgram(dir, ['--json', '--verbose'])]);
  const reports = runs.map((r) => {
    t.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  });
  t.same(
    reports.map((r) => r.removed.length).sort((a, b) => a - b),
    [0, count],
    'one run removed every stale socket, the other found none',
  );
  t.same(
    reports.flatMap((r) => r.ignored.filter((e: { reason: string }) => e.reason.startsWith('vanished'))),
    [],
    'neither saw a socket vanish under it',
  );
  t.same(readdirSync(dir), ['swaysock']);
  t.same(readdirSync(join(dir, 'swaysock')), [], 'the lock is released');
});

t.test('the lock of a killed cleanup is taken over', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const inode = (await socketInode(join(scratchDir(t.teardown), 'stale'), testUser, false)).path;
  const stale = linkAs(inode, dir, swaySocketName(uid, deadPid(1)));
  mkdirSync(join(dir, 'swaysock'), { mode: 0o700 });
  const lock = cleanupLockPath(dir);
  writeFileSync(lock, `${JSON.stringify({ pid: deadPid(2), start_ticks: 1, since: '2026-01-01T00:00:00.000Z' })}\n`, { mode: 0o600 });
  for (const p of [join(dir, 'swaysock'), lock]) chownSync(p, testUser.uid, testUser.gid);
  const run = await runCleanupProgram(dir, []);
  t.equal(run.code, 0, `taken over (a run that waited for the lock would exit 1 after 10 s): ${run.stderr}`);
  t.match(run.stdout, `removed ${stale}: nobody listens`);
  t.notOk(existsSync(lock));
});
