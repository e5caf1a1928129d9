/**
 * SwayIpcClient against a real headless Sway: GET_VERSION, SUBSCRIBE with events delivered, EOF on
 * SIGKILL, and a late reply (Sway stopped with SIGSTOP past a request's deadline). Only the faults a
 * real Sway cannot produce (bad magic, oversize frames, chosen split points) use a fake server, in
 * tests/unit/ipc-client.test.ts. Also: an answer that came while this process was stalled past the deadline is taken.
 */
import t from 'tap';
import { IpcMessageType } from '../../ts/ipc/codec.js';
import { SwayIpcClient, IpcClosedError, IpcTimeoutError } from '../../ts/ipc/client.js';
import { connectUnix } from '../../ts/net/connect.js';
import { makeRuntimeDir } from '../helpers/user.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';

t.test('GET_VERSION, SUBSCRIBE (events arrive as `event`) and EOF on SIGKILL against a real headless Sway', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const client = await SwayIpcClient.connect(sway.socketPath);
  t.teardown(() => client.close());
  const version = await client.getVersion();
  t.type(version.major, 'number');
  t.match(version.human_readable, /\d+\.\d+/);
  const events: [string, unknown][] = [];
  client.on('event', (name, payload) => events.push([name, payload]));
  await client.subscribe(['tick', 'shutdown']);
  t.same(await client.requestJson(IpcMessageType.SEND_TICK, 'from the test'), { success: true });
  await waitFor(
    () => events.length >= 2,
    10_000,
    () => `the tick events (got ${JSON.stringify(events)})`,
  );
  t.same(
    events,
    [
      ['tick', { first: true, payload: '' }],
      ['tick', { first: false, payload: 'from the test' }],
    ],
    "SUBSCRIBE's own tick, then ours",
  );
  const closed = new Promise<Error | null>((resolve) => client.once('close', resolve));
  await sway.kill('SIGKILL');
  const reason = await closed;
  t.type(reason, IpcClosedError);
  t.equal(client.isOpen, false);
  await t.rejects(client.getVersion(), IpcClosedError);
});

t.test('a timed-out request keeps its place: its late reply is not taken for the next one', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const client = await SwayIpcClient.connect(sway.socketPath);
  t.teardown(() => client.close());
  sway.process.kill('SIGSTOP'); // a hung Sway: the request waits unread past its deadline
  t.teardown(() => sway.process.kill('SIGCONT'));
  await t.rejects(client.getVersion(100), IpcTimeoutError);
  sway.process.kill('SIGCONT');
  // Sway answers in order: the late GET_VERSION reply comes first, then this one.
  const workspaces = await client.requestJson<unknown[]>(IpcMessageType.GET_WORKSPACES, '', 10_000);
  t.ok(Array.isArray(workspaces), `GET_WORKSPACES got its own reply (a list), not the late version object: ${JSON.stringify(workspaces)}`);
  t.equal(client.isOpen, true, 'a timeout leaves the connection usable');
  t.match(await client.getVersion(), { human_readable: /\d+\.\d+/ });
});

/** Blocks this process's only thread for `ms` ms (no event loop turn meanwhile), as a busy machine or a long synchronous step does. */
const stall = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

t.test('an answer that came while this process did not run past the deadline is taken, not timed out (ts/net/deadline.ts)', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  // Sway accepts and answers within milliseconds, while this process is stalled for 1 s: when the
  // loop runs again, the 100 ms timer is due and the answer waits in the socket.
  const connecting = connectUnix(sway.socketPath, 100);
  stall(1000);
  const socket = await connecting;
  t.pass('the connect that completed during the stall is taken');
  socket.destroy();
  const client = await SwayIpcClient.connect(sway.socketPath);
  t.teardown(() => client.close());
  const asking = client.getVersion(100);
  stall(1000);
  t.match(await asking, { human_readable: /\d+\.\d+/ }, 'the reply that arrived during the stall is taken');
  // A Sway that does not answer still times out.
  sway.process.kill('SIGSTOP');
  t.teardown(() => sway.process.kill('SIGCONT'));
  await t.rejects(client.getVersion(100), IpcTimeoutError);
});
