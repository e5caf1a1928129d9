import t from 'tap';
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { discoverSway } from '../../ts/discovery/discover.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { startSway } from '../helpers/sway.js';
import { chownToTestUser, makeRuntimeDir, runAsTestUser, testUser } from '../helpers/user.js';

const uid = testUser.uid;

/** name → [mode, mtimeMs, ino]: discovery must leave all of it as it was. */
function snapshot(dir: string): string {
  return JSON.stringify(
    readdirSync(dir)
      .sort()
      .map((n) => {
        const st = statSync(join(dir, n), { throwIfNoEntry: false });
        return [n, st?.mode, st?.mtimeMs, st?.ino];
      }),
  );
}

/** A socket file left by a SIGKILLed headless Sway: a real stale socket. */
async function staleSwaySocket(t: { teardown: (fn: () => unknown) => void }, dir: string): Promise<string> {
  const dead = await startSway(dir, t.teardown);
  await dead.kill('SIGKILL');
  return dead.socketPath;
}

t.test('picks the live Sway among a stale socket and non-candidates, changing nothing on disk', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const stale = await staleSwaySocket(t, dir);
  const live = await startSway(dir, t.teardown);
  // A live non-Sway process whose PID names a socket nobody listens on.
  const sleeper = spawn('sleep', ['30']);
  t.teardown(() => sleeper.kill());
  // `cp -a` of a socket file makes another socket inode nobody listens on.
  execFileSync('cp', ['-a', stale, join(dir, swaySocketName(uid, sleeper.pid!))]);
  writeFileSync(join(dir, swaySocketName(uid, 999_999_1)), 'not a socket');
  symlinkSync(live.socketPath, join(dir, swaySocketName(uid, 424_242)));
  execFileSync('cp', ['-a', stale, join(dir, 'sway-ipc.sock')]);
  chownToTestUser(dir);
  const before = snapshot(dir);

  const result = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: null });
  t.equal(result.chosen?.path, live.socketPath, 'the live socket is chosen');
  t.equal(result.decidedBy, 'only');
  t.equal(result.ambiguous, false);
  t.same(
    result.candidates.map((c) => c.path),
    [live.socketPath],
    'no dead, foreign, symlinked or misnamed entry is a candidate',
  );
  t.equal(result.chosen?.pid, live.pid);
  t.equal(result.chosen?.process, 'sway');
  t.same(result.chosen?.waylandDisplays, [live.waylandDisplay], 'the Wayland display is read from the fd table');
  t.equal(snapshot(dir), before, 'discovery changed nothing on disk');
});

t.test('$SWAYSOCK naming a dead socket is skipped; an explicit dead path finds nothing', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const stale = await staleSwaySocket(t, dir);
  const live = await startSway(dir, t.teardown);
  const viaEnv = await discoverSway({ runtimeDir: dir, uid, swaysock: stale, managerEnv: null });
  t.equal(viaEnv.chosen?.path, live.socketPath);
  const explicit = await discoverSway({ runtimeDir: dir, uid, swaySocket: stale, swaysock: null, managerEnv: null });
  t.equal(explicit.chosen, null);
  t.same(explicit.candidates, []);
  const explicitLive = await discoverSway({ runtimeDir: dir, uid, swaySocket: live.socketPath, swaysock: null, managerEnv: null });
  t.equal(explicitLive.decidedBy, 'explicit');
});

t.test('a listener that does not speak Sway IPC is no candidate', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const path = join(dir, swaySocketName(uid, process.pid));
  const mute = createServer(() => {});
  await new Promise<void>((r) => mute.listen(path, r));
  t.teardown(() => mute.close());
  chownToTestUser(path);
  const result = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: null, timeoutMs: 150 });
  t.equal(result.chosen, null);
});

t.test('sockets owned by another user, or named for another UID, are ignored', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const live = await startSway(dir, t.teardown);
  const other = await discoverSway({ runtimeDir: dir, uid: uid + 1, swaysock: null, managerEnv: null });
  t.equal(other.chosen, null, 'a live Sway named for another UID is not ours');
  // The same live socket, named for our UID, but owned by another user (root).
  chownSync(live.socketPath, 0, 0);
  const foreign = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: null });
  t.equal(foreign.chosen, null, 'a live socket owned by another user is not ours');
  chownSync(live.socketPath, uid, testUser.gid);
  const ours = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: null });
  t.equal(ours.chosen?.path, live.socketPath, 'owned by us again, it is found');
});

t.test('several live Sways: $SWAYSOCK, the manager, the Wayland display, else the newest with a warning', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const older = await startSway(dir, t.teardown);
  const newer = await startSway(dir, t.teardown);
  t.not(older.waylandDisplay, newer.waylandDisplay);

  const newest = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: null });
  t.equal(newest.chosen?.path, newer.socketPath, 'newest by process start time');
  t.equal(newest.decidedBy, 'newest');
  t.equal(newest.ambiguous, true);
  t.same(newest.candidates.map((c) => c.path).sort(), [older.socketPath, newer.socketPath].sort());

  const env = await discoverSway({ runtimeDir: dir, uid, swaysock: older.socketPath, managerEnv: null });
  t.equal(env.chosen?.path, older.socketPath);
  t.equal(env.decidedBy, 'swaysock');
  t.equal(env.ambiguous, false);

  const manager = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: { SWAYSOCK: older.socketPath } });
  t.equal(manager.chosen?.path, older.socketPath);
  t.equal(manager.decidedBy, 'manager-swaysock');
  const empty = await discoverSway({ runtimeDir: dir, uid, swaysock: '', managerEnv: { SWAYSOCK: '' } });
  t.equal(empty.decidedBy, 'newest', 'empty SWAYSOCK values count as unset');

  const display = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: { WAYLAND_DISPLAY: older.waylandDisplay } });
  t.equal(display.chosen?.path, older.socketPath);
  t.equal(display.decidedBy, 'wayland-display');
});

t.test('swaysock discover: prints the live path, JSON lists candidates, exit 1 when none', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const run = (args: string[]) =>
    runAsTestUser(process.execPath, ['dist/swaysock.cjs', 'discover', '--runtime-dir', dir, ...args], { PATH: process.env.PATH, XDG_RUNTIME_DIR: dir });
  const none = await run([]);
  t.equal(none.code, 1);
  t.match(none.stderr, /no live Sway IPC socket/);
  const stale = await staleSwaySocket(t, dir);
  const older = await startSway(dir, t.teardown);
  const newer = await startSway(dir, t.teardown);
  const plain = await run([]);
  t.equal(plain.code, 0);
  t.equal(plain.stdout, `${newer.socketPath}\n`);
  t.match(plain.stderr, /warning: 2 live Sway sockets/);
  const json = await run(['--json']);
  const doc = JSON.parse(json.stdout);
  t.equal(doc.socket_path, newer.socketPath);
  t.equal(doc.ambiguous, true);
  t.same(doc.candidates.map((c: { socket_path: string }) => c.socket_path).sort(), [older.socketPath, newer.socketPath].sort());
  t.notOk(doc.candidates.some((c: { socket_path: string }) => c.socket_path === stale));
});

t.test("a preset SWAYSOCK of any name is a candidate, from the caller's or the manager's environment; its sway_pid is unknown", async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const custom = join(dir, 'my-sway.sock');
  const sway = await startSway(dir, t.teardown, { socketPath: custom });
  const scanOnly = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: {} });
  t.equal(scanOnly.chosen, null, 'the directory scan looks at sway-ipc.UID.PID.sock names only');
  const viaManager = await discoverSway({ runtimeDir: dir, uid, swaysock: null, managerEnv: { SWAYSOCK: custom } });
  t.equal(viaManager.chosen?.path, custom);
  t.equal(viaManager.chosen?.pid, null, 'the name carries no PID');
  t.equal(viaManager.chosen?.process, 'absent');
  const viaCaller = await discoverSway({ runtimeDir: dir, uid, swaysock: custom, managerEnv: null });
  t.equal(viaCaller.chosen?.path, custom);
  symlinkSync(custom, join(dir, 'link.sock'));
  const viaLink = await discoverSway({ runtimeDir: dir, uid, swaysock: join(dir, 'link.sock'), managerEnv: null });
  t.equal(viaLink.chosen, null, 'a symlink is no candidate (lstat)');
  t.ok(sway.pid);
});
