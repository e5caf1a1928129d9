// The stable socket against Sway itself, measured in one run (goals: docs/stable-socket.md):
// GET_VERSION round trips (10,000 over one warm connection each) through the stable socket vs
// directly to the same Sway: p50 at most 2x, p99 under 1 ms. Measured under the same placements as
// bench/healthd.bench.ts (all on one CPU, then the client on one and Sway and the daemon on another).
import { SwayIpcClient } from '../ts/ipc/client.js';
import { defaultStableSocket } from '../ts/proxy/default-path.js';
import { connectWithin, healthd, pin, placements, runtimeDir, sway } from './lib/processes.js';
import { record } from './lib/report.mjs';
import { describe, interleaved, quantile } from './lib/stats.js';

const N = 10_000;
const dir = runtimeDir();
const current = await sway(dir);
const { daemon, client } = await healthd(dir, ['--interval', '5', '--stable-socket']);
const stable = defaultStableSocket(dir);
const through = await connectWithin(() => SwayIpcClient.connect(stable, { timeoutMs: 1000 }), `the stable socket ${stable} did not answer`);
const raw = await SwayIpcClient.connect(current.socket);

const pinned: [number, number, number] = [process.pid, current.child.pid!, daemon.pid!];
const placed = placements(pinned);
for (const [name, cpusOf] of placed) {
  if (cpusOf) pin(pinned, cpusOf);
  const [rawSamples, stableSamples] = await interleaved(N, () => raw.getVersion(), () => through.getVersion());
  console.log(`round trips, ${name}:`);
  console.log(describe('  direct GET_VERSION         ', rawSamples));
  console.log(describe('  through the stable socket  ', stableSamples));
  const p50 = { name: 'direct GET_VERSION p50', value: quantile(rawSamples, 0.5) };
  record({ figure: `stable socket GET_VERSION p50, ${name}`, ours: quantile(stableSamples, 0.5), unit: 'ms', peer: p50, goal: { ratio: 2 } });
  const p99 = { name: 'direct GET_VERSION p99', value: quantile(rawSamples, 0.99) };
  record({ figure: `stable socket GET_VERSION p99, ${name}`, ours: quantile(stableSamples, 0.99), unit: 'ms', peer: p99, goal: { below: 1 } });
}
if (placed.length > 1) pin(pinned, pinned.map(() => -1));
raw.close();
through.close();
client.close();
process.exit(0);
