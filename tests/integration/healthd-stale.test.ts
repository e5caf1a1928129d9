import t from 'tap';
import { renameSync, unlinkSync } from 'node:fs';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { nextHealth, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

t.test('a Sway that stops answering is stale, and healthy again on the same connection when it answers', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  // The product's default validation timeout (1 s): a shorter one can pass on a loaded machine
  // while Sway still answers, and put a stale of its own into the history checked below.
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--validation-timeout', '1000']);
  const client = await daemon.client();
  t.equal((await client.call('subscribe')).status, 'healthy');

  const stale = nextHealth<SocketHealth>(client, (h) => h.status === 'stale', 30_000);
  sway.process.kill('SIGSTOP'); // a hung Sway: the connection stays open, nothing answers
  const s = await stale;
  t.equal(s.socket_path, sway.socketPath);
  t.equal(s.latency_ms, null, 'no round trip completed: no latency, not the last good one');
  const healthy = nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 30_000);
  sway.process.kill('SIGCONT');
  const h = await healthy;
  t.equal(h.reconnection_count, 0, 'the same connection recovered');
  const events = await client.call('daemon.events', { limit: 2 });
  t.match(events, [
    { from: 'healthy', to: 'stale', cause: 'validation_timeout', reason: 'GET_VERSION got no reply within 1000 ms' },
    { from: 'stale', to: 'healthy', cause: 'validated' },
  ]);
  t.match(daemon.log(), /^stale: GET_VERSION got no reply within 1000 ms/m, 'logged once, plainly');
  const status = await client.call('daemon.status');
  t.ok(status.counters.validation_failures >= 1);
});

for (const change of ['gone', 'replaced'] as const) {
  t.test(`the socket file ${change} under a live connection: stale`, async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    const first = await startSway(dir, t.teardown);
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--sway-socket', first.socketPath]);
    const client = await daemon.client();
    t.equal((await client.call('subscribe')).status, 'healthy');
    const stale = nextHealth<SocketHealth>(client, (h) => h.status === 'stale', 30_000);
    if (change === 'gone') unlinkSync(first.socketPath);
    else {
      // Another Sway's socket moved onto the path: the name now reaches another inode.
      const second = await startSway(dir, t.teardown);
      renameSync(second.socketPath, first.socketPath);
    }
    const s = await stale;
    t.equal(s.socket_path, first.socketPath);
    t.equal(s.sway_pid, first.pid, 'still connected to the first Sway');
    const reason = `socket file ${first.socketPath} ${change === 'gone' ? 'is gone' : 'was replaced'}`;
    t.match(await client.call('daemon.events', { limit: 1 }), [{ from: 'healthy', to: 'stale', cause: 'socket_replaced', reason }]);
    t.match(daemon.log(), `stale: ${reason}`);
  });
}

t.test('a hung Sway beside a live one: stale, then moved to the live one after two intervals, and no flapping back', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const live = await startSway(dir, t.teardown);
  const hung = await startSway(dir, t.teardown);
  // The default validation timeout (1 s), for the same reason as above: here a stale of the live
  // Sway's own would move the daemon back to the hung one once it answers.
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--validation-timeout', '1000']);
  const client = await daemon.client();
  t.equal((await client.call('subscribe')).socket_path, hung.socketPath, 'no user manager: the newest');

  const moved = nextHealth<SocketHealth>(client, (h) => h.socket_path === live.socketPath, 30_000);
  hung.process.kill('SIGSTOP');
  const onLive = await moved;
  t.equal(onLive.status, 'healthy');
  t.equal(onLive.reconnection_count, 1);
  const [stale, switched] = await client.call('daemon.events', { limit: 2 });
  t.match(stale, { from: 'healthy', to: 'stale', socket_path: hung.socketPath });
  t.match(switched, {
    from: 'stale',
    to: 'healthy',
    cause: 'switch',
    socket_path: live.socketPath,
    reason: new RegExp(`^switched from ${hung.socketPath} to ${live.socketPath}: stale for \\d+ ms`),
  });
  const heldMs = Date.parse(switched!.time) - Date.parse(stale!.time);
  t.ok(heldMs >= 400, `the daemon's own record: stale for ${heldMs} ms (two intervals) before the move`);

  // The hung Sway answers again and is the newest: a healthy connection is not left for it.
  hung.process.kill('SIGCONT');
  const status = () => client.call('daemon.status');
  const after = (await status()).counters.validations;
  await waitFor(async () => (await status()).counters.validations >= after + 5, 30_000, 'five more validations');
  const h = await client.call('get_socket_health');
  t.same([h.socket_path, h.status, h.reconnection_count], [live.socketPath, 'healthy', 1], 'still on the live one');
});
