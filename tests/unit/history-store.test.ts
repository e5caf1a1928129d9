/**
 * The health history store on a real file system: append and load, rotation by size, a torn last
 * line, an unwritable directory; the bounded buffer of the records held; and the validation summary.
 */
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_FILE } from '../../ts/paths/paths.js';
import { RingBuffer } from '../../ts/history/ring.js';
import { HistoryStore, historyFiles, readHistory } from '../../ts/history/store.js';
import { ValidationWindow } from '../../ts/history/summary.js';
import type { HistoryRecord } from '../../ts/rpc/records.js';
import { historyRecordValidator as historyRecord } from '../../ts/rpc/schemas.js';

function dir(t: { teardown: (fn: () => void) => void }): string {
  const d = mkdtempSync(join(tmpdir(), 'swaysock-history-'));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** Record `i` (0..59); every record of two-digit `i` has the same length. */
const status = (i: number): HistoryRecord => ({
  type: 'status',
  time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  cause: 'reconnect',
  from: 'disconnected',
  to: 'healthy',
  socket_path: `/run/sway-ipc.1000.${i}.sock`,
  reason: `event ${i}`,
});

t.test('RingBuffer keeps the last `capacity` items, oldest first', async (t) => {
  const ring = new RingBuffer<number>(3);
  t.same(ring.last(), []);
  for (let i = 1; i <= 5; i++) ring.push(i);
  t.same(ring.last(), [3, 4, 5]);
  t.same(ring.last(2), [4, 5]);
  t.same(ring.last(10), [3, 4, 5]);
});

t.test('records written are loaded by the next store, in order, and each line matches the schema', async (t) => {
  const d = dir(t);
  const logs: string[] = [];
  const first = new HistoryStore({ dir: d, log: (_p, m) => logs.push(m) });
  for (let i = 0; i < 5; i++) first.append(status(i));
  first.close();
  const lines = readFileSync(join(d, HISTORY_FILE), 'utf8').trimEnd().split('\n');
  t.equal(lines.length, 5);
  for (const line of lines) t.ok(historyRecord(JSON.parse(line)), line);
  const second = new HistoryStore({ dir: d, log: (_p, m) => logs.push(m) });
  t.same(
    second.query().map((r) => (r as { reason: string }).reason),
    ['event 0', 'event 1', 'event 2', 'event 3', 'event 4'],
  );
  t.same(
    second.query({ limit: 2 }).map((r) => (r as { reason: string }).reason),
    ['event 3', 'event 4'],
  );
  t.same(second.query({ sinceMs: Date.parse(status(3).time) }).length, 2);
  t.same(logs, [], 'nothing to warn about');
  second.close();
});

t.test('a query bounded in bytes keeps the newest records that fit', async (t) => {
  const store = new HistoryStore({ dir: null, log: () => undefined });
  for (let i = 10; i < 20; i++) store.append(status(i));
  const lineBytes = Buffer.byteLength(JSON.stringify(status(10))) + 1;
  t.same(
    store.query({ maxBytes: lineBytes * 3 }).map((r) => (r as { reason: string }).reason),
    ['event 17', 'event 18', 'event 19'],
  );
  t.same(store.query({ maxBytes: lineBytes * 3 - 1 }).length, 2);
  t.same(store.query({ maxBytes: lineBytes * 100 }).length, 10);
  t.same(store.query({ maxBytes: 10 }), [], 'not even one fits');
});

t.test('queryJson: the JSON text of what query selects, made once per query until the next record', async (t) => {
  const d = dir(t);
  const first = new HistoryStore({ dir: d, log: () => undefined });
  for (let i = 10; i < 15; i++) first.append(status(i));
  first.close();
  const store = new HistoryStore({ dir: d, log: () => undefined });
  store.append(status(15));
  const lineBytes = Buffer.byteLength(JSON.stringify(status(10))) + 1;
  for (const query of [{}, { limit: 2 }, { sinceMs: Date.parse(status(12).time) }, { types: ['validation_summary' as const] }, { maxBytes: lineBytes * 3 }]) {
    const text = store.queryJson(query);
    t.equal(text.json, JSON.stringify(store.query(query)), `${JSON.stringify(query)}: the records loaded and appended, as query selects them`);
    t.equal(text.bytes, Buffer.byteLength(text.json));
  }
  const kept = store.queryJson({ limit: 2 });
  t.equal(store.queryJson({ limit: 2 }), kept, 'the same query gets the same text, not a new one');
  store.append(status(16));
  const after = store.queryJson({ limit: 2 });
  t.not(after, kept, 'a new record: a new text');
  t.same(JSON.parse(after.json), [status(15), status(16)]);
});

t.test('rotation: the live file stays under the size, two rotated files are kept, the oldest records go', async (t) => {
  const d = dir(t);
  const lineBytes = Buffer.byteLength(`${JSON.stringify(status(10))}\n`);
  const store = new HistoryStore({ dir: d, maxBytes: lineBytes * 4, log: () => undefined });
  for (let i = 10; i < 38; i++) store.append(status(i));
  store.close();
  const [two, one, live] = historyFiles(d);
  for (const f of [two!, one!, live!]) t.ok(statSync(f).size <= lineBytes * 4, `${f} within the bound`);
  t.throws(() => statSync(`${join(d, HISTORY_FILE)}.3`), { code: 'ENOENT' }, 'no third rotated file');
  const { records } = readHistory(d);
  t.equal(records.length, 12, 'three files of four records');
  t.same(
    records.map((r) => (r as { reason: string }).reason),
    Array.from({ length: 12 }, (_, i) => `event ${26 + i}`),
    'the newest, in order',
  );
});

t.test('a torn last line is skipped with one warning; the next record starts on its own line', async (t) => {
  const d = dir(t);
  const torn = JSON.stringify(status(1)).slice(0, 30);
  writeFileSync(join(d, HISTORY_FILE), `${JSON.stringify(status(0))}\n${torn}`);
  const logs: string[] = [];
  const store = new HistoryStore({ dir: d, log: (_p, m) => logs.push(m) });
  t.equal(store.query().length, 1);
  t.equal(logs.length, 1);
  t.match(logs[0], /skipped 1 unreadable line/);
  store.append(status(2));
  store.close();
  const again = readHistory(d);
  t.same(
    again.records.map((r) => (r as { reason: string }).reason),
    ['event 0', 'event 2'],
  );
  t.same(again.skipped, [`${join(d, HISTORY_FILE)}:2`]);
});

t.test('a directory that cannot be created: one warning, the history stays in memory, no throw', async (t) => {
  const d = dir(t);
  const file = join(d, 'not-a-directory');
  writeFileSync(file, '');
  const logs: string[] = [];
  const store = new HistoryStore({ dir: join(file, 'swaysock'), log: (_p, m) => logs.push(m) });
  t.equal(store.path, null);
  store.append(status(0));
  store.append(status(1));
  t.equal(store.query().length, 2, 'kept in memory');
  t.equal(logs.length, 1, 'one warning');
  t.match(logs[0], /keeping it in memory only/);
});

t.test('a full file system (a real 8 KiB tmpfs): one warning, memory only from then on, no throw', async (t) => {
  const d = dir(t);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', d]);
  t.teardown(() => execFileSync('umount', [d]));
  const logs: string[] = [];
  const store = new HistoryStore({ dir: d, log: (_p, m) => logs.push(m) });
  for (let i = 0; i < 200; i++) store.append(status(i % 60));
  t.equal(store.query().length, 200, 'every record kept in memory');
  t.equal(logs.length, 1, 'one warning');
  t.match(logs[0], /ENOSPC.*memory only/);
  store.close();
});

t.test('validation summary: count, failures, min/p50/max; nothing when no validation ran', async (t) => {
  const w = new ValidationWindow();
  t.equal(w.flush(), null);
  for (const ms of [0.3, 0.1, 0.2, 0.5]) w.add(ms, true);
  w.add(null, false);
  const s = w.flush();
  t.ok(historyRecord(s));
  t.match(s, { type: 'validation_summary', cause: 'summary', count: 5, failures: 1, latency_ms: { min: 0.1, p50: 0.2, max: 0.5 } });
  t.equal(w.flush(), null, 'a new period starts empty');
});
