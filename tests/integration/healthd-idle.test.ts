import t from 'tap';
import { startHealthd } from '../helpers/daemon.js';
import { countSpawns } from '../helpers/spawn-counter.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

t.test(
  'beside an idle Sway and with no user manager the daemon validates every interval, runs no process, and says once that no manager answers',
  async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    const sway = await startSway(dir, t.teardown);
    const spawns = countSpawns(['systemctl', 'systemd-notify'], t.teardown);
    // No user manager and no bus here: the daemon's D-Bus connection has nowhere to go.
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.05'], { PATH: spawns.path });
    const client = await daemon.client();
    const health = await client.call('get_socket_health');
    t.equal(health.socket_path, sway.socketPath, 'discovery works without a manager');
    t.equal(health.environment_swaysock, null, 'no manager: no environment');
    const status = () => client.call('daemon.status');
    await waitFor(async () => (await status()).counters.validations >= 40, 30_000, '40 validations');
    const { counters } = await status();
    t.ok(
      counters.environment_reads >= 20,
      `${counters.environment_reads} environment reads over ${counters.validations} validations: read with the validations, each null at once`,
    );
    t.same(spawns.runs(), { systemctl: 0, 'systemd-notify': 0 }, 'no process: no systemctl, and not run by systemd, no notifications');
    t.equal(daemon.log().match(/cannot reach the systemd user manager/g)?.length, 1, `one notice that no manager answers, not one per read:\n${daemon.log()}`);
    t.equal((await client.call('get_socket_health')).status, 'healthy');
  },
);
