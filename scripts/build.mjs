// Bundles each program of ts/bin/ into one executable file under dist/ with esbuild.
// The output is deterministic, so .ci/run rebuilds it and fails when the committed bundles differ.
import { build } from 'esbuild';
import { chmod, readdir } from 'node:fs/promises';

const programs = (await readdir('ts/bin')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
await build({
  entryPoints: programs.map((p) => ({ in: `ts/bin/${p}.ts`, out: p })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.js' },
  banner: {
    // ESM bundles of CommonJS dependencies need require(); yargs and ajv bring some.
    js: "#!/usr/bin/env node\nimport { createRequire as __swaysockCreateRequire } from 'node:module';\nconst require = __swaysockCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
await Promise.all(programs.map((p) => chmod(`dist/${p}.js`, 0o755)));
