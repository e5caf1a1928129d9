import t from 'tap';
import { endianness } from 'node:os';
import { FrameDecoder, IPC_EVENT_BIT, IPC_HEADER_BYTES, encodeFrame, eventName } from '../../ts/ipc/codec.js';

const payloads = ['{"human_readable":"1.7"}', '', '{"a":"ünïcødé ✓"}', 'x'.repeat(70_000)];

t.test('encodes the sway-ipc(7) header in native byte order', async (t) => {
  const frame = encodeFrame(7, '{}');
  t.equal(frame.toString('ascii', 0, 6), 'i3-ipc');
  t.equal(frame.length, IPC_HEADER_BYTES + 2);
  const le = endianness() === 'LE';
  t.equal(le ? frame.readUInt32LE(6) : frame.readUInt32BE(6), 2, 'payload length');
  t.equal(le ? frame.readUInt32LE(10) : frame.readUInt32BE(10), 7, 'type');
  t.equal(encodeFrame(0, 'ü').length, IPC_HEADER_BYTES + 2, 'length counts UTF-8 bytes');
});

t.test('decodes frames split at every byte boundary', async (t) => {
  const stream = Buffer.concat(payloads.map((p, i) => encodeFrame(i, p)));
  for (const step of [1, 2, 3, 13, 14, 15, 1000]) {
    const decoder = new FrameDecoder();
    const got = [];
    for (let off = 0; off < stream.length; off += step) got.push(...decoder.push(stream.subarray(off, off + step)));
    t.same(
      got.map((f) => [f.type, f.payload.toString()]),
      payloads.map((p, i) => [i, p]),
      `chunks of ${step} bytes`,
    );
    t.equal(decoder.bufferedBytes, 0);
  }
});

t.test('decodes several frames packed into one read, keeping the remainder', async (t) => {
  const decoder = new FrameDecoder();
  const a = encodeFrame(1, '[1]');
  const b = encodeFrame(2, '[2]');
  const c = encodeFrame(3, '[3]');
  const first = decoder.push(Buffer.concat([a, b, c.subarray(0, 5)]));
  t.same(
    first.map((f) => f.payload.toString()),
    ['[1]', '[2]'],
  );
  t.equal(decoder.bufferedBytes, 5);
  t.same(
    decoder.push(c.subarray(5)).map((f) => f.type),
    [3],
  );
});

t.test('marks events by bit 31 and names them', async (t) => {
  const decoder = new FrameDecoder();
  const [frame] = decoder.push(encodeFrame((IPC_EVENT_BIT | 6) >>> 0, '{"change":"exit"}'));
  t.equal(frame!.isEvent, true);
  t.equal(frame!.type, 6);
  t.equal(eventName(frame!.type), 'shutdown');
  t.equal(eventName(0x15), 'input');
  t.equal(eventName(99), 'event-99');
  const [reply] = decoder.push(encodeFrame(7, '{}'));
  t.equal(reply!.isEvent, false);
});

t.test('bad magic is a typed error as soon as the header is in', async (t) => {
  const decoder = new FrameDecoder();
  const bad = encodeFrame(7, '{}');
  bad.write('i4-ipc', 0, 'ascii');
  t.same(decoder.push(bad.subarray(0, 13)), [], 'not enough for a header yet');
  t.throws(() => decoder.push(bad.subarray(13)), { name: 'IpcProtocolError', code: 'ERR_SWAYSOCK_IPC_BAD_MAGIC' });
});

t.test('a payload over the bound is a typed error without waiting for the payload', async (t) => {
  const decoder = new FrameDecoder(1024);
  const header = encodeFrame(4, 'y'.repeat(1025)).subarray(0, IPC_HEADER_BYTES);
  t.throws(() => decoder.push(header), { name: 'IpcProtocolError', code: 'ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE' });
  const exact = new FrameDecoder(1024);
  t.equal(exact.push(encodeFrame(4, 'y'.repeat(1024)))[0]!.payload.length, 1024, 'exactly the bound is accepted');
});
