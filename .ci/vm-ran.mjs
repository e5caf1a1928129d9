#!/usr/bin/env node
// Reads a tap run's TAP output (stdin, as .ci/tap-counts.mjs does) and says whether the real-boot
// suite, tests/vm/debian.test.ts, ran: it must be there and none of its tests skipped. The suite
// skips only where qemu cannot run at all (and says why); CI installs qemu and must run it, so
// a skip or an absence there fails the run. Exit 0 when it ran, 1 (with the reason) when not.
import { Parser } from 'tap-parser';

const FILE = 'tests/vm/debian.test.ts';
let seen = false;
const skipped = [];
const root = new Parser();
root.on('child', (file) => {
  if (file.name !== FILE) return;
  seen = true;
  file.on('assert', (result) => {
    if (result.skip) skipped.push(`${result.name}${typeof result.skip === 'string' ? ` (${result.skip})` : ''}`);
  });
});
root.on('complete', () => {
  if (!seen) {
    console.log(`the real-boot suite did not run: ${FILE} is not in the output`);
    process.exitCode = 1;
  } else if (skipped.length > 0) {
    console.log(`the real-boot suite was skipped, which CI does not allow: ${skipped.join('; ')}`);
    process.exitCode = 1;
  } else console.log(`the real-boot suite ran (${FILE})`);
});
process.stdin.pipe(root);
