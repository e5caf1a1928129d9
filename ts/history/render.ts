/**
 * The terminal picture of a stretch of health history: one line per record, a status timeline
 * (one character per slice of the period: `█` healthy, `▒` stale, `_` disconnected, ` ` before
 * the first record) and a sparkline of the validation summaries' median latency.
 */
import type { HealthStatus } from '../rpc/health.js';
import type { HistoryRecord, StatusRecord } from '../rpc/records.js';

/** Characters of the timeline, by status. */
const STATUS_CHAR: Record<HealthStatus, string> = { healthy: '█', stale: '▒', disconnected: '_' };
const SPARK = '▁▂▃▄▅▆▇█';
/** Worse statuses win a slice in which several held. */
const SEVERITY: Record<HealthStatus, number> = { healthy: 0, stale: 1, disconnected: 2 };

/** One line for a record. */
export function formatRecord(r: HistoryRecord): string {
  switch (r.type) {
    case 'status':
      return `${r.time} ${r.from} -> ${r.to} [${r.cause}]: ${r.reason}`;
    case 'environment_repair':
      return `${r.time} environment repair: ${r.reason}`;
    case 'cleanup_removal':
      return `${r.time} cleanup removed ${r.socket_path}: ${r.reason}`;
    case 'validation_summary': {
      const l = r.latency_ms;
      return `${r.time} ${r.count} validations in ${r.period_seconds} s, ${r.failures} failed${l ? `, latency min/p50/max ${l.min}/${l.p50}/${l.max} ms` : ''}`;
    }
  }
}

/**
 * The status in each of `width` equal slices of [fromMs, toMs]: the worst one that held in it;
 * null before the first status record.
 */
export function statusSlices(records: readonly HistoryRecord[], fromMs: number, toMs: number, width: number): (HealthStatus | null)[] {
  const changes = records.filter((r): r is StatusRecord => r.type === 'status').map((r) => ({ at: Date.parse(r.time), r }));
  const span = Math.max(1, toMs - fromMs) / width;
  const out: (HealthStatus | null)[] = [];
  let i = 0;
  // The status at the start: the `from` of the first change in the period, or the last change before it.
  let current: HealthStatus | null = null;
  while (i < changes.length && changes[i]!.at < fromMs) current = changes[i++]!.r.to;
  if (current === null && i < changes.length) current = changes[i]!.r.from;
  for (let s = 0; s < width; s++) {
    const end = fromMs + (s + 1) * span;
    let worst = current;
    while (i < changes.length && changes[i]!.at < end) {
      current = changes[i++]!.r.to;
      if (worst === null || SEVERITY[current] > SEVERITY[worst]) worst = current;
    }
    out.push(worst);
  }
  return out;
}

/** The timeline line of {@link statusSlices}. */
export function timeline(records: readonly HistoryRecord[], fromMs: number, toMs: number, width: number): string {
  return statusSlices(records, fromMs, toMs, width)
    .map((s) => (s === null ? ' ' : STATUS_CHAR[s]))
    .join('');
}

/**
 * A sparkline of the validation summaries' median latency over [fromMs, toMs] in `width` slices
 * (the highest median in a slice; ` ` where no summary falls), scaled from 0 to the highest.
 * @returns the line and the highest median in ms (null when there are no summaries).
 */
export function latencySparkline(records: readonly HistoryRecord[], fromMs: number, toMs: number, width: number): { line: string; maxMs: number | null } {
  const slots: (number | null)[] = Array.from({ length: width }, () => null);
  const span = Math.max(1, toMs - fromMs) / width;
  for (const r of records) {
    if (r.type !== 'validation_summary' || r.latency_ms === null) continue;
    const slot = Math.min(width - 1, Math.max(0, Math.floor((Date.parse(r.time) - fromMs) / span)));
    slots[slot] = Math.max(slots[slot] ?? 0, r.latency_ms.p50);
  }
  const values = slots.filter((v): v is number => v !== null);
  if (values.length === 0) return { line: ' '.repeat(width), maxMs: null };
  const max = Math.max(...values);
  const line = slots.map((v) => (v === null ? ' ' : SPARK[max === 0 ? 0 : Math.min(SPARK.length - 1, Math.floor((v / max) * (SPARK.length - 1)))]!)).join('');
  return { line, maxMs: max };
}

/** The whole picture: records, then the timeline and the sparkline with their time range. */
export function renderHistory(records: readonly HistoryRecord[], fromMs: number, toMs: number, width = 60): string {
  if (records.length === 0) return `no health history since ${new Date(fromMs).toISOString()}\n`;
  const lines = records.map(formatRecord);
  const spark = latencySparkline(records, fromMs, toMs, width);
  lines.push(
    '',
    `status   |${timeline(records, fromMs, toMs, width)}|  █ healthy ▒ stale _ disconnected`,
    `latency  |${spark.line}|  ${spark.maxMs === null ? 'no validation summaries' : `median per summary, top ${spark.maxMs} ms`}`,
    `          ${new Date(fromMs).toISOString()} .. ${new Date(toMs).toISOString()}`,
  );
  return `${lines.join('\n')}\n`;
}
