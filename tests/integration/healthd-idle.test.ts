import t from 'tap';
import { startHealthd } from '../helpers/daemon.js';
import { countSpawns } from '../helpers/spawn-counter.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

t.test('beside an idle Sway the daemon validates every interval without running systemctl each time', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const spawns = countSpawns(['systemctl', 'systemd-notify'], t.teardown);
  // No user manager here: systemctl runs and fails, which costs the same process.
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.05'], { PATH: spawns.path });
  const client = await daemon.client();
  t.equal((await client.call('get_socket_health')).socket_path, sway.socketPath);
  const status = () => client.call('daemon.status');
  await waitFor(async () => (await status()).counters.validations >= 40, 30_000, '40 validations');
  const { counters } = await status();
  const runs = spawns.runs();
  t.equal(runs.systemctl, counters.environment_reads, 'every systemctl run is an environment read the daemon counted');
  t.ok(runs.systemctl! <= 2, `${runs.systemctl} systemctl runs over ${counters.validations} validations: the start and the connection, none per interval`);
  t.equal(runs['systemd-notify'], 0, 'not run by systemd: no notifications');
});
