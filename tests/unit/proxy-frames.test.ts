import t from 'tap';
import { encodeFrame, IPC_EVENT_BIT, IPC_HEADER_BYTES } from '../../ts/ipc/codec.js';
import { FrameCounter } from '../../ts/proxy/frames.js';

t.test('FrameCounter counts messages and events at any split, skipping payloads', async (t) => {
  const stream = Buffer.concat([encodeFrame(7), encodeFrame(4, 'x'.repeat(70_000)), encodeFrame(IPC_EVENT_BIT | 3, '{}'), encodeFrame(2, '["window"]')]);
  for (const step of [1, 13, 14, 15, 1000, stream.length]) {
    const counter = new FrameCounter();
    for (let i = 0; i < stream.length; i += step) {
      counter.push(stream.subarray(i, i + step));
      if (i + step < stream.length && i + step > IPC_HEADER_BYTES && i + step < 2 * IPC_HEADER_BYTES) t.notOk(counter.atBoundary, 'inside the second header');
    }
    t.equal(counter.messages, 3, `step ${step}: three messages`);
    t.equal(counter.events, 1, `step ${step}: one event`);
    t.ok(counter.atBoundary, `step ${step}: at a frame boundary at the end`);
  }
  const partial = new FrameCounter();
  partial.push(encodeFrame(7, '{}').subarray(0, IPC_HEADER_BYTES + 1));
  t.equal(partial.messages, 1, 'a whole header counts');
  t.notOk(partial.atBoundary, 'its payload is still owed');
});
