// Bundles each program of package.json `bin` (ts/bin/NAME.ts) into one executable file under
// dist/ with esbuild, in the format its name says: `.cjs` CommonJS, `.js` ESM (the package is
// "type": "module"). CommonJS starts faster (Node's ESM loader cost about 7 ms more per start
// here, docs/design.md, "CLI start-up"); swaysock-healthd stays ESM because it loads yargs,
// whose ESM build needs import.meta, at start-up. What a program needs only sometimes is a
// bundle of its own, loaded on demand (LAZY below: the yargs command tree, the daemon's metrics,
// `swaysock session` with its D-Bus client).
// esbuild's output is deterministic: `--check` builds in memory and fails when the committed
// bundles differ (the Nix package installs the committed bundles; see docs/design.md, "Packaging the committed bundles").
import { build } from 'esbuild';
import { chmod, readdir, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

const check = process.argv.includes('--check');
const { bin } = JSON.parse(await readFile('package.json', 'utf8'));
/**
 * Bundles loaded on demand, next to the program that loads them: a dynamic `import()` of a
 * module listed here becomes an import of its bundle, so its code (and its dependencies) are
 * neither parsed nor evaluated when the program starts without needing it.
 * - the yargs command tree (ts/cli/main.ts): help, completion, usage errors (ts/cli/dispatch.ts);
 * - the daemon's metrics (ts/metrics/registry.ts, prom-client);
 * - `swaysock session` (ts/session/lifecycle.ts, with the D-Bus client), run once per session.
 */
const LAZY = [
  { in: 'ts/cli/main.ts', out: 'swaysock-yargs.mjs' },
  { in: 'ts/metrics/registry.ts', out: 'swaysock-metrics.mjs' },
  { in: 'ts/session/lifecycle.ts', out: 'swaysock-session.cjs' },
];
const bundles = [
  ...Object.entries(bin).map(([program, path]) => ({ in: `ts/bin/${program}.ts`, out: basename(path), executable: true })),
  ...LAZY.map((lazy) => ({ ...lazy, executable: false })),
];

/**
 * A dynamic `import()` of a {@link LAZY} module (`./x.js` for ts/x.ts) loads its bundle instead of
 * bundling it in: an ES module bundle (`.mjs`) through `import()`, a CommonJS one (`.cjs`) through
 * `require()` (a stand-in module that re-exports it), which skips the ES module loader: Node took
 * ~40 ms to `import()` the session's bundle here, ~11 ms to `require()` it (docs/design.md, "D-Bus client").
 */
const lazyExternal = {
  name: 'lazy-bundles',
  setup(b) {
    const byPath = new Map(LAZY.map((lazy) => [resolve(lazy.in), `./${lazy.out}`]));
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const bundle = byPath.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      if (bundle === undefined) return undefined;
      return bundle.endsWith('.cjs') ? { path: bundle, namespace: 'lazy-cjs' } : { path: bundle, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    b.onResolve({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({ path: args.path, external: true }));
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
    plugins: [lazyExternal],
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
