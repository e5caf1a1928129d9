// One figure of a benchmark: printed as a line where it is measured, and recorded for the summary
// that bench/run.mjs prints at the end and writes to bench/results.json. Plain JavaScript so that
// both the .mjs benchmarks and the bundled .ts ones can import it.
import { appendFileSync } from 'node:fs';

/**
 * @typedef {object} Figure
 * @property {string} figure what was measured, e.g. "get_socket_health p50 (one CPU)"
 * @property {number} ours our value, in `unit`
 * @property {string} unit "ms", "MiB", "spawns/min", ...
 * @property {{ name: string, value: number } | null} peer the peer measured in the same run, in `unit`
 * @property {{ ratio: number } | { below: number } | { atMost: number } | null} goal `ratio`: ours/peer
 *   at most this; `below`: ours under this value (in `unit`); `atMost`: ours this value or less;
 *   null: reported for comparison only
 */

/**
 * Prints one figure as a line and, when `SWAYSOCK_BENCH_RESULTS` names a file (bench/run.mjs sets
 * it), appends it there as one JSON line with the computed `ratio` and `met`.
 * @param {Figure} f
 * @returns {{ ratio: number | null, met: boolean | null }}
 */
export function record(f) {
  const ratio = f.peer ? f.ours / f.peer.value : null;
  let met = null;
  if (f.goal && 'ratio' in f.goal) met = ratio !== null && ratio <= f.goal.ratio;
  if (f.goal && 'below' in f.goal) met = f.ours < f.goal.below;
  if (f.goal && 'atMost' in f.goal) met = f.ours <= f.goal.atMost;
  console.log(formatLine({ ...f, ratio, met }));
  const file = process.env.SWAYSOCK_BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify({ ...f, ratio, met })}\n`);
  return { ratio, met };
}

/** A value with its unit, e.g. "12.3 ms". */
export function formatValue(value, unit) {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The goal as text: "<= 1.5x", "< 20 ms", "<= 1 spawns/min" or "-". */
export function formatGoal(goal, unit) {
  if (!goal) return '-';
  if ('ratio' in goal) return `<= ${goal.ratio}x`;
  return 'below' in goal ? `< ${formatValue(goal.below, unit)}` : `<= ${formatValue(goal.atMost, unit)}`;
}

/** "met", "NOT MET" or "-" (no goal). */
export function formatMet(met) {
  return met === null ? '-' : met ? 'met' : 'NOT MET';
}

function formatLine(r) {
  const peer = r.peer ? `; ${r.peer.name} ${formatValue(r.peer.value, r.unit)}: ${r.ratio.toFixed(2)}x` : '';
  return `${r.figure}: ${formatValue(r.ours, r.unit)}${peer} (goal ${formatGoal(r.goal, r.unit)}) ${formatMet(r.met)}`;
}
