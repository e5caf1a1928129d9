/** The terminal picture of the health history (timeline, sparkline) and `--since`. */
import t from 'tap';
import { parseSince } from '../../ts/cli/commands/history.js';
import { UsageError } from '../../ts/cli/usage.js';
import { latencySparkline, renderHistory, statusSlices } from '../../ts/history/render.js';
import type { HistoryRecord } from '../../ts/rpc/records.js';

const T0 = Date.UTC(2026, 0, 1);
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const change = (s: number, from: 'healthy' | 'stale' | 'disconnected', to: 'healthy' | 'stale' | 'disconnected'): HistoryRecord => ({
  type: 'status',
  time: at(s),
  cause: to === 'disconnected' ? 'eof' : 'reconnect',
  from,
  to,
  socket_path: '/run/s.sock',
  reason: 'r',
});
const summary = (s: number, p50: number): HistoryRecord => ({
  type: 'validation_summary',
  time: at(s),
  cause: 'summary',
  period_seconds: 300,
  count: 60,
  failures: 0,
  latency_ms: { min: p50 / 2, p50, max: p50 * 2 },
});

t.test('timeline: the status before the first change is its from; a slice shows the worst status that held in it', async (t) => {
  const records = [change(25, 'healthy', 'disconnected'), change(32, 'disconnected', 'healthy'), change(70, 'healthy', 'stale')];
  t.same(statusSlices(records, T0, T0 + 100_000, 10), [
    'healthy',
    'healthy',
    'disconnected',
    'disconnected',
    'healthy',
    'healthy',
    'healthy',
    'stale',
    'stale',
    'stale',
  ]);
  t.same(
    statusSlices([change(50, 'disconnected', 'healthy')], T0 + 60_000, T0 + 100_000, 2),
    ['healthy', 'healthy'],
    'a change before the period sets its start',
  );
  t.same(statusSlices([], T0, T0 + 1000, 3), [null, null, null]);
});

t.test('sparkline: highest median per slice, scaled to the highest, blank where no summary falls', async (t) => {
  const { line, maxMs } = latencySparkline([summary(5, 0.1), summary(35, 0.8), summary(95, 0.4)], T0, T0 + 100_000, 10);
  t.equal(maxMs, 0.8);
  t.equal(line, '▁  █     ▄');
  t.same(latencySparkline([change(1, 'healthy', 'stale')], T0, T0 + 1000, 4), { line: '    ', maxMs: null });
});

t.test('renderHistory: a line per record with its cause, then the timeline and sparkline', async (t) => {
  const text = renderHistory([change(25, 'healthy', 'disconnected'), summary(50, 0.2)], T0, T0 + 100_000, 10);
  t.match(text, `${at(25)} healthy -> disconnected [eof]: r`);
  t.match(text, /60 validations in 300 s, 0 failed, latency min\/p50\/max 0.1\/0.2\/0.4 ms/);
  t.match(text, /status {3}\|██_{8}\|/u);
  t.match(text, 'median per summary, top 0.2 ms');
  t.equal(renderHistory([], T0, T0 + 1, 10), `no health history since ${at(0)}\n`);
});

t.test('--since: durations back from now and ISO times; anything else is a usage error', async (t) => {
  t.equal(parseSince('2h', T0), T0 - 7_200_000);
  t.equal(parseSince('90s', T0), T0 - 90_000);
  t.equal(parseSince('1.5d', T0), T0 - 129_600_000);
  t.equal(parseSince('2026-01-01T00:00:00Z', 0), T0);
  for (const bad of ['2 h', 'yesterday', '-1h', '5w', '']) t.throws(() => parseSince(bad, T0), UsageError, bad);
});
