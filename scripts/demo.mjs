// `npm run demo`: bundles scripts/demo.ts (it reuses the test harness) and runs it.
import { spawnSync } from 'node:child_process';
import { bundleTs } from './run-ts.mjs';

const r = spawnSync(process.execPath, [await bundleTs('scripts/demo.ts')], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
