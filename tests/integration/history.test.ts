/**
 * The health history end to end (dist/ bundles as the test user, real headless Sways): status
 * changes with their causes survive a daemon restart; `swaysock history` answers from the daemon
 * and, without one, from the file; a cleanup's removals reach the history through the daemon, and
 * a cleanup without a daemon still works.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { RECORD_TYPES, type HistoryRecord } from '../../ts/rpc/records.js';
import { historyRecordValidator as historyRecord, resultValidator } from '../../ts/rpc/schemas.js';
import { runCleanupProgram } from '../helpers/cleanup.js';
import { nextHealth, programEnv, runCli, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

const healthEvents = resultValidator('daemon.events')!;

t.test('causes recorded, kept across a daemon restart, read by swaysock history with and without a daemon', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const historyFile = join(dir, 'state', 'swaysock', 'history.jsonl');
  const first = await startSway(dir, t.teardown);
  const args = ['--interval', '0.1', '--no-repair-environment', '--history-summary', '0.5'];
  const daemon = await startHealthd(dir, t.teardown, args);
  const client = await daemon.client();
  t.equal((await client.call('subscribe')).status, 'healthy');
  const validations = async () => (await client.call('daemon.status')).counters.validations;
  await waitFor(async () => (await validations()) >= 10, 30_000, 'ten validations');

  // SIGKILL: the connection ends without a shutdown event (EOF); a stale socket file stays.
  const lost = nextHealth<SocketHealth>(client, (h) => h.status === 'disconnected', 10_000);
  await first.kill('SIGKILL');
  await lost;
  const back = nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 30_000); // Sway's start included
  const second = await startSway(dir, t.teardown);
  await back;
  // Sway's exit command: Sway closes its IPC connections before its shutdown event reaches
  // them (tests/integration/healthd-shutdown-event.test.ts), so this is an EOF too.
  const shutdown = nextHealth<SocketHealth>(client, (h) => h.status === 'disconnected', 10_000);
  await runAsTestUser('swaymsg', ['-s', second.socketPath, 'exit'], programEnv(dir));
  await shutdown;
  await second.exited;

  // The cleanup removes the first Sway's socket and tells the daemon.
  const cleanup = await runCleanupProgram(dir, [], { XDG_STATE_HOME: join(dir, 'state') });
  t.equal(cleanup.code, 0, cleanup.stderr);
  t.match(cleanup.stdout, `removed ${first.socketPath}`);

  const events = await client.call('daemon.events', { types: RECORD_TYPES });
  t.ok(healthEvents(events), 'daemon.events matches its schema');
  const causes = events.filter((r) => r.type !== 'validation_summary').map((r) => r.cause);
  t.same(causes, ['connect', 'eof', 'reconnect', 'eof', 'cleanup']);
  t.match(
    events.find((r) => r.type === 'cleanup_removal'),
    { socket_path: first.socketPath },
  );
  t.same(
    (await client.call('daemon.events')).map((r) => r.type),
    ['status', 'status', 'status', 'status'],
    'status changes only by default',
  );
  const status = await client.call('daemon.status');
  t.equal(status.counters.cleanup_removals, 1);

  const fromDaemon = await runCli(dir, ['history', '--json']);
  t.equal(fromDaemon.code, 0, fromDaemon.stderr);
  t.same(
    JSON.parse(fromDaemon.stdout).filter((r: HistoryRecord) => r.type !== 'validation_summary'),
    events.filter((r) => r.type !== 'validation_summary'),
  );

  // Stopped: the summary of the last period is written, and the CLI reads the file itself.
  daemon.process.kill('SIGTERM');
  t.equal((await daemon.exited).code, 0);
  const lines = readFileSync(historyFile, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as HistoryRecord);
  for (const r of lines) t.ok(historyRecord(r), `file line ${r.type} matches the schema`);
  const summaries = lines.filter((r) => r.type === 'validation_summary');
  t.ok(summaries.length >= 1, 'validation summaries written');
  t.ok(summaries.every((s) => s.type === 'validation_summary' && s.count >= 1 && (s.latency_ms === null || s.latency_ms.min <= s.latency_ms.p50)));

  const fromFile = await runCli(dir, ['history', '--json']);
  t.equal(fromFile.code, 0, fromFile.stderr);
  t.match(fromFile.stderr, `no daemon answers; read ${historyFile}`);
  t.same(JSON.parse(fromFile.stdout), lines);
  const explicit = await runCli(dir, ['history', '--json', '--history-dir', join(dir, 'state', 'swaysock')]);
  t.same(JSON.parse(explicit.stdout), lines, '--history-dir reads the same files');
  t.equal(explicit.stderr, '', 'and says nothing about a daemon');
  const text = await runCli(dir, ['history', '--since', '1h']);
  t.equal(text.code, 0, text.stderr);
  t.match(text.stdout, /healthy -> disconnected \[eof\]: Sway closed the IPC connection/);
  t.match(text.stdout, /status {3}\|[█▒_ ]{60}\|/u);
  t.match(text.stdout, /latency {2}\|.{60}\| {2}median per summary, top [0-9.]+ ms/u);

  // A cleanup without a daemon still works (and says nothing about the daemon).
  const third = await startSway(dir, t.teardown);
  await third.kill('SIGKILL');
  const alone = await runCleanupProgram(dir, []);
  t.equal(alone.code, 0, alone.stderr);
  t.match(alone.stdout, `removed ${third.socketPath}`);
  t.equal(alone.stderr, '');

  // A new daemon starts with the history of the previous one.
  const fourth = await startSway(dir, t.teardown);
  const again = await startHealthd(dir, t.teardown, args);
  const c2 = await again.client();
  const kept = await c2.call('daemon.events');
  t.same(
    kept.map((r) => r.cause),
    ['connect', 'eof', 'reconnect', 'eof', 'connect'],
  );
  t.match(kept.at(-1), { to: 'healthy', socket_path: fourth.socketPath });
});

t.test('swaysock history: a bad --since is a usage error; no daemon and no file is an error', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const bad = await runCli(dir, ['history', '--since', 'yesterday']);
  t.equal(bad.code, 64);
  t.match(bad.stderr, '--since needs a duration such as 2h');
  const none = await runCli(dir, ['history']);
  t.equal(none.code, 1);
  t.match(none.stderr, 'no daemon answers and no health history file was found');
});
