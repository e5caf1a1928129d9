// Bundles one TypeScript entry point with esbuild into a temporary file and returns its path,
// so plain `node` can run project scripts (the demo, benchmarks) that import ts/ and tests/helpers/.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Keeps each project module's `import.meta.url` pointing at its source file, not the bundle. */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\/(ts|tests|bench|scripts)\/.*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/** Bundles `entry` (a .ts file) and resolves with the path of the runnable .mjs. */
export async function bundleTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-ts-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    plugins: [sourceUrls],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
