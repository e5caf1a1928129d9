/**
 * A FAKE Sway IPC server (sway-ipc(7) framing, ts/ipc/codec.ts), only for what a real Sway cannot
 * be made to produce: bad magic, oversize frames, replies split at chosen points, and a `shutdown`
 * event delivered before the connection closes (Sway 1.7 closes its IPC connections on exit
 * before any subscriber gets that event). Every file that uses it says which of these it needs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrameDecoder } from '../../ts/ipc/codec.js';
import { chownToTestUser } from './user.js';

/**
 * Listens at `DIR/NAME` (default: a fresh temporary directory, `fake.sock`) and calls `onFrame`
 * for every frame a client sends; the socket is given to the test user. Closed at teardown.
 * @returns the socket path.
 */
export async function fakeSway(
  t: { teardown: (fn: () => unknown) => void },
  onFrame: (peer: Socket, type: number, payload: string) => void,
  where: { dir?: string; name?: string } = {},
): Promise<string> {
  let dir = where.dir;
  if (dir === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'swaysock-fake-'));
    t.teardown(() => rmSync(made, { recursive: true, force: true }));
    dir = made;
  }
  const path = join(dir, where.name ?? 'fake.sock');
  const peers = new Set<Socket>();
  const server = createServer((peer) => {
    peers.add(peer);
    peer.once('close', () => peers.delete(peer));
    const decoder = new FrameDecoder();
    peer.on('data', (chunk) => {
      for (const f of decoder.push(chunk)) onFrame(peer, f.type, f.payload.toString());
    });
    peer.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(path, r));
  chownToTestUser(path);
  t.teardown(() => {
    for (const p of peers) p.destroy();
    server.close();
  });
  return path;
}
