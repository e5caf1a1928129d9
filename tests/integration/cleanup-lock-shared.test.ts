// The cleanup's lock when --runtime-dir is a directory others can write (sticky and
// world-writable, like /tmp): the built program runs as the test user; "another user" is root,
// which owns the sticky directory and plants what such a user could.
import t from 'tap';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCleanupProgram } from '../helpers/cleanup.js';
import { keptLimit } from '../helpers/time-limits.js';
import { chownToTestUser, testUser } from '../helpers/user.js';

/** A sticky world-writable directory (mode 1777, root's), removed at teardown. */
function stickyDir(t: { teardown: (fn: () => unknown) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-sticky-'));
  chmodSync(dir, 0o1777);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A file of the test user's that a planted symlink points at. */
function victim(dir: string): string {
  const path = join(dir, 'victim');
  writeFileSync(path, "the test user's own data\n", { mode: 0o600 });
  chownToTestUser(path);
  return path;
}

t.test('a lock directory another user owns is refused; symlinks planted there are never followed', async (t) => {
  const shared = stickyDir(t);
  const mine = victim(shared);
  const lockDir = join(shared, 'swaysock');
  mkdirSync(lockDir);
  chmodSync(lockDir, 0o777);
  // Every name the temporary lock file could have had before: `cleanup.lock.PID.tmp`, for many PIDs.
  for (let pid = 2; pid < 5000; pid++) symlinkSync(mine, join(lockDir, `cleanup.lock.${pid}.tmp`));
  symlinkSync(mine, join(lockDir, 'cleanup.lock'));
  const r = await runCleanupProgram(shared, ['--runtime-dir', shared]);
  t.equal(r.code, 1, r.stderr);
  t.equal(
    r.stderr,
    `swaysock-cleanup: refusing the cleanup lock ${join(lockDir, 'cleanup.lock')}: ${lockDir} belongs to UID 0, not to us (UID ${testUser.uid})\n`,
  );
  t.equal(readFileSync(mine, 'utf8'), "the test user's own data\n", 'the file behind the planted symlinks is untouched');
});

t.test('a lock directory of ours that others may write is refused, with the fix', async (t) => {
  const shared = stickyDir(t);
  const lockDir = join(shared, 'swaysock');
  mkdirSync(lockDir);
  chownSync(lockDir, testUser.uid, testUser.gid);
  chmodSync(lockDir, 0o777);
  const r = await runCleanupProgram(shared, ['--runtime-dir', shared]);
  t.equal(r.code, 1, r.stderr);
  t.equal(
    r.stderr,
    `swaysock-cleanup: refusing the cleanup lock ${join(lockDir, 'cleanup.lock')}: ${lockDir} has mode 0777, open to group or others (chmod 0700 ${lockDir})\n`,
  );
  t.same(readdirSync(lockDir), [], 'nothing written there');
});

t.test('a symlink as the lock directory is refused', async (t) => {
  const shared = stickyDir(t);
  const elsewhere = mkdtempSync(join(tmpdir(), 'swaysock-elsewhere-'));
  t.teardown(() => rmSync(elsewhere, { recursive: true, force: true }));
  symlinkSync(elsewhere, join(shared, 'swaysock'));
  const r = await runCleanupProgram(shared, ['--runtime-dir', shared]);
  t.equal(r.code, 1, r.stderr);
  t.match(r.stderr, `${join(shared, 'swaysock')} is not a directory (a symlink?)`);
  t.same(readdirSync(elsewhere), []);
});

t.test('a garbled lock and a break lock kept fresh by another process end the wait at the documented 10 s, exit 1', async (t) => {
  const runtimeDir = stickyDir(t);
  const lockDir = join(runtimeDir, 'swaysock');
  mkdirSync(lockDir, { mode: 0o700 });
  chownToTestUser(lockDir);
  writeFileSync(join(lockDir, 'cleanup.lock'), 'garbled');
  chownToTestUser(join(lockDir, 'cleanup.lock'));
  const breakLock = join(lockDir, 'cleanup.lock.break');
  mkdirSync(breakLock);
  chownToTestUser(breakLock);
  // Another process keeps the break lock looking fresh (a breaker that never finishes).
  const keeper = setInterval(() => utimesSync(breakLock, new Date(), new Date()), 500);
  t.teardown(() => clearInterval(keeper));
  const started = performance.now();
  const r = await runCleanupProgram(runtimeDir, ['--runtime-dir', runtimeDir]);
  const waited = performance.now() - started;
  t.equal(r.code, 1, r.stderr);
  t.equal(
    r.stderr,
    `swaysock-cleanup: could not take ${join(lockDir, 'cleanup.lock')} before the deadline: another process keeps ${breakLock} while the lock's holder is dead (10000 ms)\n`,
  );
  // The program's deadline starts after its start, which is after ours.
  keptLimit(t, waited, 10_000, 'the lock deadline');
});
