/**
 * Selecting health history records (ts/rpc/records.ts): by time, type, count and the bytes of
 * their JSON text, for `daemon.events` and `swaysock history`'s reading of the files.
 */
import type { HistoryRecord, RecordType } from '../rpc/records.js';

/** A selection of records (the params of `daemon.events`). */
export interface HistoryQuery {
  /** Only records at or after this time (ms since the epoch). */
  sinceMs?: number;
  /** Only these types (default: all). */
  types?: readonly RecordType[];
  /** At most the last `limit` of them. */
  limit?: number;
  /** Of those, only the newest whose JSON texts add up to at most this many bytes. */
  maxBytes?: number;
}

/** How {@link selectItems} sees an item: its record, its time (ms since the epoch) and the bytes of its JSON text. */
export interface RecordView<T> {
  record(item: T): HistoryRecord;
  timeMs(item: T): number;
  bytes(item: T): number;
}

const plainRecords: RecordView<HistoryRecord> = {
  record: (r) => r,
  timeMs: (r) => Date.parse(r.time),
  bytes: (r) => Buffer.byteLength(JSON.stringify(r)),
};

/** The records of `records` (oldest first) that `query` selects, oldest first. */
export function selectRecords(records: readonly HistoryRecord[], query: HistoryQuery): HistoryRecord[] {
  return selectItems(records, query, plainRecords);
}

/**
 * The items of `items` (oldest first) whose records `query` selects, oldest first; `view` says
 * what each item's record, time and JSON size are (a store that keeps them computed passes them).
 */
export function selectItems<T>(items: readonly T[], query: HistoryQuery, view: RecordView<T>): T[] {
  const types = query.types ? new Set<string>(query.types) : null;
  const since = query.sinceMs;
  const out = items.filter((item) => (types === null || types.has(view.record(item).type)) && (since === undefined || view.timeMs(item) >= since));
  const last = query.limit === undefined ? out : out.slice(-query.limit);
  if (query.maxBytes === undefined) return last;
  let bytes = 0;
  let first = last.length;
  while (first > 0 && (bytes += view.bytes(last[first - 1]!) + 1) <= query.maxBytes) first--;
  return last.slice(first);
}
