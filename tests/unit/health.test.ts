import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SwayCandidate } from '../../ts/discovery/discover.js';
import type { ManagerEnv } from '../../ts/systemd/manager.js';
import { HealthMonitor } from '../../ts/health/monitor.js';
import { planEnvironment } from '../../ts/health/repair.js';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { statusText } from '../../ts/server/daemon.js';
import { resultValidator } from '../../ts/rpc/schemas.js';
import { ManagerEnvironment } from '../../ts/systemd/manager-environment.js';

const LIVE = '/run/user/1000/sway-ipc.1000.20.sock';
const DEAD = '/run/user/1000/sway-ipc.1000.10.sock';
const OTHER = '/run/user/1000/sway-ipc.1000.30.sock';

/**
 * planEnvironment with `alive` as the live sockets (a plain map in place of GET_VERSION probes:
 * the rule is what is tested here; the daemon's integration and system tests run it for real).
 */
function plan(connection: string | null, env: ManagerEnv, alive: string[], disconnectedForMs = 0, stableSocket?: string) {
  const ident = (path: string) => ({ dev: 1, ino: [LIVE, DEAD, OTHER].indexOf(path) });
  return planEnvironment({
    connection: connection === null ? null : { path: connection, identity: ident(connection) },
    disconnectedForMs,
    env,
    graceMs: 1000,
    probe: async (path) => (alive.includes(path) ? ({ path, identity: ident(path) } as SwayCandidate) : null),
    stableSocket,
  });
}

t.test('environment plan while connected: set both when the manager names nothing live; I3SOCK alone when only it drifted', async (t) => {
  t.match(await plan(LIVE, { SWAYSOCK: DEAD, I3SOCK: DEAD }, [LIVE]), { kind: 'set', vars: { SWAYSOCK: LIVE, I3SOCK: LIVE } });
  t.match(await plan(LIVE, {}, [LIVE]), {
    kind: 'set',
    vars: { SWAYSOCK: LIVE, I3SOCK: LIVE },
    message: `SWAYSOCK=${LIVE} (was unset, which names no live Sway)`,
  });
  t.match(await plan(LIVE, { SWAYSOCK: '' }, [LIVE]), { kind: 'set', vars: { SWAYSOCK: LIVE } }, 'an empty SWAYSOCK is unset');
  t.same(await plan(LIVE, { SWAYSOCK: LIVE, I3SOCK: DEAD }, [LIVE]), { kind: 'set', vars: { I3SOCK: LIVE }, message: `I3SOCK=${LIVE} (was ${DEAD})` });
  t.same(await plan(LIVE, { SWAYSOCK: LIVE, I3SOCK: LIVE }, [LIVE]), { kind: 'keep' });
  t.same(await plan(LIVE, null, [LIVE]), { kind: 'keep' }, 'no user manager: nothing to do');
});

t.test('environment plan: another live Sway named by the manager is followed, never overwritten', async (t) => {
  t.match(await plan(LIVE, { SWAYSOCK: OTHER }, [LIVE, OTHER]), { kind: 'follow', candidate: { path: OTHER } });
  t.match(await plan(null, { SWAYSOCK: OTHER }, [OTHER]), { kind: 'follow' }, 'disconnected: connect there');
});

t.test('environment plan while disconnected: unset a dead SWAYSOCK only after the grace period', async (t) => {
  t.same(await plan(null, { SWAYSOCK: DEAD }, [], 500), { kind: 'keep' }, 'within the grace period');
  t.match(await plan(null, { SWAYSOCK: DEAD, I3SOCK: DEAD }, [], 1500), {
    kind: 'unset',
    names: ['SWAYSOCK', 'I3SOCK'],
    message: `${DEAD} is dead and no Sway has been alive for 2 s`,
  });
  t.same(await plan(null, {}, [], 5000), { kind: 'keep' }, 'nothing named: nothing to unset');
});

t.test('environment plan with a stable socket: naming it is right in every state; a repair writes it', async (t) => {
  const STABLE = '/run/user/1000/swaysock/sway.sock';
  t.same(await plan(LIVE, { SWAYSOCK: STABLE, I3SOCK: STABLE }, [LIVE], 0, STABLE), { kind: 'keep' }, 'connected');
  t.same(
    await plan(null, { SWAYSOCK: STABLE, I3SOCK: STABLE }, [], 60_000, STABLE),
    { kind: 'keep' },
    'no Sway for long: kept, the next Sway is reached through it',
  );
  t.same(await plan(LIVE, { SWAYSOCK: STABLE }, [LIVE], 0, STABLE), { kind: 'set', vars: { I3SOCK: STABLE }, message: `I3SOCK=${STABLE} (was unset)` });
  t.match(
    await plan(LIVE, { SWAYSOCK: DEAD }, [LIVE], 0, STABLE),
    { kind: 'set', vars: { SWAYSOCK: STABLE, I3SOCK: STABLE } },
    'repaired to the stable socket',
  );
  t.same(await plan(LIVE, { SWAYSOCK: LIVE, I3SOCK: LIVE }, [LIVE], 0, STABLE), { kind: 'keep' }, "Sway's own path stays right too");
});

t.test('ManagerEnvironment: caches what it read, joins a read in flight, keeps the cache in step with its writes, closes its access', async (t) => {
  let reads = 0;
  let closed = 0;
  let block: Record<string, string> = { SWAYSOCK: DEAD, DISPLAY: ':0' };
  const written: string[] = [];
  const environment = new ManagerEnvironment({
    read: async () => {
      reads++;
      return { ...block };
    },
    set: async (vars) => void written.push(`set ${Object.keys(vars).join(' ')}`),
    unset: async (names) => void written.push(`unset ${names.join(' ')}`),
    close: () => void closed++,
  });
  t.equal(environment.current, null, 'unknown before the first read');
  const [a, b] = await Promise.all([environment.refresh(), environment.refresh()]);
  t.equal(reads, 1, 'two refreshes at once: one read');
  t.same(a, b);
  await environment.set({ SWAYSOCK: LIVE, I3SOCK: LIVE });
  t.same(environment.current, { SWAYSOCK: LIVE, DISPLAY: ':0', I3SOCK: LIVE });
  await environment.unset(['SWAYSOCK', 'I3SOCK']);
  t.same(environment.current, { DISPLAY: ':0' });
  t.same(written, ['set SWAYSOCK I3SOCK', 'unset SWAYSOCK I3SOCK']);
  block = { SWAYSOCK: LIVE };
  const seen = new Promise((resolve) => environment.once('refreshed', resolve));
  t.same(await environment.refresh(), { SWAYSOCK: LIVE }, 'a refresh after the last read is over reads again');
  t.same(await seen, { SWAYSOCK: LIVE }, 'and says so');
  t.equal(environment.reads, 2);
  environment.close();
  t.equal(closed, 1, 'close() closes the access');
});

t.test('STATUS= text for systemd', async (t) => {
  const base: SocketHealth = {
    status: 'healthy',
    socket_path: LIVE,
    last_validated: '2026-11-25T08:00:00.000Z',
    latency_ms: 0.2,
    reconnection_count: 0,
    uptime_seconds: 3,
    sway_pid: 20,
    sway_version: '1.7',
    environment_swaysock: null,
    environment_matches: null,
  };
  t.equal(statusText(base), `healthy: ${LIVE} (Sway 1.7, 0.2 ms)`);
  t.equal(statusText({ ...base, status: 'stale' }), `stale: ${LIVE} (Sway 1.7, 0.2 ms)`, 'stale by a replaced file: the round trip answered');
  t.equal(statusText({ ...base, status: 'stale', latency_ms: null }), `stale: ${LIVE} (Sway 1.7, no reply)`, 'stale by a timeout: no round trip to show');
  t.equal(statusText({ ...base, status: 'disconnected', latency_ms: null }), `disconnected (last: ${LIVE})`);
  t.equal(statusText({ ...base, status: 'disconnected', socket_path: null }), 'disconnected: no Sway found yet');
});

t.test('HealthMonitor with no Sway: disconnected, exactly the ten fields; the environment as the manager reports it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-health-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const logs: string[] = [];
  let env: ManagerEnv = null;
  const environment = new ManagerEnvironment({ read: async () => env, set: async () => undefined, unset: async () => undefined });
  const monitor = new HealthMonitor({
    runtimeDir: dir,
    intervalMs: 50,
    validationTimeoutMs: 200,
    environment,
    environmentIntervalMs: 50,
    repairEnvironment: true,
    log: (p, m) => logs.push(`${p}: ${m}`),
  });
  t.teardown(() => monitor.stop());
  await monitor.start();
  const none = monitor.snapshot();
  t.ok(resultValidator('get_socket_health')!(none), 'matches schemas/socket-health.schema.json');
  t.same(
    Object.keys(none),
    [
      'status',
      'socket_path',
      'last_validated',
      'latency_ms',
      'reconnection_count',
      'uptime_seconds',
      'sway_pid',
      'sway_version',
      'environment_swaysock',
      'environment_matches',
    ],
    'in the documented order',
  );
  t.same(none, {
    status: 'disconnected',
    socket_path: null,
    last_validated: null,
    latency_ms: null,
    reconnection_count: 0,
    uptime_seconds: 0,
    sway_pid: null,
    sway_version: null,
    environment_swaysock: null,
    environment_matches: null,
  });
  const changed = new Promise<SocketHealth>((resolve) => monitor.once('change', resolve));
  env = { SWAYSOCK: DEAD };
  const seen = await changed;
  t.equal(seen.environment_swaysock, DEAD, 'a change of the manager environment is pushed at the next read');
  t.equal(seen.environment_matches, null, 'unknown: no socket to compare with');
  t.same(logs, [], 'nothing logged while there is nothing to report');
});
