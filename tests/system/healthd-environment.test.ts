import t from 'tap';
import { join } from 'node:path';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { CLI, nextHealth, startHealthd } from '../helpers/daemon.js';
import { countSpawns, type SpawnCounter } from '../helpers/spawn-counter.js';
import { startSway } from '../helpers/sway.js';
import { startUserManager, waitFor, type UserManager } from '../helpers/user-manager.js';

// The daemon run as the test user against a real user manager (its environment read and written
// over D-Bus) and real headless Sways.

/**
 * The daemon on this manager's runtime directory with a 0.2 s interval (and so, by default, an
 * environment read every 0.2 s), `systemctl` runs counted on its PATH.
 */
async function healthd(t: { teardown: (fn: () => unknown) => void }, um: UserManager, args: string[] = []) {
  const spawns = countSpawns(['systemctl'], t.teardown);
  const daemon = await startHealthd(um.runtimeDir, t.teardown, ['--interval', '0.2', ...args], {
    DBUS_SESSION_BUS_ADDRESS: um.env.DBUS_SESSION_BUS_ADDRESS,
    PATH: spawns.path,
  });
  return Object.assign(daemon, { spawns });
}

/**
 * Two live Sways, A and B (the newer), the manager naming A, and the daemon on A; `client` is
 * subscribed and `first` its first health. `name(sway)` makes the manager name another Sway, as
 * another wiring would.
 */
async function onAOfTwo(t: { teardown: (fn: () => unknown) => void }) {
  const um = await startUserManager(t.teardown);
  const a = await startSway(um.runtimeDir, t.teardown);
  const b = await startSway(um.runtimeDir, t.teardown);
  const name = (sway: { socketPath: string }) => um.systemctl(['set-environment', `SWAYSOCK=${sway.socketPath}`, `I3SOCK=${sway.socketPath}`]);
  await name(a);
  const daemon = await healthd(t, um);
  const client = await daemon.client();
  const first = await client.call('subscribe');
  return { um, a, b, name, daemon, client, first };
}

/** No `systemctl` run: the daemon reads and writes the manager's environment over D-Bus. */
const noSystemctl = (t: { equal: (a: unknown, b: unknown, m: string) => void }, spawns: SpawnCounter) =>
  t.equal(spawns.runs().systemctl, 0, 'no systemctl run: the environment goes over D-Bus');

t.test("the manager's SWAYSOCK moves to another live Sway: the daemon follows (a reconnection) and never writes the old one back", async (t) => {
  const { um, a, b, name, daemon, client, first } = await onAOfTwo(t);
  t.equal(first.socket_path, a.socketPath, 'the manager names A: A, though B is newer');
  t.equal(first.environment_matches, true);

  const moved = nextHealth<SocketHealth>(client, (h) => h.socket_path === b.socketPath, 30_000);
  await name(b);
  const onB = await moved;
  t.equal(onB.status, 'healthy');
  t.equal(onB.reconnection_count, 1, 'the move is a reconnection');
  t.equal(onB.sway_pid, b.pid);
  t.equal(onB.environment_matches, true);

  // Three more reads of the environment after the move: none of them writes A back.
  const status = () => client.call('daemon.status');
  const readsAfterMove = (await status()).counters.environment_reads;
  await waitFor(async () => (await status()).counters.environment_reads >= readsAfterMove + 3, 30_000, 'three more environment reads');
  t.same([(await um.environment()).SWAYSOCK, (await um.environment()).I3SOCK], [b.socketPath, b.socketPath], 'the manager still names B');
  t.equal((await status()).counters.environment_repairs, 0, 'nothing was repaired: both named a live Sway');
  t.notMatch(daemon.log(), /repaired/);
  t.match(daemon.log(), `the user manager's SWAYSOCK names another live Sway, ${b.socketPath}`);
  const [last] = await client.call('daemon.events', { limit: 1 });
  t.match(last, {
    from: 'healthy',
    to: 'healthy',
    socket_path: b.socketPath,
    reason: `switched from ${a.socketPath} to ${b.socketPath}: the user manager's SWAYSOCK names it`,
  });
  t.equal((await client.call('get_socket_health')).socket_path, b.socketPath, 'still on B');
  noSystemctl(t, daemon.spawns);
});

t.test("another wiring's choice is followed within the two-interval hold, not at a slow cadence: the environment is read with the validations", async (t) => {
  const { a, b, name, daemon, client, first } = await onAOfTwo(t);
  t.equal(first.socket_path, a.socketPath);
  // Past the reads that the start and the connection made (a few validations later): from here on
  // only the cadence reads.
  const status = () => client.call('daemon.status');
  const validations = (await status()).counters.validations;
  await waitFor(async () => (await status()).counters.validations >= validations + 3, 10_000, 'three validations at the 0.2 s interval');

  const chosenAt = Date.now();
  const moved = nextHealth<SocketHealth>(client, (h) => h.socket_path === b.socketPath, 20_000);
  await name(b);
  t.equal((await moved).sway_pid, b.pid, 'on B, within 20 s (about 100 intervals; a 120 s cadence would not make it)');
  const [last] = await client.call('daemon.events', { limit: 1 });
  t.match(last, { to: 'healthy', socket_path: b.socketPath, reason: `switched from ${a.socketPath} to ${b.socketPath}: the user manager's SWAYSOCK names it` });
  t.comment(`switched ${Date.parse(last.time) - chosenAt} ms after the manager named B (interval 200 ms, hold 2 intervals)`);
  noSystemctl(t, daemon.spawns);
});

t.test('the manager re-executes and the session bus restarts under the daemon: it connects again and still follows the manager and repairs it', async (t) => {
  const { um, a, b, name, daemon, client, first } = await onAOfTwo(t);
  t.equal(first.socket_path, a.socketPath);

  t.equal((await um.systemctl(['daemon-reexec'])).code, 0);
  const onB = nextHealth<SocketHealth>(client, (h) => h.socket_path === b.socketPath, 20_000);
  await name(b);
  t.equal((await onB).sway_pid, b.pid, 'followed to B after daemon-reexec');

  t.equal((await um.systemctl(['restart', 'dbus.service'])).code, 0);
  await um.systemctl(['set-environment', 'I3SOCK=/nonexistent/sway.sock']);
  await waitFor(async () => (await um.environment()).I3SOCK === b.socketPath, 20_000, 'I3SOCK repaired after the bus restarted');
  t.match(daemon.log(), /the user manager connection was lost \(.*\); connecting again/, 'the lost bus connection was noticed');
  t.equal((await client.call('get_socket_health')).status, 'healthy');
  noSystemctl(t, daemon.spawns);
});

t.test('a preset SWAYSOCK not named sway-ipc.UID.PID.sock, in the manager: found by the daemon and by swaysock discover', async (t) => {
  const um = await startUserManager(t.teardown);
  const custom = join(um.runtimeDir, 'my-sway.sock');
  await um.systemctl(['set-environment', `SWAYSOCK=${custom}`]);
  const daemon = await healthd(t, um);
  const client = await daemon.client();
  t.equal((await client.call('subscribe')).status, 'disconnected', 'no Sway yet');

  const up = nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 30_000); // Sway's start included
  const sway = await startSway(um.runtimeDir, t.teardown, { socketPath: custom });
  const h = await up;
  t.equal(h.socket_path, custom);
  t.equal(h.sway_pid, null, 'the name carries no PID');
  t.equal(h.environment_matches, true);

  // The CLI, with no SWAYSOCK of its own (um.run passes the manager's client environment).
  const plain = await um.run(process.execPath, [CLI, 'discover']);
  t.equal(plain.code, 0, plain.stderr);
  t.equal(plain.stdout, `${custom}\n`);
  const json = JSON.parse((await um.run(process.execPath, [CLI, 'discover', '--json'])).stdout);
  t.match(json, { socket_path: custom, decided_by: 'only', candidates: [{ socket_path: custom, sway_pid: null }] });

  const down = nextHealth<SocketHealth>(client, (h) => h.status === 'disconnected', 30_000);
  await sway.kill('SIGKILL');
  const lost = await down;
  t.equal(lost.environment_swaysock, custom, 'the manager still names the dead socket');
  t.equal(lost.environment_matches, null, 'disconnected: nothing to compare with');
  noSystemctl(t, daemon.spawns);
});
