/**
 * The daemon's method table without sockets: each handler answers from its parts through
 * handleLine, with the params validator of its method (ts/rpc/protocol.ts, METHOD_SCHEMAS), on a
 * real in-memory health history.
 */
import t from 'tap';
import { HistoryStore } from '../../ts/history/store.js';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { METHOD_NAMES, METHOD_SCHEMAS, type DaemonStatus } from '../../ts/rpc/protocol.js';
import { paramsValidator, resultValidator } from '../../ts/rpc/schemas.js';
import { answerText, handleLine, type LineAnswer } from '../../ts/server/jsonrpc.js';
import { daemonMethods, type MethodParts } from '../../ts/server/methods.js';
import type { ClientContext } from '../../ts/server/server.js';

const HEALTH: SocketHealth = {
  status: 'healthy',
  socket_path: '/run/user/1000/sway-ipc.1000.5.sock',
  last_validated: '2026-11-25T08:33:43.966Z',
  latency_ms: 0.2,
  reconnection_count: 0,
  uptime_seconds: 1,
  sway_pid: 5,
  sway_version: '1.7',
  environment_swaysock: null,
  environment_matches: null,
};

/** The table over a real in-memory history; `removals` counts what cleanup.removed reported. */
function table() {
  const history = new HistoryStore({ dir: null, log: () => {} });
  const counted = { removals: 0 };
  const status = { version: '0', pid: 1 } as DaemonStatus;
  const parts: MethodParts = {
    health: () => HEALTH,
    history,
    status: () => status,
    metricsText: async () => '# metrics\n',
    countRemovals: (n) => (counted.removals += n),
  };
  return { methods: daemonMethods(parts), history, counted, status };
}

/** The parsed answer to one request line, and the client's context after it. */
async function call(methods: ReturnType<typeof table>['methods'], method: string, params?: unknown) {
  const client: ClientContext = { subscribe: false, subscribed: false };
  const line = JSON.stringify(params === undefined ? { jsonrpc: '2.0', id: 1, method } : { jsonrpc: '2.0', id: 1, method, params });
  const answer = (await handleLine(line, methods, client)) as LineAnswer;
  return { answer: JSON.parse(answerText(answer)) as { result?: unknown; error?: { code: number } }, client };
}

t.test('one entry per method of the protocol, each with its own params validator', async (t) => {
  const { methods } = table();
  t.same([...methods.keys()].sort(), [...METHOD_NAMES].sort());
  for (const name of METHOD_NAMES) t.equal(methods.get(name)!.params, paramsValidator(name), `${name}: params ${METHOD_SCHEMAS[name].params}`);
});

t.test('get_socket_health and subscribe answer the health; only subscribe subscribes', async (t) => {
  const { methods } = table();
  const plain = await call(methods, 'get_socket_health');
  t.same(plain.answer.result, HEALTH);
  t.ok(resultValidator('get_socket_health')!(plain.answer.result));
  t.equal(plain.client.subscribe, false);
  const sub = await call(methods, 'subscribe');
  t.same(sub.answer.result, HEALTH);
  t.equal(sub.client.subscribe, true, 'the server subscribes the client once the answer is written');
  t.match((await call(methods, 'subscribe', { extra: 1 })).answer, { error: { code: -32602 } }, 'no params taken');
});

t.test('daemon.status and daemon.metrics answer what their parts give', async (t) => {
  const { methods, status } = table();
  t.same((await call(methods, 'daemon.status')).answer.result, status);
  t.equal((await call(methods, 'daemon.metrics')).answer.result, '# metrics\n');
});

t.test('cleanup.removed records each removal in the history and counts them; daemon.events reads them back', async (t) => {
  const { methods, counted } = table();
  const removed = [
    { path: '/run/user/1000/sway-ipc.1000.7.sock', reason: 'nobody listens' },
    { path: '/run/user/1000/sway-ipc.1000.8.sock', reason: 'PID gone' },
  ];
  t.same((await call(methods, 'cleanup.removed', { removed })).answer.result, { recorded: 2 });
  t.equal(counted.removals, 2);
  t.same((await call(methods, 'daemon.events')).answer.result, [], 'status records only, by default');
  const events = (await call(methods, 'daemon.events', { types: ['cleanup_removal'] })).answer.result as { socket_path: string; cause: string }[];
  t.same(
    events.map((e) => [e.socket_path, e.cause]),
    removed.map((r) => [r.path, 'cleanup']),
  );
  t.ok(resultValidator('daemon.events')!(events));
  t.same((await call(methods, 'daemon.events', { types: ['cleanup_removal'], limit: 1 })).answer.result, [events[1]], 'limit keeps the newest');
  t.match((await call(methods, 'cleanup.removed', { removed: [{ path: 'relative', reason: 'r' }] })).answer, { error: { code: -32602 } });
  t.equal(counted.removals, 2, 'a refused call counts nothing');
});
