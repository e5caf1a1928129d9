#!/usr/bin/env node
// Reads a tap run's TAP output (stdin) with tap-parser, the parser tap's own reporters use, and
// prints two lines:
//   counted: A assertions (test points with no subtest under them) in F files and S subtests, out of T test points at every level
//   N passed, N failed[, N skipped]
// The last line counts assertions only, as tap's JSON reporter counts "cases": a test point that
// closes a subtest (a file, a t.test) is not counted again (tap 21's own `# { total: ... }`
// summary counts the same way; the first line says so, or says where they differ). A subtest that failed with no failing
// assertion under it (a file that crashed before its first test, a timeout) counts as one failure,
// so a failed run never reads "0 failed". Skipped and todo assertions count as skipped.
import { Parser } from 'tap-parser';

const counts = { files: 0, subtests: 0, pass: 0, fail: 0, skip: 0, total: 0 };

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
follow(root, 0, () => {
  const assertions = counts.pass + counts.fail + counts.skip;
  const tap = tapTotal === null ? "tap printed no summary" : tapTotal === assertions ? "as tap's summary counts" : `tap's summary says total ${tapTotal}`;
  console.log(`counted: ${assertions} assertions (test points with no subtest under them; ${tap}) in ${counts.files} files and ${counts.subtests} subtests, out of ${counts.total} test points at every level`);
  console.log(`${counts.pass} passed, ${counts.fail} failed${counts.skip ? `, ${counts.skip} skipped` : ''}`);
});
process.stdin.pipe(root);
