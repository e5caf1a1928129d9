/**
 * Checks of swaysock's own time limits (a deadline, a grace period, a wait): the limit is kept
 * from below strictly (nothing ends before it) and from above generously (it ends, on a busy
 * machine too). Node's timers count on libuv's loop clock, which counts whole milliseconds (and,
 * where libuv takes CLOCK_MONOTONIC_COARSE, may lag by one more): a limit counts as kept when the
 * wait measured here falls at most {@link CLOCK_SLACK_MS} short of it.
 */
import { setTimeout as delay } from 'node:timers/promises';

/** How far short of a limit a measured wait may fall for libuv's millisecond clock. */
export const CLOCK_SLACK_MS = 2;

/** How far past a limit the end may come on a slow, busy machine: a bound, not a speed check. */
export const LATE_BOUND_MS = 30_000;

/**
 * `performance.now()`, taken so that a timer of this process set right after it cannot count from
 * an earlier moment: Node starts a timer at libuv's cached loop time, which can be older than the
 * moment it is set; once a timer has fired, that cached time is no older than the value returned.
 * (A timer of another process starts when that process reads what we sent, later than a plain
 * `performance.now()` taken before sending.)
 */
export async function timerStart(): Promise<number> {
  const start = performance.now();
  await delay(1);
  return start;
}

/**
 * Asserts that `waitedMs` (measured from before what started the limit) is not short of `limitMs`
 * and not later than {@link LATE_BOUND_MS} past it.
 */
export function keptLimit(t: { ok: (condition: unknown, message: string) => unknown }, waitedMs: number, limitMs: number, what: string): void {
  t.ok(waitedMs >= limitMs - CLOCK_SLACK_MS, `${what}: not before its ${limitMs} ms (ended after ${waitedMs.toFixed(1)} ms)`);
  t.ok(waitedMs < limitMs + LATE_BOUND_MS, `${what}: ended once its ${limitMs} ms were over (after ${waitedMs.toFixed(1)} ms)`);
}
