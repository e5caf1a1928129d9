// Teardown after a Sway crash, ours vs home-manager's exec line: see bench/lib/teardown.ts.
// The system tests' harness finds its scripts next to itself (import.meta.url), so this bundles
// that file with import.meta.url fixed to tests/helpers/, runs it and removes the bundle.
// Needs root (a private systemd user manager, as in the system tests) and `npm run build`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

if (process.getuid() !== 0) {
  console.log('teardown: skipped (needs root for a private systemd user manager)');
  process.exit(0);
}
const out = mkdtempSync(join(tmpdir(), 'swaysock-bench-teardown-'));
try {
  const outfile = join(out, 'teardown.mjs');
  await build({
    entryPoints: [join('bench', 'lib', 'teardown.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve('tests', 'helpers', 'bundle.js')).href) },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
