// Bundles each program of ts/bin/ into one executable file under dist/ with esbuild.
// esbuild's output is deterministic: `--check` builds in memory and fails when the committed
// bundles differ (the Nix package installs the committed bundles; see docs/design.md, "Packaging the committed bundles").
import { build } from 'esbuild';
import { chmod, readdir, readFile } from 'node:fs/promises';

const check = process.argv.includes('--check');
const programs = (await readdir('ts/bin')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const result = await build({
  entryPoints: programs.map((p) => ({ in: `ts/bin/${p}.ts`, out: p })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    // ESM bundles of CommonJS dependencies need require().
    js: "#!/usr/bin/env node\nimport { createRequire as __swaysockCreateRequire } from 'node:module';\nconst require = __swaysockCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  write: !check,
});
if (check) {
  const stale = [];
  for (const file of result.outputFiles) {
    const committed = await readFile(file.path).catch(() => null);
    if (committed === null || !committed.equals(Buffer.from(file.contents))) stale.push(file.path);
  }
  if (stale.length > 0) {
    console.error(`dist/ is out of date (run \`npm run build\` and commit): ${stale.join(', ')}`);
    process.exit(1);
  }
} else {
  await Promise.all(programs.map((p) => chmod(`dist/${p}.js`, 0o755)));
}
