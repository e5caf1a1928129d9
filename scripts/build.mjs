// Bundles each program of package.json `bin` (ts/bin/NAME.ts) into one executable file under
// dist/ with esbuild, in the format its name says: `.cjs` CommonJS, `.js` ESM (the package is
// "type": "module"). CommonJS starts faster (Node's ESM loader cost about 7 ms more per start
// here, docs/design.md, "CLI start-up"); swaysock-healthd stays ESM because it loads yargs,
// whose ESM build needs import.meta, at start-up. `swaysock` loads its yargs command tree
// (ts/cli/main.ts) from a second bundle, dist/swaysock-yargs.mjs, only for help, completion,
// usage errors and the commands without an option table (ts/cli/dispatch.ts); swaysock-healthd
// loads its metrics (ts/metrics/registry.ts with prom-client) from dist/swaysock-metrics.mjs, only
// when metrics are asked for.
// esbuild's output is deterministic: `--check` builds in memory and fails when the committed
// bundles differ (the Nix package installs the committed bundles; see docs/design.md, "Packaging the committed bundles").
import { build } from 'esbuild';
import { chmod, readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';

const check = process.argv.includes('--check');
const { bin } = JSON.parse(await readFile('package.json', 'utf8'));
const YARGS_TREE = 'swaysock-yargs.mjs';
const METRICS = 'swaysock-metrics.mjs';
const bundles = [
  ...Object.entries(bin).map(([program, path]) => ({ in: `ts/bin/${program}.ts`, out: basename(path), executable: true })),
  { in: 'ts/cli/main.ts', out: YARGS_TREE, executable: false },
  { in: 'ts/metrics/registry.ts', out: METRICS, executable: false },
];

/** dispatch.ts's `import('./main.js')` loads the yargs tree's own bundle, next to the program's. */
const yargsTreeExternal = {
  name: 'yargs-tree-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/main\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${YARGS_TREE}`, external: true } : undefined));
  },
};

/** The daemon's `import('../metrics/registry.js')` loads the metrics bundle (prom-client), next to it. */
const metricsExternal = {
  name: 'metrics-external',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/metrics\/registry\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${METRICS}`, external: true } : undefined));
  },
};

const outputs = [];
for (const bundle of bundles) {
  const esm = !bundle.out.endsWith('.cjs');
  const result = await build({
    entryPoints: [bundle.in],
    outfile: `dist/${bundle.out}`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: esm ? 'esm' : 'cjs',
    banner: {
      // ESM bundles of CommonJS dependencies need require().
      js: `${bundle.executable ? '#!/usr/bin/env node\n' : ''}${esm ? "import { createRequire as __swaysockCreateRequire } from 'node:module';\nconst require = __swaysockCreateRequire(import.meta.url);" : ''}`,
    },
    plugins: [yargsTreeExternal, metricsExternal],
    legalComments: 'none',
    logLevel: 'warning',
    write: !check,
  });
  outputs.push(...(result.outputFiles ?? []));
}
if (check) {
  const stale = [];
  for (const file of outputs) {
    const committed = await readFile(file.path).catch(() => null);
    if (committed === null || !committed.equals(Buffer.from(file.contents))) stale.push(file.path);
  }
  const expected = new Set(bundles.map((b) => b.out));
  for (const name of await readdir('dist')) if (!expected.has(name)) stale.push(`dist/${name} (no longer built)`);
  if (stale.length > 0) {
    console.error(`dist/ is out of date (run \`npm run build\` and commit): ${stale.join(', ')}`);
    process.exit(1);
  }
} else {
  await Promise.all(bundles.filter((b) => b.executable).map((b) => chmod(`dist/${b.out}`, 0o755)));
}
