/**
 * The processes connected to a real headless Sway's IPC socket, as doctor finds them through
 * sock_diag (`ss -xp`, ts/doctor/ipc-peers.ts): a real subscriber (`swaymsg -t subscribe -m`),
 * found also when the socket is named through a symlinked directory; excluded PIDs left out.
 */
import { spawn } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import t from 'tap';
import { socketPeers } from '../../ts/doctor/ipc-peers.js';
import { swayEnv, startSway } from '../helpers/sway.js';
import { asTestUser, makeRuntimeDir } from '../helpers/user.js';
import { waitFor } from '../helpers/user-manager.js';

t.test("a swaymsg subscriber is a peer of Sway's socket, by any spelling of its path", async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const [cmd, args] = asTestUser('swaymsg', ['-s', sway.socketPath, '-t', 'subscribe', '-m', '["window"]']);
  const sub = spawn(cmd, args, { env: swayEnv(dir), stdio: 'ignore' });
  t.teardown(() => {
    sub.kill('SIGKILL');
  });
  await waitFor(async () => (await socketPeers(sway.socketPath)).some((p) => p.pid === sub.pid), 30_000, 'swaymsg to connect');
  const peers = await socketPeers(sway.socketPath);
  const found = peers.find((p) => p.pid === sub.pid);
  t.equal(found?.comm, 'swaymsg');
  t.match(found?.cgroup ?? '', /^\//, 'its cgroup v2 path is read');
  t.notOk(
    peers.some((p) => p.pid === sway.pid),
    'Sway itself holds the server side, not a client',
  );

  const link = join(makeRuntimeDir(t.teardown), 'linked');
  symlinkSync(dir, link);
  t.ok(
    (await socketPeers(join(link, basename(sway.socketPath)))).some((p) => p.pid === sub.pid),
    'found through a symlinked directory',
  );
  t.notOk(
    (await socketPeers(sway.socketPath, new Set([sub.pid!]))).some((p) => p.pid === sub.pid),
    'an excluded PID is left out',
  );
});
