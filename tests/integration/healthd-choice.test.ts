import t from 'tap';
import type { ManagerEnv } from '../../ts/systemd/manager.js';
import { HealthMonitor } from '../../ts/health/monitor.js';
import { ManagerEnvironment } from '../../ts/systemd/manager-environment.js';
import { startSway } from '../helpers/sway.js';
import { makeRuntimeDir, testUser } from '../helpers/user.js';

// In-process monitor (the daemon's state machine) against two real headless Sways; it connects
// as whoever runs the tests, which may use the test user's sockets when that is root.

/**
 * Runs a monitor with our own SWAYSOCK `ownSwaysock` and the manager reporting `env` (a fixed
 * block in place of `systemctl --user`: this test is about the choice, not the manager).
 */
async function choose(t: { teardown: (fn: () => unknown) => void }, dir: string, ownSwaysock: string, env: ManagerEnv): Promise<string | null> {
  const logs: string[] = [];
  const environment = new ManagerEnvironment({ read: async () => env, set: async () => undefined, unset: async () => undefined });
  const monitor = new HealthMonitor({
    runtimeDir: dir,
    uid: testUser.uid,
    intervalMs: 60_000,
    validationTimeoutMs: 1000,
    ownSwaysock,
    environment,
    environmentIntervalMs: 60_000,
    repairEnvironment: false,
    log: (p, m) => logs.push(`${p}: ${m}`),
  });
  t.teardown(() => monitor.stop());
  await monitor.start();
  return monitor.snapshot().socket_path;
}

t.test("several live Sways: the user manager's SWAYSOCK wins over the daemon's own start-time $SWAYSOCK", async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const older = await startSway(dir, t.teardown);
  const newer = await startSway(dir, t.teardown);
  t.equal(await choose(t, dir, older.socketPath, { SWAYSOCK: newer.socketPath }), newer.socketPath, 'the manager names the newer one');
  t.equal(await choose(t, dir, newer.socketPath, { SWAYSOCK: older.socketPath }), older.socketPath, 'the manager names the older one');
  t.equal(await choose(t, dir, older.socketPath, null), older.socketPath, 'no user manager: our own $SWAYSOCK decides');
});
