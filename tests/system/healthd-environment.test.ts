import t from 'tap';
import { join } from 'node:path';
import type { SocketHealth } from '../../ts/health/types.js';
import { CLI, nextHealth, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { startUserManager, waitFor, type UserManager } from '../helpers/user-manager.js';

// The daemon run as the test user against a real user manager (its environment read and written
// with systemctl --user) and real headless Sways.

/** The daemon on this manager's runtime directory, re-reading the environment every 0.2 s. */
function healthd(t: { teardown: (fn: () => unknown) => void }, um: UserManager, args: string[] = []) {
  return startHealthd(um.runtimeDir, t.teardown, ['--interval', '0.2', '--environment-interval', '0.2', ...args], {
    DBUS_SESSION_BUS_ADDRESS: um.env.DBUS_SESSION_BUS_ADDRESS,
  });
}

t.test("the manager's SWAYSOCK moves to another live Sway: the daemon follows (a reconnection) and never writes the old one back", async (t) => {
  const um = await startUserManager(t.teardown);
  const a = await startSway(um.runtimeDir, t.teardown);
  const b = await startSway(um.runtimeDir, t.teardown);
  await um.systemctl(['set-environment', `SWAYSOCK=${a.socketPath}`, `I3SOCK=${a.socketPath}`]);
  const daemon = await healthd(t, um);
  const client = await daemon.client();
  const first = await client.call('subscribe');
  t.equal(first.socket_path, a.socketPath, 'the manager names A: A, though B is newer');
  t.equal(first.environment_matches, true);

  const moved = nextHealth<SocketHealth>(client, (h) => h.socket_path === b.socketPath, 30_000);
  await um.systemctl(['set-environment', `SWAYSOCK=${b.socketPath}`, `I3SOCK=${b.socketPath}`]);
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
  t.match(last, { from: 'healthy', to: 'healthy', socket_path: b.socketPath, reason: `switched from ${a.socketPath} to ${b.socketPath}: the user manager's SWAYSOCK names it` });
  t.equal((await client.call('get_socket_health')).socket_path, b.socketPath, 'still on B');
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
});
