import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagerEnv } from '../../ts/discovery/discover.js';
import { HealthMonitor } from '../../ts/health/monitor.js';
import { environmentRepairer } from '../../ts/health/repair.js';
import { RingBuffer } from '../../ts/health/ring.js';
import type { SocketHealth } from '../../ts/health/types.js';
import { statusText } from '../../ts/server/daemon.js';
import { protocolValidators } from '../../ts/server/schemas.js';
import type { PriorityName } from '../../ts/systemd/log.js';

const LIVE = '/run/user/1000/sway-ipc.1000.20.sock';
const DEAD = '/run/user/1000/sway-ipc.1000.10.sock';

t.test('RingBuffer keeps the last `capacity` items, oldest first', async (t) => {
  const ring = new RingBuffer<number>(3);
  t.same(ring.last(), []);
  for (let i = 1; i <= 5; i++) ring.push(i);
  t.same(ring.last(), [3, 4, 5]);
  t.same(ring.last(2), [4, 5]);
  t.same(ring.last(10), [3, 4, 5]);
});

/** The repairer with recording set/unset and a liveness answer per path. */
function repairer(alive: Set<string>, failing = false, stableSocket?: string) {
  const calls: string[] = [];
  const logs: string[] = [];
  const hook = environmentRepairer({
    graceMs: 1000,
    set: async (vars) => {
      if (failing) throw new Error('systemctl --user set-environment failed: Access denied');
      calls.push(`set ${Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    },
    unset: async (names) => void calls.push(`unset ${names.join(' ')}`),
    isLive: async (path) => alive.has(path),
    log: (p: PriorityName, m: string) => logs.push(`${p}: ${m}`),
    onRepair: () => calls.push('counted'),
    stableSocket,
  });
  return { hook, calls, logs };
}

t.test('environment repair: sets SWAYSOCK and I3SOCK to the live Sway when they name another', async (t) => {
  const { hook, calls, logs } = repairer(new Set([LIVE]));
  const after = await hook(LIVE, 0, { SWAYSOCK: DEAD, I3SOCK: DEAD, WAYLAND_DISPLAY: 'wayland-1' });
  t.same(after, { SWAYSOCK: LIVE, I3SOCK: LIVE, WAYLAND_DISPLAY: 'wayland-1' });
  t.same(calls, [`set SWAYSOCK=${LIVE} I3SOCK=${LIVE}`, 'counted']);
  t.same(logs, [`notice: repaired the user manager's environment: SWAYSOCK=${LIVE} (was ${DEAD})`]);
  const unset = repairer(new Set([LIVE]));
  t.same(await unset.hook(LIVE, 0, {}), { SWAYSOCK: LIVE, I3SOCK: LIVE }, 'also when unset');
  const right = repairer(new Set([LIVE]));
  t.same(await right.hook(LIVE, 0, { SWAYSOCK: LIVE }), { SWAYSOCK: LIVE }, 'already right: nothing done');
  t.same(right.calls, []);
});

t.test('environment repair: unsets a dead SWAYSOCK only after the grace period, never a live one', async (t) => {
  const early = repairer(new Set());
  t.same(await early.hook(null, 500, { SWAYSOCK: DEAD }), { SWAYSOCK: DEAD }, 'within the grace period: kept');
  t.same(early.calls, []);
  const late = repairer(new Set());
  t.same(await late.hook(null, 1500, { SWAYSOCK: DEAD, I3SOCK: DEAD, DISPLAY: ':0' }), { DISPLAY: ':0' });
  t.same(late.calls, ['unset SWAYSOCK I3SOCK', 'counted']);
  t.match(late.logs[0], /^notice: unset SWAYSOCK and I3SOCK in the user manager: .* is dead and no Sway has been alive for 2 s$/);
  const other = repairer(new Set([LIVE]));
  t.same(await other.hook(null, 5000, { SWAYSOCK: LIVE }), { SWAYSOCK: LIVE }, 'a Sway we do not watch still answers there: kept');
  t.same(other.calls, []);
});

t.test('environment repair with a stable socket: naming it is correct, never unset; a repair writes it', async (t) => {
  const STABLE = '/run/user/1000/swaysock/sway.sock';
  const kept = repairer(new Set([LIVE]), false, STABLE);
  t.same(await kept.hook(LIVE, 0, { SWAYSOCK: STABLE, I3SOCK: STABLE }), { SWAYSOCK: STABLE, I3SOCK: STABLE }, 'connected: kept');
  t.same(await kept.hook(null, 60_000, { SWAYSOCK: STABLE }), { SWAYSOCK: STABLE }, 'no Sway for long: kept, the next Sway is reached through it');
  t.same(kept.calls, []);
  const repaired = repairer(new Set([LIVE]), false, STABLE);
  t.same(await repaired.hook(LIVE, 0, { SWAYSOCK: DEAD }), { SWAYSOCK: STABLE, I3SOCK: STABLE });
  t.same(repaired.calls, [`set SWAYSOCK=${STABLE} I3SOCK=${STABLE}`, 'counted']);
});

t.test('environment repair: no user manager means nothing to do; a failure is a warning', async (t) => {
  const none = repairer(new Set([LIVE]));
  t.equal(await none.hook(LIVE, 0, null), null);
  t.same([...none.calls, ...none.logs], [], 'no calls, no log lines');
  const failing = repairer(new Set([LIVE]), true);
  t.same(await failing.hook(LIVE, 0, { SWAYSOCK: DEAD }), { SWAYSOCK: DEAD }, 'reported as it still is');
  t.same(failing.logs, ['warning: environment repair failed: systemctl --user set-environment failed: Access denied']);
});

t.test('STATUS= text for systemd', async (t) => {
  const base: SocketHealth = {
    status: 'healthy', socket_path: LIVE, last_validated: '2026-11-25T08:00:00.000Z', latency_ms: 0.2, reconnection_count: 0,
    uptime_seconds: 3, sway_pid: 20, sway_version: '1.7', environment_swaysock: null, environment_matches: null,
  };
  t.equal(statusText(base), `healthy: ${LIVE} (Sway 1.7, 0.2 ms)`);
  t.equal(statusText({ ...base, status: 'stale' }), `stale: ${LIVE} (Sway 1.7, 0.2 ms)`);
  t.equal(statusText({ ...base, status: 'disconnected', latency_ms: null }), `disconnected (last: ${LIVE})`);
  t.equal(statusText({ ...base, status: 'disconnected', socket_path: null }), 'disconnected: no Sway found yet');
});

t.test('HealthMonitor with no Sway: disconnected, exactly the ten fields; the environment as the manager reports it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-health-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const logs: string[] = [];
  let env: ManagerEnv = null;
  const monitor = new HealthMonitor({
    runtimeDir: dir, intervalMs: 50, validationTimeoutMs: 200,
    managerEnv: async () => env,
    log: (p, m) => logs.push(`${p}: ${m}`),
  });
  t.teardown(() => monitor.stop());
  await monitor.start();
  const none = monitor.snapshot();
  t.ok(protocolValidators().socketHealth(none), 'matches schemas/socket-health.schema.json');
  t.same(Object.keys(none), ['status', 'socket_path', 'last_validated', 'latency_ms', 'reconnection_count', 'uptime_seconds', 'sway_pid', 'sway_version', 'environment_swaysock', 'environment_matches'], 'in the documented order');
  t.same(none, {
    status: 'disconnected', socket_path: null, last_validated: null, latency_ms: null, reconnection_count: 0,
    uptime_seconds: 0, sway_pid: null, sway_version: null, environment_swaysock: null, environment_matches: null,
  });
  const changed = new Promise<SocketHealth>((resolve) => monitor.once('change', resolve));
  env = { SWAYSOCK: DEAD };
  const seen = await changed;
  t.equal(seen.environment_swaysock, DEAD, 'a change of the manager environment is pushed at the next interval');
  t.equal(seen.environment_matches, null, 'unknown: no socket to compare with');
  t.same(logs, [], 'nothing logged while there is nothing to report');
});
