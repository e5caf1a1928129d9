/**
 * SwayIpcClient against a real headless Sway: GET_VERSION, SUBSCRIBE with events delivered, EOF on
 * SIGKILL, and a late reply (Sway stopped with SIGSTOP past a request's deadline). Only the faults a
 * real Sway cannot produce (bad magic, oversize frames, chosen split points) use a fake server, in
 * tests/unit/ipc-client.test.ts.
 */
import t from 'tap';
import { IpcMessageType } from '../../ts/ipc/codec.js';
import { SwayIpcClient, IpcClosedError, IpcTimeoutError } from '../../ts/ipc/client.js';
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
  await waitFor(() => events.length >= 2, 10_000, () => `the tick events (got ${JSON.stringify(events)})`);
  t.same(events, [['tick', { first: true, payload: '' }], ['tick', { first: false, payload: 'from the test' }]], "SUBSCRIBE's own tick, then ours");
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
