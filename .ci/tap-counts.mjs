#!/usr/bin/env node
// Reads a tap run's TAP output (stdin) with tap-parser, the parser tap's own reporters use, and
// prints the ten slowest test files with their times (tap's `# time=` on the test point that
// closes each file), then two lines:
//   counted: A assertions (test points with no subtest under them) in F files and S subtests, out of T test points at every level
//   N passed, N failed[, N skipped]
// The last line counts assertions only, as tap's JSON reporter counts "cases": a test point that
// closes a subtest (a file, a t.test) is not counted again (tap 21's own `# { total: ... }`
// summary counts the same way; the first line says so, or says where they differ). A subtest that failed with no failing
// assertion under it (a file that crashed before its first test, a timeout) counts as one failure,
// so a failed run never reads "0 failed". Skipped and todo assertions count as skipped.
import { Parser } from 'tap-parser';

const counts = { files: 0, subtests: 0, pass: 0, fail: 0, skip: 0, total: 0 };
/** Each file's name and time in ms (null when tap gave none, e.g. a file it timed out). */
const fileTimes = [];

/** Follows one (sub)test's parser; `onEnd(failedInside)` is called when it completes. */
function follow(parser, level, onEnd) {
  let lastChild = null;
  let failedInside = false;
  parser.on('child', (child) => {
    const entry = { name: child.name, failedInside: false, closed: false };
    lastChild = entry;
    if (level === 0) counts.files++;
    else counts.subtests++;
    follow(child, level + 1, (failed) => {
      entry.failedInside = failed;
      if (failed) failedInside = true;
    });
  });
  parser.on('assert', (result) => {
    counts.total++;
    if (lastChild && !lastChild.closed && result.name === lastChild.name) {
      // The test point that closes the last subtest.
      lastChild.closed = true;
      if (level === 0) fileTimes.push({ name: result.name, ms: result.time, ok: result.ok });
      if (!result.ok && !result.skip && !result.todo && !lastChild.failedInside) {
        counts.fail++;
        failedInside = true;
      }
      return;
    }
    if (result.skip || result.todo) counts.skip++;
    else if (result.ok) counts.pass++;
    else {
      counts.fail++;
      failedInside = true;
    }
  });
  parser.on('complete', () => onEnd(failedInside));
}

const root = new Parser();
let tapTotal = null;
root.on('comment', (line) => {
  const m = /^# \{ total: (\d+)/.exec(line);
  if (m) tapTotal = Number(m[1]);
});
/** The ten slowest files, slowest first, one line each: `  12.3 s  FILE` (` (failed)` after a failed one). */
function slowestFiles() {
  const timed = fileTimes
    .filter((f) => typeof f.ms === 'number')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  if (timed.length === 0) return ['slowest test files: tap gave no file times'];
  const width = Math.max(...timed.map((f) => (f.ms / 1000).toFixed(1).length));
  return ['slowest test files:', ...timed.map((f) => `  ${(f.ms / 1000).toFixed(1).padStart(width)} s  ${f.name}${f.ok ? '' : ' (failed)'}`)];
}

follow(root, 0, () => {
  for (const line of slowestFiles()) console.log(line);
  const assertions = counts.pass + counts.fail + counts.skip;
  const tap = tapTotal === null ? 'tap printed no summary' : tapTotal === assertions ? "as tap's summary counts" : `tap's summary says total ${tapTotal}`;
  console.log(
    `counted: ${assertions} assertions (test points with no subtest under them; ${tap}) in ${counts.files} files and ${counts.subtests} subtests, out of ${counts.total} test points at every level`,
  );
  console.log(`${counts.pass} passed, ${counts.fail} failed${counts.skip ? `, ${counts.skip} skipped` : ''}`);
});
process.stdin.pipe(root);
