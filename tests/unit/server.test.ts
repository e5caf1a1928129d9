import t from 'tap';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SocketHealth } from '../../ts/rpc/protocol.js';
import { answerText, handleLine, RpcError, type LineAnswer, type LineLimits, type RpcMethod } from '../../ts/server/jsonrpc.js';
import { listenOnPath, prepareSocketPath, SocketPathError } from '../../ts/listen/served-socket.js';
import { paramsValidator } from '../../ts/rpc/schemas.js';
import { RpcServer, type ClientContext } from '../../ts/server/server.js';
import { lineClient } from '../helpers/line-client.js';
import { waitFor } from '../helpers/user-manager.js';

type Teardown = { teardown: (fn: () => unknown) => void };
const noParams = paramsValidator('get_socket_health');
const eventsParams = paramsValidator('daemon.events');

function tempDir(t: Teardown): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-server-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Answers of `later` wait here until the test releases them. */
const held: (() => void)[] = [];

/** Methods of a small service: `echo` ({limit}), `kib` (1 KiB of text), `fail` (RpcError 7), `crash` (a plain Error), `subscribe`, `later` (asynchronous). */
const methods = new Map<string, RpcMethod<ClientContext>>([
  ['kib', { params: noParams, handler: () => 'k'.repeat(1024) }],
  ['later', { params: noParams, handler: () => new Promise((resolve) => held.push(() => resolve('later'))) }],
  ['echo', { params: eventsParams, handler: (p) => p }],
  [
    'fail',
    {
      params: noParams,
      handler: () => {
        throw new RpcError(7, 'seven', { why: 'asked' });
      },
    },
  ],
  [
    'crash',
    {
      params: noParams,
      handler: () => {
        throw new Error('boom');
      },
    },
  ],
  [
    'subscribe',
    {
      params: noParams,
      handler: (_p, c) => {
        c.subscribe = true;
        return 'subscribed';
      },
    },
  ],
]);
const ctx = (): ClientContext => ({ subscribe: false, subscribed: false });

/** handleLine's answer to a line whose methods all answer synchronously. */
function now(a: LineAnswer | null | Promise<LineAnswer | null>): LineAnswer | null {
  if (a instanceof Promise) throw new Error('answered asynchronously');
  return a;
}

/** handleLine's answer to `line`, parsed (null when nothing is sent). */
function answer(line: string, limits?: LineLimits): unknown {
  const a = now(handleLine(line, methods, ctx(), limits));
  return a === null ? null : JSON.parse(answerText(a));
}

t.test('handleLine: the JSON-RPC 2.0 error codes and shapes', async (t) => {
  t.match(answer('{"jsonrpc":"2.0",'), { id: null, error: { code: -32700, message: 'Parse error' } });
  t.match(answer('{"jsonrpc":"2.0","id":"a","method":5}'), { id: 'a', error: { code: -32600 } });
  t.match(answer('{"jsonrpc":"2.0","id":1.5,"method":"echo"}'), { id: null, error: { code: -32600 } }, 'a fractional id is unusable');
  t.match(answer('{"jsonrpc":"2.0","id":1,"method":"nope"}'), { id: 1, error: { code: -32601, message: 'Method not found: nope' } });
  t.match(answer('{"jsonrpc":"2.0","id":2,"method":"echo","params":{"limit":0}}'), { id: 2, error: { code: -32602, data: '/limit must be >= 1' } });
  t.same(answer('{"jsonrpc":"2.0","id":3,"method":"echo","params":{"limit":4}}'), { jsonrpc: '2.0', id: 3, result: { limit: 4 } });
  t.same(answer('{"jsonrpc":"2.0","id":4,"method":"fail"}'), { jsonrpc: '2.0', id: 4, error: { code: 7, message: 'seven', data: { why: 'asked' } } });
  t.match(answer('{"jsonrpc":"2.0","id":5,"method":"crash","params":[]}'), { id: 5, error: { code: -32603, data: 'boom' } });
  t.equal(answer('{"jsonrpc":"2.0","method":"nope"}'), null, 'notifications are never answered, not even with errors');
  t.match(answer('[]'), { id: null, error: { code: -32600 } }, 'empty batch');
  t.equal(answer('[{"jsonrpc":"2.0","method":"echo"}]'), null, 'a batch of notifications: nothing');
  t.match(answer('[{"jsonrpc":"2.0","id":1,"method":"echo"},1]'), [
    { id: 1, result: {} },
    { id: null, error: { code: -32600 } },
  ]);
});

t.test('handleLine: a batch over the bound is refused whole, none of it runs', async (t) => {
  const limits: LineLimits = { maxBatchRequests: 3, maxAnswerBytes: 1 << 20 };
  const context = ctx();
  const batch = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'subscribe' })));
  t.same(JSON.parse(answerText(now(handleLine(batch(4), methods, context, limits))!)), {
    jsonrpc: '2.0',
    id: null,
    error: { code: -32600, message: 'Invalid Request', data: 'batch of 4 requests; at most 3' },
  });
  t.equal(context.subscribe, false, 'not even the first request ran');
  t.equal((answer(batch(3), limits) as unknown[]).length, 3, 'a batch at the bound is served');
  t.match(answer(batch(65)), { id: null, error: { code: -32600, data: 'batch of 65 requests; at most 64' } }, 'the default bound: 64');
});

t.test('handleLine: answers stop being built once they pass the answer bound', async (t) => {
  const limits: LineLimits = { maxBatchRequests: 64, maxAnswerBytes: 200 };
  const echo = (id: number) => ({ jsonrpc: '2.0', id, method: 'echo', params: { limit: 1 } }); // ~50 bytes answered
  const line = JSON.stringify([...[1, 2, 3, 4, 5, 6].map(echo), { jsonrpc: '2.0', method: 'echo' }, echo(7)]);
  const a = now(handleLine(line, methods, ctx(), limits))!;
  const answers = JSON.parse(answerText(a)) as { id: number; result?: unknown; error?: { code: number } }[];
  t.same(
    answers.map((r) => r.id),
    [1, 2, 3, 4, 5, 6, 7],
    'every request is answered, the notification is not',
  );
  const built = answers.filter((r) => 'result' in r).length;
  t.ok(built >= 4 && built < 7, `some were run (${built}), then the bound stopped it`);
  t.ok(
    answers.slice(built).every((r) => r.error?.code === -32001),
    'the rest: ANSWER_TOO_LARGE',
  );
  t.equal(a.errors, answers.length - built);
  t.ok(Buffer.byteLength(JSON.stringify(answers.slice(0, built))) < 200 + 60, 'the answers built stay within the bound plus one answer');
});

/** An RpcServer on a real Unix socket in a temporary directory. */
async function serve(t: Teardown, options: { maxClients: number; maxLineBytes?: number; maxQueuedBytes?: number }) {
  const path = join(tempDir(t), 'rpc.sock');
  const rpc = new RpcServer(methods, options);
  const server: Server = createServer();
  rpc.attach(server);
  await listenOnPath(server, path);
  t.teardown(() => {
    rpc.closeAll();
    if (server.listening) server.close();
  });
  return { rpc, path, server };
}

t.test('RpcServer: answers in order per client, lines split or packed any way', async (t) => {
  const { path } = await serve(t, { maxClients: 4 });
  const c = await lineClient(t, path);
  c.send('{"jsonrpc":"2.0","id":1,"method":"echo","params":{"limit":1}}\n{"jsonrpc":"2.0","id":2,');
  // The answer to id 1 shows the server has read the first write, half of id 2 included.
  t.match(await c.next(), { id: 1, result: { limit: 1 } });
  c.send('"method":"echo","params":{"limit":2}}\n\n  \n{"jsonrpc":"2.0","id":3,"method":"nope"}\n');
  t.match(await c.next(), { id: 2, result: { limit: 2 } }, 'a request split across writes');
  t.match(await c.next(), { id: 3, error: { code: -32601 } }, 'blank lines are skipped');
});

t.test('RpcServer: an asynchronous answer keeps the order: later requests of that client wait behind it, other clients do not', async (t) => {
  const { path } = await serve(t, { maxClients: 4 });
  const c = await lineClient(t, path);
  const other = await lineClient(t, path);
  c.send('{"jsonrpc":"2.0","id":1,"method":"later"}\n{"jsonrpc":"2.0","id":2,"method":"echo","params":{"limit":2}}\n');
  await waitFor(() => held.length === 1, 10_000, 'the asynchronous handler to run');
  other.send('{"jsonrpc":"2.0","id":9,"method":"echo","params":{"limit":9}}\n');
  t.match(await other.next(), { id: 9 }, 'another client is answered meanwhile');
  held.shift()!();
  t.match(await c.next(), { id: 1, result: 'later' });
  t.match(await c.next(), { id: 2, result: { limit: 2 } }, 'then the request sent after it');
  const batch = handleLine('[{"jsonrpc":"2.0","id":1,"method":"later"},{"jsonrpc":"2.0","id":2,"method":"nope"}]', methods, ctx());
  t.ok(batch instanceof Promise, 'a batch with an asynchronous member is answered asynchronously');
  held.shift()!();
  const text = '[{"jsonrpc":"2.0","id":1,"result":"later"},{"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"Method not found: nope"}}]';
  const answered = (await batch)!;
  t.same({ text: answerText(answered), bytes: answered.bytes, errors: answered.errors }, { text, bytes: Buffer.byteLength(text), errors: 1 });
});

t.test('handleLine: an asynchronous answer counts toward the answer bound before the next request runs', async (t) => {
  const context = ctx();
  const line = JSON.stringify([
    { jsonrpc: '2.0', id: 1, method: 'later' },
    { jsonrpc: '2.0', id: 2, method: 'subscribe' },
  ]);
  const pending = handleLine(line, methods, context, { maxBatchRequests: 64, maxAnswerBytes: 10 });
  t.ok(pending instanceof Promise);
  t.equal(context.subscribe, false, 'the request after the asynchronous one waits for its answer');
  held.shift()!();
  const answers = JSON.parse(answerText((await pending)!)) as { id: number; result?: unknown; error?: { code: number } }[];
  t.match(
    answers,
    [
      { id: 1, result: 'later' },
      { id: 2, error: { code: -32001 } },
    ],
    'the bound passed: the second was not run',
  );
  t.equal(context.subscribe, false);
});

t.test('RpcServer: a client that does not read is not read further until it takes its answers (backpressure), never dropped for them', async (t) => {
  const { rpc, path, server } = await serve(t, { maxClients: 4, maxQueuedBytes: 64 * 1024 });
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const slow = await lineClient(t, path);
  const serverSide = await accepted;
  slow.socket.pause();
  // 3,000 answers of 1 KiB: 45 times the 64 KiB bound of unsent output.
  const count = 3000;
  slow.send(Array.from({ length: count }, (_, i) => `{"jsonrpc":"2.0","id":${i},"method":"kib"}\n`).join(''));
  await waitFor(() => serverSide.isPaused(), 10_000, 'the server to stop reading the client that does not read');
  t.ok(rpc.counters.requests < count, `the server holds the rest unread (${rpc.counters.requests} of ${count} answered)`);
  t.ok(serverSide.writableLength <= 64 * 1024, `its unsent output stays within the bound (${serverSide.writableLength} bytes)`);
  const other = await lineClient(t, path);
  other.send('{"jsonrpc":"2.0","id":"x","method":"echo"}\n');
  t.match(await other.next(), { id: 'x', result: {} }, 'another client is served meanwhile');
  slow.socket.resume();
  const ids: unknown[] = [];
  for (let i = 0; i < count; i++) ids.push(((await slow.next()) as { id: number }).id);
  t.same(
    ids,
    Array.from({ length: count }, (_, i) => i),
    'every answer, in order, once it reads',
  );
  t.equal(rpc.counters.clients_dropped, 0);
  t.equal(rpc.counters.requests, count + 1);
});

t.test('RpcServer: a line over the bound gets an error and only that client is closed', async (t) => {
  const { rpc, path } = await serve(t, { maxClients: 4, maxLineBytes: 1024 });
  const big = await lineClient(t, path);
  const noNewline = await lineClient(t, path);
  const other = await lineClient(t, path);
  big.send(`{"jsonrpc":"2.0","id":1,"method":"${'x'.repeat(2000)}"}\n`);
  t.match(await big.next(), { id: null, error: { code: -32600, message: 'request line exceeds 1024 bytes; closing the connection' } });
  await big.closed;
  noNewline.send('y'.repeat(1500));
  t.match(await noNewline.next(), { error: { code: -32600 } }, 'an unterminated line is bounded too');
  await noNewline.closed;
  other.send('{"jsonrpc":"2.0","id":9,"method":"echo"}\n');
  t.match(await other.next(), { id: 9, result: {} }, 'others are served');
  t.equal(rpc.counters.errors, 2);
});

t.test('RpcServer: an oversized line is refused as it streams, before its end arrives; the server answers afterwards', async (t) => {
  const { rpc, path } = await serve(t, { maxClients: 4, maxLineBytes: 1024 });
  const hostile = await lineClient(t, path);
  hostile.socket.on('error', () => {});
  for (let i = 0; i < 3; i++) hostile.send(`[${'{"jsonrpc":"2.0","id":1,"method":"echo"},'.repeat(12)}`); // 3 x ~500 bytes, no newline ever
  t.match(await hostile.next(), { id: null, error: { code: -32600, message: 'request line exceeds 1024 bytes; closing the connection' } });
  await hostile.closed;
  t.equal(rpc.clientCount, 0, 'the client is dropped');
  const c = await lineClient(t, path);
  c.send('{"jsonrpc":"2.0","id":1,"method":"echo","params":{"limit":');
  c.send('2}}\n');
  t.match(await c.next(), { id: 1, result: { limit: 2 } }, 'a later client is served');
});

t.test('RpcServer: a multi-byte character split across writes decodes', async (t) => {
  const { path } = await serve(t, { maxClients: 4 });
  const c = await lineClient(t, path);
  const bytes = Buffer.from('{"jsonrpc":"2.0","id":"\u00e9\u20ac","method":"echo"}\n');
  const cut = bytes.indexOf(0xe2) + 1; // inside the three bytes of the euro sign
  c.socket.write(bytes.subarray(0, cut));
  await new Promise((r) => setImmediate(r));
  c.socket.write(bytes.subarray(cut));
  t.match(await c.next(), { id: '\u00e9\u20ac', result: {} });
});

t.test('RpcServer: at most maxClients at once; a freed slot is usable again', async (t) => {
  const { rpc, path, server } = await serve(t, { maxClients: 2 });
  const a = await lineClient(t, path);
  const b = await lineClient(t, path);
  const c = await lineClient(t, path);
  t.match(await c.next(), { id: null, error: { code: -32000, message: 'too many clients (at most 2)' } });
  await c.closed;
  t.equal(rpc.clientCount, 2);
  a.socket.destroy();
  await a.closed;
  await waitFor(() => rpc.clientCount === 1, 10_000, 'the server to see the client go');
  const d = await lineClient(t, path);
  d.send('{"jsonrpc":"2.0","id":1,"method":"echo"}\n');
  t.match(await d.next(), { id: 1, result: {} });
  b.send('{"jsonrpc":"2.0","id":2,"method":"echo"}\n');
  t.match(await b.next(), { id: 2, result: {} });
  t.equal(rpc.counters.clients_refused, 1);

  // A refused client that keeps its side open does not hold up a stop (SIGTERM): closeAll ends
  // it too (a full close, not its 1 s grace), so the server can close.
  const refusedSide = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const halfOpen = connect({ path, allowHalfOpen: true });
  halfOpen.on('error', () => {});
  halfOpen.resume();
  await new Promise((r) => halfOpen.once('end', r));
  const refused = await refusedSide;
  t.equal(refused.destroyed, false, 'refused and half-closed by the server, its grace running: still open');
  rpc.closeAll();
  t.equal(refused.destroyed, true, 'closeAll closed it fully at once, without waiting for the grace');
  await new Promise((r) => server.close(r));
});

t.test('RpcServer: notifications go to subscribers only, after the subscribe answer; a stuck one is dropped, nobody waits', async (t) => {
  const { rpc, path } = await serve(t, { maxClients: 8, maxQueuedBytes: 64 * 1024 });
  const plain = await lineClient(t, path);
  const sub = await lineClient(t, path);
  const stuck = await lineClient(t, path);
  for (const c of [sub, stuck]) {
    c.send('{"jsonrpc":"2.0","id":1,"method":"subscribe"}\n');
    t.match(await c.next(), { id: 1, result: 'subscribed' });
  }
  t.equal(rpc.subscriberCount, 2);
  stuck.socket.pause();
  // 1 KiB each, 600 of them: more than the kernel's socket buffer plus the 64 KiB bound. The
  // reader gets each one before the next is sent; the stuck client's output piles up.
  const payload: SocketHealth = {
    status: 'healthy',
    socket_path: `/run/${'z'.repeat(1024)}`,
    last_validated: null,
    latency_ms: null,
    reconnection_count: 0,
    uptime_seconds: 0,
    sway_pid: null,
    sway_version: null,
    environment_swaysock: null,
    environment_matches: null,
  };
  let intact = 0;
  for (let i = 0; i < 600; i++) {
    rpc.notify('socket_health_changed', payload);
    const got = (await sub.next()) as { method: string; params: unknown };
    if (got.method === 'socket_health_changed' && (got.params as SocketHealth).socket_path === payload.socket_path) intact++;
  }
  t.equal(intact, 600, 'the reader got every notification, each before the next was sent, while the stuck one piled up');
  t.equal(rpc.counters.clients_dropped, 1, 'the stuck subscriber passed its 64 KiB bound and was dropped');
  t.equal(rpc.subscriberCount, 1);
  stuck.socket.resume();
  await stuck.closed;
  plain.send('{"jsonrpc":"2.0","id":5,"method":"echo"}\n');
  t.match(await plain.next(), { id: 5, result: {} }, 'the non-subscriber got no notification, only its answer');
});

t.test('prepareSocketPath: makes a 0700 directory; refuses unsafe ones', async (t) => {
  const dir = tempDir(t);
  const uid = process.getuid!();
  const path = join(dir, 'swaysock', 'healthd.sock');
  t.equal(await prepareSocketPath(path, uid), false, 'nothing to replace');
  t.equal(statSync(join(dir, 'swaysock')).mode & 0o777, 0o700);

  const open = join(dir, 'open');
  mkdirSync(open);
  chmodSync(open, 0o711);
  await t.rejects(
    prepareSocketPath(join(open, 's.sock'), uid),
    new SocketPathError(`${open} has mode 0711, open to group or others; refusing to serve there (chmod 0700 ${open})`),
  );
  const link = join(dir, 'link');
  symlinkSync(join(dir, 'swaysock'), link);
  await t.rejects(prepareSocketPath(join(link, 's.sock'), uid), /is not a directory \(a symlink\?\)/);
  const foreign = join(dir, 'foreign');
  mkdirSync(foreign, { mode: 0o700 });
  if (uid === 0) chownSync(foreign, 1, 1);
  await t.rejects(prepareSocketPath(join(foreign, 's.sock'), uid === 0 ? 0 : uid + 1), /belongs to UID \d+, not to us/);
  const file = join(dir, 'swaysock', 'file.sock');
  writeFileSync(file, '');
  await t.rejects(prepareSocketPath(file, uid), /exists and is not a socket; refusing to replace it/);
  t.ok(existsSync(file), 'left alone');
});

t.test("prepareSocketPath: refuses a live listener's path, removes a dead one's", async (t) => {
  const dir = join(tempDir(t), 'swaysock');
  mkdirSync(dir, { mode: 0o700 });
  const live = join(dir, 'live.sock');
  const server = createServer();
  await listenOnPath(server, live);
  t.teardown(() => server.close());
  t.equal(statSync(live).mode & 0o777, 0o600, 'listenOnPath makes the socket 0600');
  await t.rejects(prepareSocketPath(live), /a live swaysock-healthd already serves/);

  // A dead listener: a process that bound the path and was killed leaves the socket file behind.
  const dead = join(dir, 'dead.sock');
  const child = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(dead)}, () => console.log('up'))`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH },
  });
  await new Promise((r) => child.stdout.once('data', r));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  t.ok(existsSync(dead), 'the dead socket file is there');
  t.equal(await prepareSocketPath(dead), true, 'reported as replaced');
  t.notOk(existsSync(dead), 'and removed');
});
