/** The periodic validation summary of the health history: count, failures, latency min/p50/max. */
import type { SummaryRecord } from '../rpc/records.js';
import type { HistoryStore } from './store.js';

/** Default summary period, in ms (5 min). */
export const SUMMARY_PERIOD_MS = 5 * 60 * 1000;

/** Collects one period's validations; {@link ValidationWindow.flush} turns them into a record and starts the next. */
export class ValidationWindow {
  private latencies: number[] = [];
  private count = 0;
  private failures = 0;
  private startedAt = Date.now();

  /** One validation: its round trip in ms when it answered (null when it timed out), and whether it passed. */
  add(latencyMs: number | null, ok: boolean): void {
    this.count += 1;
    if (!ok) this.failures += 1;
    if (latencyMs !== null) this.latencies.push(latencyMs);
  }

  /** The summary of the period so far (null when no validation ran), and a new period. */
  flush(now = Date.now()): SummaryRecord | null {
    const { count, failures } = this;
    const sorted = this.latencies.sort((a, b) => a - b);
    const period = (now - this.startedAt) / 1000;
    this.latencies = [];
    this.count = 0;
    this.failures = 0;
    this.startedAt = now;
    if (count === 0) return null;
    const latency = sorted.length === 0 ? null : { min: sorted[0]!, p50: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted[sorted.length - 1]! };
    return {
      type: 'validation_summary',
      time: new Date(now).toISOString(),
      cause: 'summary',
      period_seconds: Math.round(period * 1000) / 1000,
      count,
      failures,
      latency_ms: latency,
    };
  }
}

/**
 * The daemon's summaries: one {@link ValidationWindow} flushed into the history every `periodMs`
 * (a timer that does not keep the process alive), and once more when it stops.
 */
export class SummaryRecorder {
  private readonly window = new ValidationWindow();
  private readonly timer: NodeJS.Timeout;

  /** @param periodMs the summary period, in ms (default {@link SUMMARY_PERIOD_MS}). */
  constructor(
    private readonly history: Pick<HistoryStore, 'append'>,
    periodMs = SUMMARY_PERIOD_MS,
  ) {
    this.timer = setInterval(() => this.flush(), periodMs);
    this.timer.unref();
  }

  /** One validation: its round trip in ms when it answered (null when it timed out), and whether it passed. */
  add(latencyMs: number | null, ok: boolean): void {
    this.window.add(latencyMs, ok);
  }

  /** Stops the timer and records the summary of the period so far (if any validation ran). */
  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }

  private flush(): void {
    const summary = this.window.flush();
    if (summary !== null) this.history.append(summary);
  }
}
