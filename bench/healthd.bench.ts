// swaysock-healthd against its peers, measured in one run (goals: docs/design.md, "Goals measured by bench/"):
// - get_socket_health round trips (10,000 over one connection) vs raw GET_VERSION round trips to
//   the same Sway: p50 within 1.5x, p99 under 1 ms;
// - `swaysock diagnose socket-health` wall time vs bare `node -e 0`: within 1.3x;
// - Sway SIGKILL -> `disconnected` pushed to a subscriber, vs a raw IPC client's own EOF: under 20 ms;
// - a new Sway's socket file -> `healthy`, vs a raw client polling until GET_VERSION answers: under 200 ms.
import { watch } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { SwayIpcClient } from '../ts/ipc/client.js';
import { healthd, medianWallMs, pin, placements, runtimeDir, sway } from './lib/processes.js';
import { record } from './lib/report.mjs';
import { describe, interleaved, quantile } from './lib/stats.js';

const N = 10_000;
const dir = runtimeDir();
let current = await sway(dir);
const { daemon, client } = await healthd(dir, ['--interval', '5']);

// Round trips depend on where the scheduler puts the processes: measured here, a wake-up on the
// other CPU of a VM adds ~50 us to a round trip that takes ~11 us on one CPU. So both peers are
// measured under the same placement, twice when taskset(1) (util-linux) can pin them: all on one
// CPU, then the client on one CPU and Sway and the daemon on another.
const raw = await SwayIpcClient.connect(current.socket);
const pinned: [number, number, number] = [process.pid, current.child.pid!, daemon.pid!];
const placed = placements(pinned);
for (const [name, cpusOf] of placed) {
  if (cpusOf) pin(pinned, cpusOf);
  const [rawSamples, oursSamples] = await interleaved(
    N,
    () => raw.getVersion(),
    () => client.call('get_socket_health'),
  );
  console.log(`round trips, ${name}:`);
  console.log(describe('  raw Sway GET_VERSION', rawSamples));
  console.log(describe('  get_socket_health   ', oursSamples));
  const p50 = { name: 'raw GET_VERSION p50', value: quantile(rawSamples, 0.5) };
  record({ figure: `get_socket_health p50, ${name}`, ours: quantile(oursSamples, 0.5), unit: 'ms', peer: p50, goal: { ratio: 1.5 } });
  const p99 = { name: 'raw GET_VERSION p99', value: quantile(rawSamples, 0.99) };
  record({ figure: `get_socket_health p99, ${name}`, ours: quantile(oursSamples, 0.99), unit: 'ms', peer: p99, goal: { below: 1 } });
}
if (placed.length > 1)
  pin(
    pinned,
    pinned.map(() => -1),
  );

const cliEnv = { PATH: process.env.PATH, XDG_RUNTIME_DIR: dir };
// Second peer: Node loading yargs and parsing one command, nothing else (the floor of a yargs CLI).
const yargsOnly = `import yargs from ${JSON.stringify(join(process.cwd(), 'node_modules', 'yargs', 'index.mjs'))}; await yargs(['x']).command('x', 'x', () => {}, () => {}).help().parseAsync();`;
const {
  node: nodeMs,
  cli: cliMs,
  yargs: yargsMs,
} = medianWallMs(
  {
    node: [process.execPath, ['-e', '0']],
    cli: [process.execPath, [join('dist', 'swaysock.cjs'), 'diagnose', 'socket-health', '--json']],
    yargs: [process.execPath, ['--input-type=module', '-e', yargsOnly]],
  },
  21,
  { env: cliEnv },
);
record({ figure: 'swaysock diagnose socket-health, wall', ours: cliMs, unit: 'ms', peer: { name: 'node -e 0', value: nodeMs }, goal: { ratio: 1.3 } });
record({
  figure: 'swaysock diagnose socket-health, vs a yargs floor',
  ours: cliMs,
  unit: 'ms',
  peer: { name: 'node + yargs parsing one command', value: yargsMs },
  goal: null,
});

// Loss and recovery, several rounds.
await client.call('subscribe');
const lossOurs: number[] = [];
const lossRaw: number[] = [];
const upOurs: number[] = [];
const upRaw: number[] = [];
for (let round = 0; round < 5; round++) {
  const watcher = await SwayIpcClient.connect(current.socket);
  const killedAt = performance.now();
  const rawEof = new Promise<number>((r) => watcher.once('close', () => r(performance.now() - killedAt)));
  const ours = new Promise<number>((r) => {
    const on = (method: string, h: unknown) => {
      if (method === 'socket_health_changed' && (h as { status: string }).status === 'disconnected') {
        client.off('notification', on);
        r(performance.now() - killedAt);
      }
    };
    client.on('notification', on);
  });
  current.child.kill('SIGKILL');
  lossRaw.push(await rawEof);
  lossOurs.push(await ours);

  let appearedAt = 0;
  let appeared = '';
  const fsWatch = watch(dir, (_e, name) => {
    if (appearedAt === 0 && String(name).startsWith('sway-ipc.') && join(dir, String(name)) !== current.socket) {
      appearedAt = performance.now();
      appeared = join(dir, String(name));
    }
  });
  const healthy = new Promise<number>((r) => {
    const on = (method: string, h: unknown) => {
      if (method === 'socket_health_changed' && (h as { status: string }).status === 'healthy') {
        client.off('notification', on);
        r(performance.now());
      }
    };
    client.on('notification', on);
  });
  const next = sway(dir);
  const rawUp = (async () => {
    for (;;) {
      if (appearedAt !== 0) {
        const probe = await SwayIpcClient.connect(appeared, { timeoutMs: 100 }).catch(() => null);
        const answered = probe
          ? await probe.getVersion().then(
              () => true,
              () => false,
            )
          : false;
        probe?.close();
        if (answered) return performance.now();
      }
      await new Promise((r) => setTimeout(r, 1));
    }
  })();
  current = await next;
  const [healthyAt, rawAt] = await Promise.all([healthy, rawUp]);
  fsWatch.close();
  upOurs.push(healthyAt - appearedAt);
  upRaw.push(rawAt - appearedAt);
}
const med = (xs: number[]) => quantile(xs, 0.5);
record({
  figure: 'Sway SIGKILL -> disconnected, median',
  ours: med(lossOurs),
  unit: 'ms',
  peer: { name: 'raw client EOF', value: med(lossRaw) },
  goal: { below: 20 },
});
record({ figure: 'new socket -> healthy, median', ours: med(upOurs), unit: 'ms', peer: { name: 'raw 1 ms poller', value: med(upRaw) }, goal: { below: 200 } });
raw.close();
client.close();
process.exit(0);
