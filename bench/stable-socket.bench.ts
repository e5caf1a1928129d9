// The stable socket against Sway itself, measured in one run (goals: docs/stable-socket.md), under
// the same placements as bench/healthd.bench.ts (all on one CPU, then the client on one and Sway
// and the daemon on another):
// - round trips: 10,000 GET_VERSION over one warm connection each, through the stable socket vs
//   directly to the same Sway: p50 at most 2x, p99 under 1 ms;
// - bursts: 1, 8 and 32 clients at once, each a blocking connect + GET_VERSION (as swaymsg and
//   i3ipc do; bench/lib/burst-clients.py), direct and through the stable socket in alternate
//   bursts; each client's time from the burst's start to its reply: the relay's p50 within the
//   direct p50 + 50 ms, its max within the direct max + 500 ms, and no client failing that direct
//   ones do not.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SwayIpcClient } from '../ts/ipc/client.js';
import { defaultStableSocket } from '../ts/paths/paths.js';
import { asTestUser } from '../tests/helpers/user.js';
import { connectWithin, env, healthd, pin, placements, runtimeDir, sway } from './lib/processes.js';
import { record } from './lib/report.mjs';
import { describe, interleaved, quantile } from './lib/stats.js';

const N = 10_000;
/** Burst sizes and how many bursts of each per peer and placement (about 400 clients each). */
const BURSTS: [clients: number, rounds: number][] = [
  [1, 400],
  [8, 50],
  [32, 13],
];

const dir = runtimeDir();
const current = await sway(dir);
const { daemon, client } = await healthd(dir, ['--interval', '5', '--stable-socket']);
const stable = defaultStableSocket(dir);
const through = await connectWithin(() => SwayIpcClient.connect(stable, { timeoutMs: 1000 }), `the stable socket ${stable} did not answer`);
const raw = await SwayIpcClient.connect(current.socket);
const bursts = burstClients();

const pinned: [number, number, number] = [process.pid, current.child.pid!, daemon.pid!];
const placed = placements(pinned);
for (const [name, cpusOf] of placed) {
  if (cpusOf) pin([...pinned, bursts.pid], [...cpusOf, cpusOf[0]!]);
  const [rawSamples, stableSamples] = await interleaved(
    N,
    () => raw.getVersion(),
    () => through.getVersion(),
  );
  console.log(`round trips, ${name}:`);
  console.log(describe('  direct GET_VERSION         ', rawSamples));
  console.log(describe('  through the stable socket  ', stableSamples));
  const p50 = { name: 'direct GET_VERSION p50', value: quantile(rawSamples, 0.5) };
  record({ figure: `stable socket GET_VERSION p50, ${name}`, ours: quantile(stableSamples, 0.5), unit: 'ms', peer: p50, goal: { ratio: 2 } });
  const p99 = { name: 'direct GET_VERSION p99', value: quantile(rawSamples, 0.99) };
  record({ figure: `stable socket GET_VERSION p99, ${name}`, ours: quantile(stableSamples, 0.99), unit: 'ms', peer: p99, goal: { below: 1 } });

  for (const [clients, rounds] of BURSTS) await burstFigures(name, clients, rounds);
}
if (placed.length > 1) pin([...pinned, bursts.pid], [-1, -1, -1, -1]);
raw.close();
through.close();
client.close();
bursts.close();
process.exit(0);

/** Bursts of `clients` at once, `rounds` per peer, alternating (and which goes first) burst by burst. */
async function burstFigures(placement: string, clients: number, rounds: number): Promise<void> {
  const times = { direct: [] as number[], relay: [] as number[] };
  const failed = { direct: 0, relay: 0 };
  const paths = { direct: current.socket, relay: stable };
  for (let round = -2; round < rounds; round++) {
    for (const peer of round % 2 === 0 ? (['direct', 'relay'] as const) : (['relay', 'direct'] as const)) {
      const got = await bursts.run(clients, paths[peer]);
      if (round < 0) continue; // warm-up
      for (const ms of got) {
        if (ms === null) failed[peer] += 1;
        else times[peer].push(ms);
      }
    }
  }
  const line = (samples: number[]) =>
    `p50 ${quantile(samples, 0.5).toFixed(2)} ms, p99 ${quantile(samples, 0.99).toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms`;
  console.log(`bursts of ${clients} at once (connect + GET_VERSION), ${placement}, ${rounds} bursts each:`);
  console.log(`  direct                     ${line(times.direct)}, ${failed.direct} failed`);
  console.log(`  through the stable socket  ${line(times.relay)}, ${failed.relay} failed`);
  const what = `stable socket, ${clients} client(s) at once, ${placement}`;
  const directP50 = quantile(times.direct, 0.5);
  record({
    figure: `${what}: p50`,
    ours: quantile(times.relay, 0.5),
    unit: 'ms',
    peer: { name: 'direct p50', value: directP50 },
    goal: { atMost: directP50 + 50 },
  });
  record({
    figure: `${what}: p99`,
    ours: quantile(times.relay, 0.99),
    unit: 'ms',
    peer: { name: 'direct p99', value: quantile(times.direct, 0.99) },
    goal: null,
  });
  const directMax = Math.max(...times.direct);
  record({
    figure: `${what}: max`,
    ours: Math.max(...times.relay),
    unit: 'ms',
    peer: { name: 'direct max', value: directMax },
    goal: { atMost: directMax + 500 },
  });
  record({ figure: `${what}: failed clients`, ours: failed.relay, unit: 'clients', peer: null, goal: { atMost: failed.direct } });
}

/** The burst client (bench/lib/burst-clients.py), run as the benchmark user. */
function burstClients() {
  const [cmd, argv] = asTestUser('python3', [join('bench', 'lib', 'burst-clients.py')]);
  const child = spawn(cmd, argv, { env: env(dir), stdio: ['pipe', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    pid: child.pid!,
    /** One burst of `n` clients on `path`: each one's time to its reply, in ms (null: failed). */
    run: async (n: number, path: string): Promise<(number | null)[]> => {
      child.stdin!.write(`${n} ${path}\n`);
      const next = await lines.next();
      if (next.done) throw new Error('the burst client exited');
      return JSON.parse(next.value) as (number | null)[];
    },
    close: () => child.stdin!.end(),
  };
}
