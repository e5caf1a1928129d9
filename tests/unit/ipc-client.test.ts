// A fake Sway IPC server (tests/helpers/fake-sway.ts), only for faults a real Sway cannot be made
// to produce: bad magic, oversize frames, replies split and packed at chosen points. Everything a real Sway can do
// (replies, events, EOF, late replies) is tested against one in tests/integration/ipc-client.test.ts.
import t from 'tap';
import { IpcClosedError, SwayIpcClient } from '../../ts/ipc/client.js';
import { IpcProtocolError, encodeFrame } from '../../ts/ipc/codec.js';
import { fakeSway } from '../helpers/fake-sway.js';

t.test('replies split across writes and packed with events decode in order', async (t) => {
  let answered = false;
  const path = await fakeSway(t, (peer, type) => {
    if (answered) return;
    answered = true;
    const bytes = Buffer.concat([encodeFrame(0x80000006, '{"change":"exit"}'), encodeFrame(type, '{"ok":1}'), encodeFrame(type, '{"ok":2}')]);
    peer.write(bytes.subarray(0, 20));
    setTimeout(() => peer.write(bytes.subarray(20)), 10);
  });
  const client = await SwayIpcClient.connect(path);
  t.teardown(() => client.close());
  const events: unknown[] = [];
  client.on('event', (name, payload) => events.push([name, payload]));
  const [a, b] = await Promise.all([client.requestJson(7), client.requestJson(7)]);
  t.same([a, b], [{ ok: 1 }, { ok: 2 }]);
  t.same(events, [['shutdown', { change: 'exit' }]]);
});

t.test('bad magic from the peer closes the connection with a typed reason and fails pending requests', async (t) => {
  const path = await fakeSway(t, (peer) => peer.write(Buffer.from('garbage-garbage-garbage')));
  const client = await SwayIpcClient.connect(path);
  const closed = new Promise<Error | null>((r) => client.once('close', r));
  await t.rejects(client.getVersion(), IpcClosedError);
  const reason = await closed;
  t.ok(reason instanceof IpcProtocolError && reason.code === 'ERR_SWAYSOCK_IPC_BAD_MAGIC', 'close reason is BAD_MAGIC');
});

t.test('an oversize announced payload closes at once, without waiting for the bytes', async (t) => {
  const path = await fakeSway(t, (peer, type) => peer.write(encodeFrame(type, 'z'.repeat(2048)).subarray(0, 14)));
  const client = await SwayIpcClient.connect(path, { maxPayloadBytes: 1024 });
  const closed = new Promise<Error | null>((r) => client.once('close', r));
  await t.rejects(client.getVersion(5000), IpcClosedError);
  const reason = await closed;
  t.ok(reason instanceof IpcProtocolError && reason.code === 'ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE');
});

t.test('connect errors surface as the errno', async (t) => {
  await t.rejects(SwayIpcClient.connect('/nonexistent/sway.sock'), { code: 'ERR_SWAYSOCK_CONNECT', systemCode: 'ENOENT' });
});
