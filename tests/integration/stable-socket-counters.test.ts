/**
 * The stable socket's own figures (real headless Sway, raw clients): `daemon.status`'s
 * `stable_socket`, the `swaysock_stable_socket_*` metrics and `swaysock status` count relayed
 * connections, clients that waited for a Sway or for room in its listen backlog, clients closed
 * without one, and the bytes each way.
 */
import t from 'tap';
import { join } from 'node:path';
import { encodeFrame, IPC_HEADER_BYTES, IpcMessageType } from '../../ts/ipc/codec.js';
import { resultValidator } from '../../ts/rpc/schemas.js';
import { runCli, startHealthd, type RunningDaemon } from '../helpers/daemon.js';
import { promtool, samples } from '../helpers/promtool.js';
import { firstEnd, rawClient } from '../helpers/raw-ipc-client.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

type Teardownable = { teardown: (fn: () => unknown) => void };

async function stableDaemon(t: Teardownable, dir: string, args: string[]): Promise<{ stable: string; daemon: RunningDaemon }> {
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--stable-socket', ...args]);
  await waitFor(() => daemon.log().includes('stable socket'), 5000, 'the stable socket listening');
  return { stable: join(dir, 'swaysock', 'sway.sock'), daemon };
}

const relayOf = async (daemon: RunningDaemon) => {
  const status = await (await daemon.client()).call('daemon.status');
  if (!resultValidator('daemon.status')!(status)) throw new Error(`daemon.status does not match its schema: ${JSON.stringify(status)}`);
  return status.stable_socket!;
};

t.test('a relayed request: one connection, its bytes each way, in daemon.status, the metrics and swaysock status', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const { stable, daemon } = await stableDaemon(t, dir, []);
  const client = await daemon.client();
  await waitFor(async () => (await client.call('get_socket_health')).socket_path === sway.socketPath, 10_000, 'the daemon on the Sway');
  t.same(
    await relayOf(daemon),
    {
      path: stable,
      connections: 0,
      waiting: 0,
      counters: {
        connections: 0,
        waited_for_sway: 0,
        waited_for_backlog: 0,
        backlog_retries: 0,
        closed_without_sway: 0,
        bytes_to_sway: 0,
        bytes_to_clients: 0,
      },
    },
    'nothing relayed yet',
  );

  const c = await rawClient(stable, t.teardown);
  c.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  await waitFor(() => c.frames.length === 1, 10_000, 'the GET_VERSION reply through the stable socket');
  const open = await relayOf(daemon);
  t.equal(open.connections, 1, 'one relayed connection open');
  t.equal(open.counters.connections, 1, 'one made');
  t.equal(open.counters.bytes_to_sway, IPC_HEADER_BYTES, 'the request: a header without payload');
  t.equal(open.counters.bytes_to_clients, c.bytes(), 'the reply: every byte the client got');

  c.socket.end();
  await c.closed;
  await waitFor(async () => (await relayOf(daemon)).connections === 0, 10_000, 'the relayed connection closed');
  const metrics = await runCli(dir, ['metrics']);
  t.equal(metrics.code, 0, metrics.stderr);
  t.equal((await promtool(metrics.stdout)).code, 0, 'promtool accepts the exposition');
  const m = samples(metrics.stdout);
  t.equal(m.get('swaysock_stable_socket_open_connections'), 0);
  t.equal(m.get('swaysock_stable_socket_waiting_clients'), 0);
  t.equal(m.get('swaysock_stable_socket_connections_total'), 1);
  t.equal(m.get('swaysock_stable_socket_bytes_total{direction="to_sway"}'), IPC_HEADER_BYTES);
  t.equal(m.get('swaysock_stable_socket_bytes_total{direction="to_client"}'), c.bytes());
  t.equal(m.get('swaysock_stable_socket_waits_total{reason="no_sway"}'), 0);
  t.equal(m.get('swaysock_stable_socket_waits_total{reason="backlog_full"}'), 0);
  t.equal(m.get('swaysock_stable_socket_backlog_retries_total'), 0);
  t.equal(m.get('swaysock_stable_socket_closed_without_sway_total'), 0);

  const text = await runCli(dir, ['status']);
  t.equal(text.code, 0, text.stderr);
  t.match(text.stdout, `stable socket: ${stable}, 0 relayed, 0 waiting`);
  t.match(text.stdout, `connections=1 `);
  t.match(text.stdout, `bytes_to_sway=${IPC_HEADER_BYTES} `);
});

t.test('without the stable socket: stable_socket null, no such series', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2']);
  t.equal((await (await daemon.client()).call('daemon.status')).stable_socket, null);
  const metrics = await runCli(dir, ['metrics']);
  t.notMatch(metrics.stdout, 'swaysock_stable_socket');
});

t.test('waits for a Sway, for room in its listen backlog, and closes without one are counted', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const { stable, daemon } = await stableDaemon(t, dir, ['--stable-wait', '60']);
  const early = await rawClient(stable, t.teardown);
  early.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  await waitFor(async () => (await relayOf(daemon)).waiting === 1, 10_000, 'the client waiting for a Sway');
  t.equal((await relayOf(daemon)).counters.waited_for_sway, 1, 'counted as waiting for a Sway');
  const sway = await startSway(dir, t.teardown);
  await waitFor(() => early.frames.length === 1, 10_000, 'the reply from the Sway that came');

  // Sway stopped: its listen backlog (3, so 4 connections on Linux) fills; the others wait for room.
  sway.process.kill('SIGSTOP');
  t.teardown(() => sway.process.kill('SIGCONT'));
  const burst = await Promise.all(Array.from({ length: 8 }, () => rawClient(stable, t.teardown)));
  for (const c of burst) c.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  await waitFor(
    async () => {
      const r = await relayOf(daemon);
      return r.waiting + r.connections === 9 && r.counters.waited_for_backlog >= 4;
    },
    10_000,
    "the 8 clients relayed or waiting for room in the stopped Sway's backlog",
  );
  const stopped = await relayOf(daemon);
  t.equal(stopped.waiting, stopped.counters.waited_for_backlog, 'those waiting are those that found the backlog full');
  // Only the queue's head tries again (at 1 to 32 ms); a client that comes while others are
  // queued joins them without an attempt. How many retries the head made by now is timing.
  t.ok(stopped.counters.backlog_retries >= 1, 'the queue began with a connect that found the backlog full');
  const m = samples((await runCli(dir, ['metrics'])).stdout);
  t.equal(m.get('swaysock_stable_socket_waits_total{reason="backlog_full"}'), stopped.counters.waited_for_backlog);
  t.equal(m.get('swaysock_stable_socket_waits_total{reason="no_sway"}'), 1);
  sway.process.kill('SIGCONT');
  await waitFor(() => burst.every((c) => c.frames.length === 1), 10_000, 'every reply once Sway runs again');
  t.equal((await relayOf(daemon)).waiting, 0, 'nobody waits any more');

  // No Sway within the wait: closed, and counted.
  const quick = await stableDaemon(t, makeRuntimeDir(t.teardown), ['--stable-wait', '0.2']);
  const late = await rawClient(quick.stable, t.teardown);
  t.equal(await firstEnd(late), 'EOF');
  const closed = await relayOf(quick.daemon);
  t.equal(closed.counters.waited_for_sway, 1);
  t.equal(closed.counters.closed_without_sway, 1);
  t.equal(closed.counters.connections, 0);
});
