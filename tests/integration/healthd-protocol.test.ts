import t from 'tap';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { DaemonClient } from '../../ts/rpc/client.js';
import { resultValidator } from '../../ts/rpc/schemas.js';
import { nextHealth, programEnv, startHealthd, HEALTHD } from '../helpers/daemon.js';
import { lineClient } from '../helpers/line-client.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, chownToTestUser, makeRuntimeDir } from '../helpers/user.js';

const socketHealth = resultValidator('get_socket_health')!;

t.test('malformed JSON, unknown methods and bad params get JSON-RPC errors; the connection and others keep being served', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  const raw = await lineClient(t, daemon.socketPath);
  const other = await daemon.client();
  raw.send('{"jsonrpc":"2.0","id":1,"method":\n');
  t.match(await raw.next(), { id: null, error: { code: -32700 } });
  raw.send('{"jsonrpc":"2.0","id":2,"method":"no_such_method"}\n');
  t.match(await raw.next(), { id: 2, error: { code: -32601 } });
  raw.send('{"jsonrpc":"2.0","id":3,"method":"daemon.events","params":{"limit":"ten"}}\n');
  t.match(await raw.next(), { id: 3, error: { code: -32602, data: /limit/ } });
  raw.send('{"jsonrpc":"1.0","id":4,"method":"get_socket_health"}\n');
  t.match(await raw.next(), { id: 4, error: { code: -32600 } });
  raw.send('[{"jsonrpc":"2.0","id":5,"method":"get_socket_health"},{"jsonrpc":"2.0","method":"get_socket_health"},7]\n');
  t.match(
    await raw.next(),
    [
      { id: 5, result: { status: 'healthy' } },
      { id: null, error: { code: -32600 } },
    ],
    'batch: notifications get no answer',
  );
  raw.send('{"jsonrpc":"2.0","id":6,"method":"get_socket_health"}\n');
  t.match(await raw.next(), { id: 6, result: { status: 'healthy' } }, 'same connection still served');
  t.equal((await other.call('get_socket_health')).status, 'healthy', 'other clients still served');
});

t.test('a line over 64 KiB gets an error and only that client is closed', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  const big = await lineClient(t, daemon.socketPath);
  const other = await daemon.client();
  big.send(`{"jsonrpc":"2.0","id":1,"method":"${'x'.repeat(70 * 1024)}"}\n`);
  t.match(await big.next(), { id: null, error: { code: -32600, message: /exceeds 65536 bytes/ } });
  await big.closed;
  t.pass('the oversize client was closed');
  t.equal((await other.call('get_socket_health')).status, 'healthy');
});

t.test(
  'an endless line is refused before its end; batches over 64 requests or 256 KiB of answers are bounded; the daemon answers correctly afterwards',
  async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    const sway = await startSway(dir, t.teardown);
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.05', '--validation-timeout', '50']);
    const observer = await daemon.client();
    await observer.call('subscribe');
    // History for daemon.events, 50 status changes (stale <-> healthy as Sway stops and continues):
    // 64 full answers would be ~500 KiB.
    for (let i = 0; i < 25; i++) {
      const stale = nextHealth<SocketHealth>(observer, (h) => h.status === 'stale', 30_000);
      sway.process.kill('SIGSTOP');
      await stale;
      const healthy = nextHealth<SocketHealth>(observer, (h) => h.status === 'healthy', 30_000);
      sway.process.kill('SIGCONT');
      await healthy;
    }

    const endless = await lineClient(t, daemon.socketPath);
    endless.socket.on('error', () => {});
    for (let i = 0; i < 3; i++) endless.send('['.repeat(32 * 1024)); // 96 KiB, no newline: never complete
    t.match(await endless.next(), { id: null, error: { code: -32600, message: 'request line exceeds 65536 bytes; closing the connection' } });
    await endless.closed;
    t.pass('dropped without the line ever ending');

    const raw = await lineClient(t, daemon.socketPath);
    const events = (n: number) =>
      JSON.stringify(Array.from({ length: n }, (_, id) => ({ jsonrpc: '2.0', id, method: 'daemon.events', params: { limit: 256 } })));
    raw.send(`${events(850)}\n`);
    t.same(await raw.next(), { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request', data: 'batch of 850 requests; at most 64' } });
    raw.send(`${events(64)}\n`);
    const answers = (await raw.next()) as { id: number; result?: unknown[]; error?: { code: number } }[];
    t.equal(answers.length, 64, 'every request of the batch is answered');
    const built = answers.filter((a) => a.result !== undefined);
    t.ok(built.length >= 1 && built.length < 64, `${built.length} built before the bound`);
    t.ok(
      answers.slice(built.length).every((a) => a.error?.code === -32001),
      'the rest: ANSWER_TOO_LARGE',
    );
    t.ok(
      Buffer.byteLength(JSON.stringify(built)) <= 256 * 1024 + Buffer.byteLength(JSON.stringify(built.at(-1))),
      'the answers built stay within 256 KiB plus the one that crossed it',
    );

    raw.send('{"jsonrpc":"2.0","id":"after","method":"get_socket_health"}\n');
    // Its status is not asserted: with a 50 ms validation timeout a busy machine may have the
    // running Sway stale for a moment (the timer fires before the late reply is read).
    const after = (await raw.next()) as { id: unknown; result: unknown };
    t.equal(after.id, 'after', 'the same connection is served afterwards');
    t.ok(socketHealth(after.result), `with a health object matching its schema: ${JSON.stringify(after.result)}`);
    t.match(after.result, { socket_path: sway.socketPath }, 'for the live Sway');
  },
);

t.test('at most --max-clients at once; the next gets an error', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--max-clients', '2']);
  const a = await daemon.client();
  const b = await daemon.client();
  await Promise.all([a.call('get_socket_health'), b.call('get_socket_health')]);
  const c = await lineClient(t, daemon.socketPath);
  t.match(await c.next(), { id: null, error: { code: -32000, message: /too many clients/ } });
  await c.closed;
  t.equal((await a.call('get_socket_health')).status, 'healthy');
  const status = await a.call('daemon.status');
  t.equal(status.counters.clients_refused, 1);
});

t.test(
  'a client that sends requests and does not read is not read further meanwhile (backpressure), is never dropped for it, and gets every answer in order once it reads; others are served meanwhile',
  async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    const sway = await startSway(dir, t.teardown);
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2']);
    const watcher = await daemon.client();
    await watcher.call('subscribe');
    const status = () => watcher.call('daemon.status');
    const stuck = await lineClient(t, daemon.socketPath);
    stuck.send('{"jsonrpc":"2.0","id":0,"method":"subscribe"}\n');
    await stuck.next();
    stuck.socket.pause();
    // 10,000 requests (~0.5 MB) whose answers (~4 MB) are 4 times the 1 MiB bound of unsent output:
    // a daemon that answered them all while nobody reads would drop this client.
    const count = 10_000;
    const before = (await status()).counters.requests;
    stuck.send(Array.from({ length: count }, (_, i) => `{"jsonrpc":"2.0","id":${i + 1},"method":"daemon.status"}\n`).join(''));
    await waitFor(async () => (await status()).counters.requests >= before + 100, 10_000, 'the daemon to answer the first of them');
    const down = nextHealth<SocketHealth>(watcher, (h) => h.status === 'disconnected', 10_000);
    await sway.kill('SIGKILL');
    t.equal((await down).status, 'disconnected', 'the other subscriber got the change while the stuck one holds unsent output');
    const meanwhile = await status();
    t.ok(
      meanwhile.counters.requests < before + count,
      `the daemon stopped reading the stuck client (${meanwhile.counters.requests - before} of ${count} answered)`,
    );
    t.match(meanwhile, { clients: 2, counters: { clients_dropped: 0 } }, 'the stuck client is still attached');
    stuck.socket.resume();
    const ids: unknown[] = [];
    const dropped = stuck.closed.then(() => {
      throw new Error(`the daemon closed the connection after ${ids.length} of ${count} answers`);
    });
    while (ids.length < count) {
      const line = (await Promise.race([stuck.next(), dropped])) as { id?: number; method?: string };
      if (line.method === undefined) ids.push(line.id); // its health notifications come among the answers
    }
    t.same(
      ids,
      Array.from({ length: count }, (_, i) => i + 1),
      'every answer, in order, once it reads',
    );
    t.match(await status(), { clients: 2, counters: { clients_dropped: 0 } });
  },
);

t.test('refuses a group- or world-accessible socket directory', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sockDir = join(dir, 'swaysock');
  mkdirSync(sockDir);
  chmodSync(sockDir, 0o750);
  chownToTestUser(sockDir);
  await t.rejects(startHealthd(dir, t.teardown), /mode 0750, open to group or others; refusing/);
});

t.test("refuses a live daemon's path and replaces a dead one's", async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const first = await startHealthd(dir, t.teardown);
  await t.rejects(startHealthd(dir, t.teardown), /a live swaysock-healthd already serves/);
  first.process.kill('SIGKILL');
  await first.exited;
  const second = await startHealthd(dir, t.teardown);
  t.match(second.log(), /removed a dead daemon's socket/);
  const client = await second.client();
  t.equal((await client.call('get_socket_health')).status, 'healthy');
});

t.test('socket activation: serves the socket systemd-socket-activate passes as fd 3, and leaves it in place', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const path = join(dir, 'activated.sock');
  const [cmd, argv] = asTestUser('systemd-socket-activate', ['-l', path, '-E', 'XDG_RUNTIME_DIR', '-E', 'PATH', process.execPath, HEALTHD]);
  const activator = spawn(cmd, argv, { env: programEnv(dir), stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  activator.stderr.on('data', (d) => (log += d));
  t.teardown(() => activator.kill('SIGKILL'));
  let client: DaemonClient | undefined;
  // The first call starts the daemon (systemd-socket-activate execs it on the connection): its
  // deadline includes Node's start and the first discovery.
  await waitFor(
    async () => (client = await DaemonClient.connect(path, { timeoutMs: 30_000 })) !== undefined,
    30_000,
    () => `a connection through the passed socket (${log})`,
  );
  t.teardown(() => client?.close());
  const status = await client!.call('daemon.status');
  t.equal(status.socket_activated, true);
  t.equal(status.pid, activator.pid, "systemd-socket-activate exec'd the daemon");
  t.equal((await client!.call('get_socket_health')).status, 'healthy');
  const exited = new Promise<number | null>((resolve) => activator.once('exit', resolve));
  activator.kill('SIGTERM');
  t.equal(await exited, 0, 'SIGTERM: a clean exit');
  t.ok(existsSync(path), 'the socket it was given is left in place');
});
