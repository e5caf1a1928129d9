import t from 'tap';
import { renameSync, unlinkSync } from 'node:fs';
import type { HealthEvent, SocketHealth } from '../../ts/health/types.js';
import { nextHealth, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { makeRuntimeDir } from '../helpers/user.js';

t.test('a Sway that stops answering is stale, and healthy again on the same connection when it answers', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--validation-timeout', '300']);
  const client = await daemon.client();
  t.equal((await client.call<SocketHealth>('subscribe')).status, 'healthy');

  const stale = nextHealth<SocketHealth>(client, (h) => h.status === 'stale', 2000);
  sway.process.kill('SIGSTOP'); // a hung Sway: the connection stays open, nothing answers
  const s = await stale;
  t.equal(s.socket_path, sway.socketPath);
  t.equal(s.latency_ms, null, 'no round trip completed: no latency, not the last good one');
  const healthy = nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 2000);
  sway.process.kill('SIGCONT');
  const h = await healthy;
  t.equal(h.reconnection_count, 0, 'the same connection recovered');
  const events = await client.call<HealthEvent[]>('daemon.events', { limit: 2 });
  t.match(events, [{ from: 'healthy', to: 'stale', reason: 'GET_VERSION got no reply within 300 ms' }, { from: 'stale', to: 'healthy' }]);
  t.match(daemon.log(), /^stale: GET_VERSION got no reply within 300 ms/m, 'logged once, plainly');
  const status = await client.call<{ counters: { validation_failures: number } }>('daemon.status');
  t.ok(status.counters.validation_failures >= 1);
});

for (const change of ['gone', 'replaced'] as const) {
  t.test(`the socket file ${change} under a live connection: stale`, async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    const first = await startSway(dir, t.teardown);
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--sway-socket', first.socketPath]);
    const client = await daemon.client();
    t.equal((await client.call<SocketHealth>('subscribe')).status, 'healthy');
    const stale = nextHealth<SocketHealth>(client, (h) => h.status === 'stale', 2000);
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
    t.match(await client.call<HealthEvent[]>('daemon.events', { limit: 1 }), [{ from: 'healthy', to: 'stale', reason }]);
    t.match(daemon.log(), `stale: ${reason}`);
  });
}
