import t from 'tap';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { METHOD_NAMES, METHOD_SCHEMAS } from '../../ts/rpc/protocol.js';
import { describeErrors, paramsValidator, requestValidator, resultValidator } from '../../ts/rpc/schemas.js';

const v = {
  request: requestValidator,
  noParams: paramsValidator('get_socket_health'),
  eventsParams: paramsValidator('daemon.events'),
  cleanupParams: paramsValidator('cleanup.removed'),
  socketHealth: resultValidator('get_socket_health')!,
};

t.test('the precompiled validators are those ajv makes from schemas/ and the method list now', async (t) => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['scripts/generate-validators.mjs', '--check'], { encoding: 'utf8', env });
  t.equal(r.status, 0, r.stderr);
});

t.test('every params definition of schemas/params.schema.json belongs to a method; every method has a params validator', async (t) => {
  const params = JSON.parse(readFileSync('schemas/params.schema.json', 'utf8')) as { definitions: Record<string, unknown> };
  const used = new Set(Object.values(METHOD_SCHEMAS).map((s) => s.params));
  t.same(
    Object.keys(params.definitions).filter((name) => !used.has(name as never)),
    [],
    'no orphan definition',
  );
  for (const method of METHOD_NAMES) t.type(paramsValidator(method), 'function', method);
  t.equal(resultValidator('daemon.metrics'), null, 'the metrics text has no schema');
});

t.test('the health object: exactly the ten fields, each of its type', async (t) => {
  const health = {
    status: 'healthy',
    socket_path: '/run/user/1000/sway-ipc.1000.5.sock',
    last_validated: '2026-11-25T08:33:43.966Z',
    latency_ms: 0.197,
    reconnection_count: 0,
    uptime_seconds: 0.681,
    sway_pid: 5,
    sway_version: '1.7',
    environment_swaysock: null,
    environment_matches: null,
  };
  t.ok(v.socketHealth(health));
  t.notOk(v.socketHealth({ ...health, extra: 1 }), 'no other field');
  t.equal(describeErrors(v.socketHealth), '(root) must NOT have additional properties');
  const { sway_version: _, ...missing } = health;
  t.notOk(v.socketHealth(missing), 'none missing');
  t.notOk(v.socketHealth({ ...health, status: 'ok' }));
  t.notOk(v.socketHealth({ ...health, last_validated: 'yesterday' }), 'ISO 8601 times');
  t.notOk(v.socketHealth({ ...health, reconnection_count: 1.5 }));
});

t.test('requests and params', async (t) => {
  t.ok(v.request({ jsonrpc: '2.0', method: 'get_socket_health', id: 1 }));
  t.ok(v.request({ jsonrpc: '2.0', method: 'subscribe' }), 'a notification');
  t.notOk(v.request({ jsonrpc: '1.0', method: 'x', id: 1 }));
  t.notOk(v.request({ jsonrpc: '2.0', method: 'x', id: 1.5 }));
  t.notOk(v.request({ jsonrpc: '2.0', method: 'x', params: 'a' }));
  t.ok(v.noParams({}) && v.noParams([]));
  t.notOk(v.noParams({ a: 1 }));
  t.ok(v.eventsParams({ limit: 256 }) && v.eventsParams({}));
  t.notOk(v.eventsParams({ limit: 2049 }));
  t.equal(describeErrors(v.eventsParams), '/limit must be <= 2048');
  t.notOk(v.eventsParams({ limit: 1, since: 0 }));
  t.ok(v.cleanupParams({ removed: [{ path: '/run/user/1000/sway-ipc.1000.1.sock', reason: 'nobody listens' }] }));
  t.notOk(v.cleanupParams({ removed: [{ path: 'relative.sock', reason: 'r' }] }), 'an absolute path');
  t.notOk(v.cleanupParams({ removed: [{ path: '/x.sock', reason: 'r'.repeat(1025) }] }), 'a reason of at most 1024 characters');
  t.notOk(v.cleanupParams({ removed: [{ path: '/x.sock', reason: 'two\nlines' }] }), 'one line');
  t.notOk(v.cleanupParams({ removed: Array.from({ length: 257 }, () => ({ path: '/x.sock', reason: 'r' })) }), 'at most 256');
});
