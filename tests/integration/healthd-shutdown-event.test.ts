/**
 * swaysock-healthd's `shutdown`-event path (sway-ipc(7) event 6). A real Sway cannot produce it:
 * Sway 1.7 closes its IPC connections on `swaymsg exit` before the event reaches any subscriber,
 * so the daemon sees only EOF (tests/integration/healthd.test.ts). This one test therefore talks to
 * a FAKE Sway IPC server (tests/helpers/fake-sway.ts) that answers GET_VERSION and SUBSCRIBE like
 * Sway, then sends `shutdown` and keeps its side of the connection open.
 */
import t from 'tap';
import type { Socket } from 'node:net';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { encodeFrame, IPC_EVENT_BIT, IpcEventType, IpcMessageType } from '../../ts/ipc/codec.js';
import { nextHealth, startHealthd } from '../helpers/daemon.js';
import { fakeSway } from '../helpers/fake-sway.js';
import { makeRuntimeDir, testUser } from '../helpers/user.js';

t.test("Sway's shutdown event: disconnected at once, and the daemon closes that connection itself", async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const subscribers = new Set<Socket>();
  const path = await fakeSway(
    t,
    (peer, type) => {
      if (type === IpcMessageType.GET_VERSION)
        peer.write(encodeFrame(type, '{"major":1,"minor":7,"patch":0,"human_readable":"1.7 (fake)","loaded_config_file_name":"/dev/null"}'));
      if (type === IpcMessageType.SUBSCRIBE) {
        subscribers.add(peer);
        peer.once('close', () => subscribers.delete(peer));
        peer.write(encodeFrame(type, '{"success":true}'));
      }
    },
    { dir, name: `sway-ipc.${testUser.uid}.${process.pid}.sock` },
  );
  const daemon = await startHealthd(dir, t.teardown, ['--sway-socket', path, '--interval', '60']);
  const client = await daemon.client();
  const first = await client.call('subscribe');
  if (first.status !== 'healthy') await nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 10_000);
  t.equal(subscribers.size, 1, "the daemon's one subscribed connection");
  const [connection] = subscribers;

  const ended = new Promise<boolean>((resolve) => {
    connection!.once('end', () => resolve(true));
    setTimeout(resolve, 10_000, false).unref();
  });
  const down = nextHealth<SocketHealth>(client, (h) => h.status === 'disconnected', 10_000);
  connection!.write(encodeFrame(IPC_EVENT_BIT + IpcEventType.shutdown, '{"change":"exit"}'));
  t.equal((await down).socket_path, path);
  t.match(await client.call('daemon.events', { limit: 1 }), [
    { from: 'healthy', to: 'disconnected', cause: 'shutdown_event', reason: "Sway's shutdown event" },
  ]);
  t.equal(await ended, true, 'the daemon closed the connection whose end Sway announced');
});
