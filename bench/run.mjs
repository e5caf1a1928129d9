// Runs every benchmark in bench/ in turn: *.bench.mjs as they are, *.bench.ts bundled first with
// esbuild (so they can import the project's TypeScript). Each prints its figures and ratios
// against a peer measured in the same run (bench/lib/report.mjs); at the end this prints one
// summary table (figure, ours, peer, ratio, goal, met) and writes the same to bench/results.json
// (not committed), so runs can be compared. Needs `npm run build` (they time the shipped bundles).
// Usage: node bench/run.mjs [NAME...] [-- ARGS...]   (NAME: e.g. healthd, cleanup, idle; ARGS go to
// each benchmark, e.g. `node bench/run.mjs idle -- --duration 3m`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleTs } from '../scripts/run-ts.mjs';
import { formatGoal, formatMet, formatValue } from './lib/report.mjs';

const dash = process.argv.indexOf('--');
const only = process.argv.slice(2, dash < 0 ? undefined : dash);
const passed = dash < 0 ? [] : process.argv.slice(dash + 1);
const benches = readdirSync('bench')
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.(mjs|ts)$/, '')))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'swaysock-bench-'));
const resultsFile = join(work, 'results.jsonl');
writeFileSync(resultsFile, '');
const failed = [];
for (const file of benches) {
  const script = file.endsWith('.ts') ? await bundleTs(join('bench', file)) : join('bench', file);
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, [script, ...passed], { stdio: 'inherit', env: { ...process.env, SWAYSOCK_BENCH_RESULTS: resultsFile } });
  if (r.status !== 0) failed.push(file);
}
const rows = readFileSync(resultsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
rmSync(work, { recursive: true, force: true });

const table = [
  ['figure', 'ours', 'peer', 'ratio', 'goal', 'met'],
  ...rows.map((r) => [
    r.figure,
    formatValue(r.ours, r.unit),
    r.peer ? `${r.peer.name} ${formatValue(r.peer.value, r.unit)}` : '-',
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`,
    formatGoal(r.goal, r.unit),
    formatMet(r.met),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log('\n## Summary');
for (const row of table)
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
if (failed.length > 0) console.log(`benchmarks that failed: ${failed.join(', ')}`);
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', kernel: release(), node: process.version };
writeFileSync(join('bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, failed, rows }, null, 2)}\n`);
console.log('written: bench/results.json');
process.exit(failed.length === 0 ? 0 : 1);
