/**
 * .ci/tap-counts.mjs, which ends CI's output: the ten slowest test files with their times (from
 * tap's `# time=` on the test point closing each file), then the counts, the `N passed, N failed`
 * line last. Fed TAP text as tap prints it when its output is not a terminal.
 */
import t from 'tap';
import { spawnSync } from 'node:child_process';

/** A file's TAP as tap prints it: its assertions (true: ok) inside a subtest, closed with `ms`. */
function file(n: number, name: string, asserts: boolean[], ms: number | null): string {
  const inner = asserts.map((ok, i) => `    ${ok ? 'ok' : 'not ok'} ${i + 1} - assertion ${i + 1}\n`).join('');
  const ok = asserts.every(Boolean);
  return `# Subtest: ${name}\n${inner}    1..${asserts.length}\n${ok ? 'ok' : 'not ok'} ${n} - ${name}${ms === null ? '' : ` # time=${ms}ms`}\n\n`;
}

function counts(tap: string): string[] {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['.ci/tap-counts.mjs'], { input: tap, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`tap-counts.mjs exited ${r.status}: ${r.stderr}`);
  return r.stdout.trimEnd().split('\n');
}

t.test('the ten slowest files, slowest first with their times, then the counts; the closing line last', async (t) => {
  const names = Array.from({ length: 12 }, (_, i) => `tests/unit/f${i}.test.ts`);
  const tap = `TAP version 14\n${names.map((name, i) => file(i + 1, name, i === 3 ? [true, false] : [true], i === 11 ? null : (i + 1) * 1000.5)).join('')}1..12\n# { total: 13, pass: 12, fail: 1 }\n`;
  const lines = counts(tap);
  t.equal(lines[0], 'slowest test files:');
  t.same(
    lines.slice(1, 11),
    [
      '  11.0 s  tests/unit/f10.test.ts',
      '  10.0 s  tests/unit/f9.test.ts',
      '   9.0 s  tests/unit/f8.test.ts',
      '   8.0 s  tests/unit/f7.test.ts',
      '   7.0 s  tests/unit/f6.test.ts',
      '   6.0 s  tests/unit/f5.test.ts',
      '   5.0 s  tests/unit/f4.test.ts',
      '   4.0 s  tests/unit/f3.test.ts (failed)',
      '   3.0 s  tests/unit/f2.test.ts',
      '   2.0 s  tests/unit/f1.test.ts',
    ],
    'ten of the eleven timed files; a file without a time is left out',
  );
  t.match(lines[11], /^counted: 13 assertions .* in 12 files/);
  t.equal(lines.at(-1), '12 passed, 1 failed', 'the closing line stays last');
  t.equal(lines.length, 13);
});

t.test('no file times: said so, the closing line still last', async (t) => {
  const lines = counts('TAP version 14\nok 1 - plain\n1..1\n');
  t.equal(lines[0], 'slowest test files: tap gave no file times');
  t.equal(lines.at(-1), '1 passed, 0 failed');
});
