/**
 * The stable socket while no Sway lives, with a raw client that sends its request at once: what it
 * sent is kept and forwarded to a Sway that comes in time; when none comes it reads a clean EOF
 * (never ECONNRESET, which closing a socket with its request unread would give it).
 */
import t from 'tap';
import { join } from 'node:path';
import { encodeFrame, IpcMessageType } from '../../ts/ipc/codec.js';
import { spawnHealthd, startHealthd } from '../helpers/daemon.js';
import { firstEnd, rawClient } from '../helpers/raw-ipc-client.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

type Teardownable = { teardown: (fn: () => unknown) => void };

async function noSwayDaemon(t: Teardownable, waitSeconds: string): Promise<{ dir: string; stable: string }> {
  const dir = makeRuntimeDir(t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--stable-socket', '--stable-wait', waitSeconds]);
  await waitFor(() => daemon.log().includes('stable socket'), 5000, 'the stable socket listening');
  return { dir, stable: join(dir, 'swaysock', 'sway.sock') };
}

t.test('requests sent before any Sway came are forwarded to the Sway that comes, a half-closed client included', async (t) => {
  const { dir, stable } = await noSwayDaemon(t, '60');
  const open = await rawClient(stable, t.teardown);
  open.socket.write(Buffer.concat([encodeFrame(IpcMessageType.GET_VERSION), encodeFrame(IpcMessageType.GET_WORKSPACES)]));
  const halfClosed = await rawClient(stable, t.teardown);
  halfClosed.socket.end(encodeFrame(IpcMessageType.GET_VERSION));
  await startSway(dir, t.teardown);
  await waitFor(() => open.frames.length === 2, 10_000, 'both replies to the client that sent before Sway came');
  t.same(open.frames, [IpcMessageType.GET_VERSION, IpcMessageType.GET_WORKSPACES], 'both requests answered, in order');
  t.equal(await halfClosed.closed, null, 'the half-closed client closed without an error');
  t.same(halfClosed.frames, [IpcMessageType.GET_VERSION], 'after the reply it was owed');
});

t.test('a client that sent its request and got no Sway in time reads EOF, not ECONNRESET', async (t) => {
  const { stable } = await noSwayDaemon(t, '1');
  const c = await rawClient(stable, t.teardown);
  await new Promise<void>((r) => c.socket.write(encodeFrame(IpcMessageType.GET_VERSION), () => r()));
  t.equal(await firstEnd(c), 'EOF', 'the request unanswered, the client reads EOF');
  t.same(c.frames, [], 'no reply');
  c.socket.end();
  t.equal(await c.closed, null, 'EOF, then closed without an error');
});

t.test('a client that keeps sending while it is closed for want of a Sway still reads EOF', async (t) => {
  const { stable } = await noSwayDaemon(t, '1');
  const c = await rawClient(stable, t.teardown);
  const request = encodeFrame(IpcMessageType.GET_VERSION);
  const writes = setInterval(() => c.socket.writable && c.socket.write(request), 10);
  t.teardown(() => clearInterval(writes));
  t.equal(await firstEnd(c), 'EOF', 'EOF while it sends');
  clearInterval(writes);
  c.socket.end();
  t.equal(await c.closed, null, 'EOF, then closed without an error');
});

t.test("a client that comes before the daemon's first look for a Sway waits for that look, however short --stable-wait is", async (t) => {
  // The connection that socket-activates the daemon is accepted before its first discovery has
  // finished, which takes seconds on a slow machine (some 7 s in the Debian VM under emulation).
  // Here a stopped Sway beside the live one holds that discovery for its --validation-timeout
  // (4 s), eight times the client's --stable-wait.
  const dir = makeRuntimeDir(t.teardown);
  const stopped = await startSway(dir, t.teardown);
  stopped.process.kill('SIGSTOP');
  t.teardown(() => void stopped.process.kill('SIGCONT'));
  await startSway(dir, t.teardown);
  const daemon = spawnHealthd(dir, t.teardown, ['--stable-socket', '--stable-wait', '0.5', '--validation-timeout', '4000']);
  await waitFor(
    () => daemon.log().includes('stable socket'),
    30_000,
    () => `the stable socket listening (log: ${daemon.log()})`,
  );
  const c = await rawClient(join(dir, 'swaysock', 'sway.sock'), t.teardown);
  c.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  t.notOk(daemon.log().includes('serving on'), 'the client came before the first discovery had finished');
  const first = await Promise.race([
    c.eof.then(() => 'EOF'),
    waitFor(
      () => c.frames.length > 0,
      30_000,
      () => `the reply (log: ${daemon.log()})`,
    ).then(() => 'reply'),
  ]);
  t.equal(first, 'reply', `the live Sway's reply, not EOF after --stable-wait (log: ${daemon.log()})`);
  t.same(c.frames, [IpcMessageType.GET_VERSION]);
});
