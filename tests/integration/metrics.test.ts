/**
 * Prometheus metrics end to end (dist/ bundles as the test user, a real headless Sway):
 * `swaysock metrics` and `/metrics` over HTTP pass `promtool check metrics` (Debian's
 * prometheus package), and their figures agree with `get_socket_health` and `daemon.status`.
 */
import t from 'tap';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import type { DaemonStatus } from '../../ts/rpc/protocol.js';
import { runCli, spawnHealthd, startHealthd } from '../helpers/daemon.js';
import { promtool, samples } from '../helpers/promtool.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

/** GET `url`: status, content type and body. */
function fetchText(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { timeout: 5000 }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (d) => (body += d))
        .on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

t.test('swaysock metrics and /metrics: promtool accepts both; figures agree with get_socket_health and daemon.status', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.05', '--metrics-listen', '127.0.0.1:0']);
  const url = /serving metrics on (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(daemon.log())?.[1];
  t.ok(url, 'the daemon logs where it serves metrics');
  const client = await daemon.client();
  t.equal((await client.call('subscribe')).status, 'healthy');
  const status = () => client.call('daemon.status');
  await waitFor(async () => (await status()).counters.validations >= 20, 30_000, 'twenty validations');

  const viaCli = await runCli(dir, ['metrics']);
  t.equal(viaCli.code, 0, viaCli.stderr);
  const checked = await promtool(viaCli.stdout);
  t.equal(checked.code, 0, `promtool accepts swaysock metrics: ${checked.output}`);

  const http = await fetchText(url!);
  t.equal(http.status, 200);
  t.equal(http.type, 'text/plain; version=0.0.4; charset=utf-8');
  t.equal((await promtool(http.body)).code, 0, 'promtool accepts /metrics');
  t.equal((await fetchText(url!.replace('/metrics', '/other'))).status, 404);

  // Validations go on meanwhile: each figure lies between daemon.status before and after it.
  const before = await status();
  const health = await client.call('get_socket_health');
  const m = samples((await fetchText(url!)).body);
  const after = await status();
  t.equal(m.get('swaysock_status{state="healthy"}'), 1);
  t.equal(m.get('swaysock_status{state="stale"}'), 0);
  t.equal(m.get('swaysock_status{state="disconnected"}'), 0);
  t.equal(m.get('swaysock_reconnections_total'), health.reconnection_count);
  t.ok(m.get('swaysock_connection_uptime_seconds')! >= health.uptime_seconds, 'uptime no less than a moment before');
  t.equal(m.get('swaysock_subscribers'), 1, 'this client');
  t.equal(m.get('swaysock_connected_clients'), after.clients);
  for (const name of [
    'validations',
    'validation_failures',
    'environment_repairs',
    'requests',
    'errors',
    'clients_refused',
    'clients_dropped',
    'cleanup_removals',
  ] as const satisfies readonly (keyof DaemonStatus['counters'])[]) {
    const v = m.get(`swaysock_${name}_total`)!;
    t.ok(
      before.counters[name]! <= v && v <= after.counters[name]!,
      `swaysock_${name}_total ${v} within daemon.status' ${before.counters[name]}..${after.counters[name]}`,
    );
  }
  const observed = m.get('swaysock_validation_latency_seconds_count')!;
  t.ok(observed >= 20 && observed <= after.counters.validations!, `latency histogram: ${observed} answered validations`);
  t.equal(m.get('swaysock_validation_latency_seconds_bucket{le="+Inf"}'), observed);
  t.ok(m.get('swaysock_validation_latency_seconds_bucket{le="0.00001"}')! <= m.get('swaysock_validation_latency_seconds_bucket{le="1"}')!);
  t.ok(m.get('swaysock_validation_latency_seconds_sum')! > 0);
});

t.test('without --metrics-listen: daemon.metrics loads them on demand; --output writes a file for the textfile collector', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '60']);
  t.notMatch(daemon.log(), /serving metrics/);
  const out = join(dir, 'swaysock.prom');
  const run = await runCli(dir, ['metrics', '--output', out]);
  t.equal(run.code, 0, run.stderr);
  t.equal(run.stdout, '');
  const text = readFileSync(out, 'utf8');
  t.equal((await promtool(text)).code, 0, 'promtool accepts the file');
  t.equal(samples(text).get('swaysock_status{state="healthy"}'), 1);
  const noDaemon = await runCli(makeRuntimeDir(t.teardown), ['metrics']);
  t.equal(noDaemon.code, 2, 'no daemon: exit 2');
});

t.test('--output when no daemon answers: exit 2 and the old file removed (no stale figures); --remove only removes it', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const out = join(dir, 'swaysock.prom');
  writeFileSync(out, 'swaysock_status{state="healthy"} 1\n');
  const stale = await runCli(dir, ['metrics', '--output', out]);
  t.equal(stale.code, 2, 'exit 2, as without --output');
  t.match(stale.stderr, /cannot reach swaysock-healthd/);
  t.notOk(existsSync(out), 'the old file is gone');
  const again = await runCli(dir, ['metrics', '--output', out]);
  t.equal(again.code, 2, 'no file to remove is no other error');

  writeFileSync(out, 'swaysock_status{state="healthy"} 1\n');
  const removed = await runCli(dir, ['metrics', '--output', out, '--remove']);
  t.equal(removed.code, 0, removed.stderr);
  t.notOk(existsSync(out), '--remove removed it');
  t.equal((await runCli(dir, ['metrics', '--output', out, '--remove'])).code, 0, 'and is content when it is already gone');
  const usage = await runCli(dir, ['metrics', '--remove']);
  t.equal(usage.code, 64);
  t.match(usage.stderr, /--remove goes with --output FILE/);
});

t.test('--metrics-listen: a non-loopback address needs --metrics-allow-remote; a bad one is a usage error', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  for (const [addr, message] of [
    ['0.0.0.0:9101', /is not a loopback address; add --metrics-allow-remote/],
    ['localhost', /needs ADDRESS:PORT/],
    ['[127.0.0.1]:9101', /needs ADDRESS:PORT/],
    ['127.0.0.1:70000', /needs ADDRESS:PORT/],
  ] as const) {
    const d = spawnHealthd(dir, t.teardown, ['--metrics-listen', addr]);
    t.equal((await d.exited).code, 64, addr);
    t.match(d.log(), message);
  }
  await startSway(dir, t.teardown);
  const remote = await startHealthd(dir, t.teardown, ['--metrics-listen', '0.0.0.0:0', '--metrics-allow-remote']);
  t.match(remote.log(), /serving metrics on http:\/\/0\.0\.0\.0:\d+\/metrics/);
});
