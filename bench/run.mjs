// Runs every benchmark in bench/ in turn: *.bench.mjs as they are, *.bench.ts bundled first with
// esbuild (so they can import the project's TypeScript). Each prints its figures and ratios
// against a peer measured in the same run. Needs `npm run build` (they time the shipped bundles).
// Usage: node bench/run.mjs [NAME...] [-- ARGS...]   (NAME: e.g. healthd, cleanup, idle; ARGS go to
// each benchmark, e.g. `node bench/run.mjs idle -- --duration 3m`)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleTs } from '../scripts/run-ts.mjs';

const dash = process.argv.indexOf('--');
const only = process.argv.slice(2, dash < 0 ? undefined : dash);
const passed = dash < 0 ? [] : process.argv.slice(dash + 1);
const benches = readdirSync('bench')
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.(mjs|ts)$/, '')))
  .sort();
let failed = 0;
for (const file of benches) {
  const script = file.endsWith('.ts') ? await bundleTs(join('bench', file)) : join('bench', file);
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, [script, ...passed], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
