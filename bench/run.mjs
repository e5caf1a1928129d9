// Runs every benchmark in bench/ in turn: *.bench.mjs as they are, *.bench.ts bundled first with
// esbuild (so they can import the project's TypeScript). Each prints its figures and ratios
// against a peer measured in the same run. Needs `npm run build` (they time the shipped bundles).
// Usage: node bench/run.mjs [NAME...]   (NAME: e.g. healthd, cleanup)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.(mjs|ts)$/, '')))
  .sort();
const out = mkdtempSync(join(tmpdir(), 'swaysock-bench-'));
let failed = 0;
try {
  for (const file of benches) {
    let script = join('bench', file);
    if (file.endsWith('.ts')) {
      script = join(out, file.replace(/\.ts$/, '.mjs'));
      await build({ entryPoints: [join('bench', file)], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
    }
    console.log(`\n## ${file}`);
    const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
    if (r.status !== 0) failed++;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
