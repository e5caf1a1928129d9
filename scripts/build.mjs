// Bundles each program of package.json `bin` (ts/bin/NAME.ts) into one executable file under
// dist/ with esbuild, in the format its name says: `.cjs` CommonJS, `.js` and `.mjs` ESM (the
// package is "type": "module"). CommonJS starts faster (Node's ESM loader cost about 7 ms more per
// start here, docs/design.md, "CLI start-up"); swaysock-healthd is ESM because package.json, the
// units and the Nix package name it swaysock-healthd.js (it starts once per session).
//
// What a program needs only for some commands is a lazily loaded bundle of its own (LAZY below),
// next to the program's in dist/: a dynamic `import()` of one of its modules, in any bundle,
// loads that file then, and nothing of it is read or compiled before. A new lazy bundle is one
// entry in LAZY.
//
// esbuild's output is deterministic: `--check` builds in memory and fails when the committed
// bundles differ (the Nix package installs the committed bundles; see docs/design.md, "Packaging the committed bundles").
import { build } from 'esbuild';
import { chmod, readdir, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

/**
 * The lazily loaded bundles: `out` (in dist/) holds `modules` (and what they import); a dynamic
 * `import()` of any of them loads `out`. Each bundle has its own copy of what it imports, so a
 * class it throws is not the importer's class of the same name (docs/design.md, "CLI start-up").
 * A `.cjs` bundle is loaded with require(), a `.mjs` one with import().
 */
const LAZY = [
  // swaysock's yargs tree: help, completion, usage errors (ts/cli/dispatch.ts).
  { out: 'swaysock-yargs.mjs', modules: ['ts/cli/main.ts'] },
  // swaysock-healthd's metrics (prom-client), when metrics are asked for (ts/server/daemon.ts).
  { out: 'swaysock-metrics.mjs', modules: ['ts/metrics/registry.ts'] },
  // The swaysock commands that `diagnose`, `status` and `watch` need none of (ts/cli/commands/),
  // each loaded with require() (Node took ~40 ms to import() the session's bundle, ~11 ms to
  // require() it: docs/design.md, "D-Bus client").
  { out: 'swaysock-doctor.cjs', modules: ['ts/doctor/run.ts', 'ts/doctor/format.ts'] },
  // `swaysock session` with its D-Bus client, run once per session.
  { out: 'swaysock-session.cjs', modules: ['ts/session/environment.ts', 'ts/session/lifecycle.ts', 'ts/session/terminal.ts'] },
  { out: 'swaysock-discover.cjs', modules: ['ts/discovery/discover.ts', 'ts/systemd/manager.ts'] },
  { out: 'swaysock-cleanup-run.cjs', modules: ['ts/cli/commands/cleanup-run.ts'] },
  // `swaysock units` and `swaysock migrate`: rendering, installing and migrating units.
  { out: 'swaysock-units.cjs', modules: ['ts/units/install.ts', 'ts/units/installation.ts', 'ts/units/generated.ts', 'ts/units/migrate.ts'] },
  { out: 'swaysock-env.cjs', modules: ['ts/listen/served-socket.ts', 'ts/liveness/probe.ts'] },
  { out: 'swaysock-history.cjs', modules: ['ts/history/render.ts', 'ts/history/store.ts'] },
];

const check = process.argv.includes('--check');
const { bin, swaysock } = JSON.parse(await readFile('package.json', 'utf8'));
/** Node's flags for a program (package.json `swaysock.nodeFlags`), put on its `#!` line; the Nix package's wrapper passes the same. */
const nodeFlags = (program) => swaysock?.nodeFlags?.[program] ?? [];
const bundles = [
  ...Object.entries(bin).map(([program, path]) => ({ in: `ts/bin/${program}.ts`, out: basename(path), executable: true, flags: nodeFlags(program) })),
  ...LAZY.map((lazy) => ({ in: lazy.modules, out: lazy.out, executable: false })),
];
/** Absolute path of each lazily loaded module -> its bundle's file name. */
const lazyBundleOf = new Map(LAZY.flatMap((lazy) => lazy.modules.map((m) => [resolve(m), lazy.out])));

/**
 * A dynamic `import()` of a module in LAZY, from another bundle, loads that module's bundle: an
 * ESM one through import(), a CommonJS one through require() (esbuild keeps an external import()
 * in CommonJS output as it is, which would start Node's ESM loader), wrapped in a module of its
 * own that esbuild initialises only when the import() runs.
 */
const lazyBundles = (own) => ({
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const resolved = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: 'import-statement' });
      const out = lazyBundleOf.get(resolved.path);
      if (out === undefined || out === own) return undefined;
      return out.endsWith('.cjs') ? { path: out, namespace: 'lazy-cjs' } : { path: `./${out}`, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`, loader: 'js' }));
    b.onResolve({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({ path: args.path, external: true }));
  },
});

/** The entry of a lazy bundle: its one module, or a module re-exporting each of several. */
function entryOf(bundle) {
  if (!Array.isArray(bundle.in)) return { entryPoints: [bundle.in] };
  if (bundle.in.length === 1) return { entryPoints: [bundle.in[0]] };
  return {
    stdin: {
      contents: bundle.in.map((m) => `export * from ${JSON.stringify(`./${m}`)};`).join('\n'),
      resolveDir: process.cwd(),
      sourcefile: bundle.out,
      loader: 'ts',
    },
  };
}

/**
 * Fails when two modules of one lazy bundle export the same name: `export *` would drop it
 * silently (ECMAScript's ambiguous star exports) and its importers would get undefined.
 */
async function checkDisjointExports(bundle) {
  if (!Array.isArray(bundle.in) || bundle.in.length < 2) return;
  const owner = new Map();
  for (const module of bundle.in) {
    const { metafile } = await build({
      entryPoints: [module],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      outdir: 'dist',
      logLevel: 'error',
      plugins: [lazyBundles(bundle.out)],
    });
    for (const name of Object.values(metafile.outputs).flatMap((o) => o.exports)) {
      if (owner.has(name)) throw new Error(`${bundle.out}: ${owner.get(name)} and ${module} both export ${name}`);
      owner.set(name, module);
    }
  }
}

const outputs = [];
for (const bundle of bundles) {
  await checkDisjointExports(bundle);
  const esm = !bundle.out.endsWith('.cjs');
  const result = await build({
    ...entryOf(bundle),
    outfile: `dist/${bundle.out}`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: esm ? 'esm' : 'cjs',
    banner: {
      // ESM bundles of CommonJS dependencies (and of lazy CommonJS bundles) need require().
      js: `${bundle.executable ? (bundle.flags.length === 0 ? '#!/usr/bin/env node\n' : `#!/usr/bin/env -S node ${bundle.flags.join(' ')}\n`) : ''}${esm ? "import { createRequire as __swaysockCreateRequire } from 'node:module';\nconst require = __swaysockCreateRequire(import.meta.url);" : ''}`,
    },
    plugins: [lazyBundles(bundle.out)],
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
