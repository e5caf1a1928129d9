import t from 'tap';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DaemonClient, DaemonClosedError, DaemonRpcError, DaemonTimeoutError, DaemonUnreachableError } from '../../ts/rpc/client.js';
import { keptLimit, timerStart } from '../helpers/time-limits.js';

type Teardown = { teardown: (fn: () => unknown) => void };

function tempDir(t: Teardown): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-rpc-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A peer that speaks the line protocol from a script: `onLine(request, socket)` decides what to
 * write back. It lets the client meet what a real daemon does only rarely (answers out of order,
 * several per write, a close mid-call) — the daemon itself is tested in tests/integration.
 */
async function peer(t: Teardown, onLine: (request: { id: number; method: string }, socket: Socket) => void): Promise<string> {
  const path = join(tempDir(t), 'peer.sock');
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    socket.on('data', (d: string) => {
      buffer += d;
      let i: number;
      while ((i = buffer.indexOf('\n')) !== -1) {
        onLine(JSON.parse(buffer.slice(0, i)), socket);
        buffer = buffer.slice(i + 1);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  t.teardown(() => server.close());
  return path;
}

const reply = (id: number | null, body: object) => `${JSON.stringify({ jsonrpc: '2.0', id, ...body })}\n`;

t.test('connect: DaemonUnreachableError names the path and the errno', async (t) => {
  const dir = tempDir(t);
  const missing = join(dir, 'healthd.sock');
  const err = await DaemonClient.connect(missing).catch((e: unknown) => e);
  t.ok(err instanceof DaemonUnreachableError);
  t.match(err, {
    socketPath: missing,
    code: 'ERR_SWAYSOCK_DAEMON_UNREACHABLE',
    systemCode: 'ENOENT',
    message: `cannot reach swaysock-healthd at ${missing} (ENOENT)`,
  });

  // A socket file nobody listens on: what a crashed daemon leaves.
  const dead = join(dir, 'dead.sock');
  const child = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(dead)}, () => console.log('up'))`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH },
  });
  await new Promise((r) => child.stdout.once('data', r));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  t.match(await DaemonClient.connect(dead).catch((e: unknown) => e), {
    name: 'DaemonUnreachableError',
    code: 'ERR_SWAYSOCK_DAEMON_UNREACHABLE',
    systemCode: 'ECONNREFUSED',
  });
});

t.test('call: answers matched by id whatever their order; errors become DaemonRpcError', async (t) => {
  const held: { id: number; method: string }[] = [];
  const path = await peer(t, (req, socket) => {
    held.push(req);
    if (held.length < 3) return;
    // Answer all three at once, in reverse order, in one write.
    socket.write(
      held
        .reverse()
        .map((r) =>
          r.method === 'daemon.events'
            ? reply(r.id, { error: { code: -32602, message: 'Invalid params', data: '/limit must be integer' } })
            : reply(r.id, { result: r.method }),
        )
        .join(''),
    );
  });
  const client = await DaemonClient.connect(path);
  t.teardown(() => client.close());
  const [a, b, c] = await Promise.allSettled([client.call('get_socket_health'), client.call('daemon.events', { limit: 1.5 }), client.call('daemon.status')]);
  t.same(a, { status: 'fulfilled', value: 'get_socket_health' });
  t.same(c, { status: 'fulfilled', value: 'daemon.status' });
  t.equal(b.status, 'rejected');
  const err = (b as PromiseRejectedResult).reason;
  t.ok(err instanceof DaemonRpcError);
  t.match(err, {
    code: 'ERR_SWAYSOCK_DAEMON_RPC',
    rpcName: 'INVALID_PARAMS',
    rpcCode: -32602,
    data: '/limit must be integer',
    message: 'Invalid params (JSON-RPC error -32602): /limit must be integer',
  });
});

t.test('notifications are emitted; lines split across writes decode', async (t) => {
  const path = await peer(t, (req, socket) => {
    const text = `${reply(req.id, { result: 'ok' })}${JSON.stringify({ jsonrpc: '2.0', method: 'socket_health_changed', params: { status: 'stale' } })}\n`;
    socket.write(text.slice(0, 7));
    setTimeout(() => socket.write(text.slice(7)), 20);
  });
  const client = await DaemonClient.connect(path);
  t.teardown(() => client.close());
  const seen = new Promise<[string, unknown]>((resolve) => client.once('notification', (m, p) => resolve([m, p])));
  t.equal(await client.call('subscribe'), 'ok');
  t.same(await seen, ['socket_health_changed', { status: 'stale' }]);
});

t.test('a close mid-call rejects with DaemonClosedError; an error with id null fails every pending call', async (t) => {
  const closing = await peer(t, (_req, socket) => socket.destroy());
  const a = await DaemonClient.connect(closing);
  const closed = new Promise<void>((resolve) => a.once('close', resolve));
  const err = await a.call('get_socket_health').catch((e: unknown) => e);
  t.ok(err instanceof DaemonClosedError);
  t.match(err, { message: `swaysock-healthd at ${closing} closed the connection` });
  await closed;
  t.pass('close is emitted');
  await t.rejects(a.call('get_socket_health'), new DaemonClosedError(closing), 'a call after the close fails at once');

  const refusing = await peer(t, (_req, socket) => socket.write(reply(null, { error: { code: -32000, message: 'too many clients (at most 1)' } })));
  const b = await DaemonClient.connect(refusing);
  t.teardown(() => b.close());
  await t.rejects(Promise.all([b.call('get_socket_health'), b.call('daemon.status')]), {
    name: 'DaemonRpcError',
    code: 'ERR_SWAYSOCK_DAEMON_RPC',
    rpcName: 'TOO_MANY_CLIENTS',
    rpcCode: -32000,
  });
});

t.test('a call without an answer rejects with DaemonTimeoutError at its deadline', async (t) => {
  const held: { id: number }[] = [];
  const path = await peer(t, (req) => held.push(req));
  const client = await DaemonClient.connect(path, { timeoutMs: 50 });
  t.teardown(() => client.close());
  const started = await timerStart();
  const err = await client.call('daemon.status').catch((e: unknown) => e);
  keptLimit(t, performance.now() - started, 50, 'the call deadline');
  t.ok(err instanceof DaemonTimeoutError);
  t.match(err, { code: 'ERR_SWAYSOCK_DAEMON_TIMEOUT', socketPath: path, method: 'daemon.status', timeoutMs: 50 });
  t.equal(held.length, 1, 'the request was sent');
});
