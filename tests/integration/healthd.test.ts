import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { resultValidator } from '../../ts/rpc/schemas.js';
import { DaemonClient } from '../../ts/rpc/client.js';
import { defaultDaemonSocket } from '../../ts/paths/paths.js';
import { HEALTHD, HEALTHD_NODE_FLAGS, nextHealth, programEnv, startHealthd } from '../helpers/daemon.js';
import { waitFor } from '../helpers/user-manager.js';
import { startSway } from '../helpers/sway.js';
import { asTestUser, makeRuntimeDir } from '../helpers/user.js';

const [socketHealth, daemonStatus, healthEvents] = (['get_socket_health', 'daemon.status', 'daemon.events'] as const).map((m) => resultValidator(m)!);

t.test('healthy on the live socket; SIGKILL → disconnected at once; a new Sway → healthy, reconnection_count 1', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const first = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '60']);
  const client = await daemon.client();

  const health = await client.call('subscribe');
  t.ok(socketHealth(health), 'result matches schemas/socket-health.schema.json');
  t.equal(health.status, 'healthy');
  t.equal(health.socket_path, first.socketPath);
  t.equal(health.sway_pid, first.pid);
  t.match(health.sway_version, /^\d+\.\d+/);
  t.ok(typeof health.latency_ms === 'number' && health.latency_ms > 0, `a measured latency: ${health.latency_ms} ms`);
  t.equal(health.reconnection_count, 0);

  // "At once": from the connection's EOF, not at the next validation (--interval 60); the
  // figure (about 1.5 ms) is measured by `node bench/run.mjs healthd`.
  const lost = nextHealth<SocketHealth>(client, (h) => h.status === 'disconnected', 10_000);
  await first.kill('SIGKILL');
  const down = await lost;
  t.ok(socketHealth(down));
  t.equal(down.socket_path, first.socketPath, 'last known path kept while disconnected');
  t.equal(down.latency_ms, null);
  t.equal(down.uptime_seconds, 0);

  const back = nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 30_000); // Sway's start included
  const second = await startSway(dir, t.teardown);
  const up = await back;
  t.equal(up.socket_path, second.socketPath, 'healthy on the new path');
  t.equal(up.reconnection_count, 1);
  t.equal(up.sway_pid, second.pid);

  const events = await client.call('daemon.events', { limit: 10 });
  t.ok(healthEvents(events));
  t.same(
    (events as { to: string }[]).map((e) => e.to),
    ['healthy', 'disconnected', 'healthy'],
  );
  const status = await client.call('daemon.status');
  t.ok(daemonStatus(status), 'daemon.status matches its schema');
  t.equal(status.pid, daemon.pid);
  t.equal(status.subscribers, 1);
  const changes = daemon
    .log()
    .split('\n')
    .filter((l) => /^(<\d>)?(healthy|stale|disconnected):/.test(l));
  t.same(
    changes.map((l) => l.split(':')[0]),
    ['healthy', 'disconnected', 'healthy'],
    'one plain log line per change (stderr is no journal)',
  );
});

t.test('connects to the live Sway while a stale socket lies beside it; waits for a Sway when none runs', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const dead = await startSway(dir, t.teardown);
  await dead.kill('SIGKILL');
  const daemon = await startHealthd(dir, t.teardown);
  const client = await daemon.client();
  const none = await client.call('subscribe');
  t.equal(none.status, 'disconnected');
  t.equal(none.socket_path, null, 'never connected: no path');
  t.equal(none.last_validated, null);
  const up = nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 30_000); // Sway's start included
  const live = await startSway(dir, t.teardown);
  t.equal((await up).socket_path, live.socketPath);
  t.equal((await client.call('get_socket_health')).reconnection_count, 0, 'the first connection is no reconnection');
});

t.test('SIGTERM: exits 0 and removes its socket', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  daemon.process.kill('SIGTERM');
  const { code } = await daemon.exited;
  t.equal(code, 0);
  t.notOk(existsSync(daemon.socketPath), 'socket removed');
});

t.test('run as a program (its #! line), the daemon gets the Node flags it ships with: a young generation of 2 x 1 MiB', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  t.same(HEALTHD_NODE_FLAGS, ['--max-semi-space-size=1'], 'package.json names the flag (docs/healthd.md, "Memory")');
  const [cmd, argv] = asTestUser(HEALTHD, []);
  const child = spawn(cmd, argv, { env: programEnv(dir), stdio: 'ignore' });
  t.teardown(() => child.kill('SIGKILL'));
  let client: DaemonClient | undefined;
  await waitFor(
    async () => (client = await DaemonClient.connect(defaultDaemonSocket(dir)).catch(() => undefined)) !== undefined,
    30_000,
    'the daemon to serve',
  );
  t.teardown(() => client?.close());
  t.equal((await client!.call('daemon.status')).pid, child.pid, 'the program itself serves (setpriv, env and the #! line exec in place)');
  const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
  t.same(cmdline.slice(0, 3), ['node', ...HEALTHD_NODE_FLAGS, HEALTHD], `node ${HEALTHD_NODE_FLAGS.join(' ')} ${HEALTHD}`);
});
