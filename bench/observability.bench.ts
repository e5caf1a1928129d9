// swaysock-healthd's memory with the health history and the metrics on, under load: 10,000
// validations (--interval 5 ms), then 200 reconnections (a Sway killed and a new one started each
// time) after 100 more to warm up; /metrics scraped and the history asked for along the way.
// RSS (proc(5) status, VmRSS) is sampled every 250 validations and every 10 reconnections of the
// measured stretches; a phase's growth is the median of its last third of samples minus the median
// of its first third (medians, because the garbage collector's sawtooth moves single samples by
// several MiB). The same run without metrics (no --metrics-listen, prom-client never loaded) is
// the peer.
// Goal: steady state flat: RSS grows by less than 10 MiB over each measured phase (the history
// holds at most 2048 records in memory, its file is bounded at 3 MiB, the metrics' series are
// fixed); the final RSS within 1.25x of the run without metrics.
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { startHealthd } from '../tests/helpers/daemon.js';
import { startSway, type RunningSway } from '../tests/helpers/sway.js';
import { makeRuntimeDir } from '../tests/helpers/user.js';
import { record } from './lib/report.mjs';

const VALIDATIONS = 10_000;
const WARM_UP_VALIDATIONS = 1000;
const RECONNECTS = 200;
const WARM_UP_RECONNECTS = 100;
const GOAL_GROWTH_MIB = 10;

function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) / 1024;
}

function scrape(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve(body));
    }).on('error', reject);
  });
}

interface Run {
  /** RSS samples in MiB over the measured validations and reconnections. */
  validations: number[];
  reconnections: number[];
  /** RSS at the end, MiB. */
  final: number;
  reconnectionCount: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median of the last third minus median of the first third, MiB. */
function growth(samples: number[]): number {
  const third = Math.max(1, Math.floor(samples.length / 3));
  return median(samples.slice(-third)) - median(samples.slice(0, third));
}

/** One daemon through both phases; `metrics`: served on a loopback port and scraped. */
async function run(metrics: boolean): Promise<Run> {
  const cleanups: (() => unknown)[] = [];
  const teardown = (fn: () => unknown) => cleanups.push(fn);
  try {
    const dir = makeRuntimeDir(teardown);
    let sway: RunningSway = await startSway(dir, teardown);
    const args = ['--interval', '0.005', '--history-summary', '1', '--environment-interval', '3600', '--no-repair-environment'];
    const daemon = await startHealthd(dir, teardown, metrics ? [...args, '--metrics-listen', '127.0.0.1:0'] : args);
    const url = metrics ? /serving metrics on (\S+)/.exec(daemon.log())![1]! : null;
    const client = await daemon.client();
    const health = () => client.call<{ status: string; reconnection_count: number }>('get_socket_health');
    const poke = async () => {
      if (url !== null) await scrape(url);
      await client.call('daemon.events', { types: ['status', 'validation_summary'] });
    };

    /** Waits for `n` validations in all, scraping, asking for the history and sampling RSS every 250. */
    const validations = async (n: number, samples: number[]) => {
      for (let next = 0; ; ) {
        const v = (await client.call<{ counters: { validations: number } }>('daemon.status')).counters.validations;
        if (v >= n) return;
        if (v >= next) {
          await poke();
          samples.push(rssMiB(daemon.pid));
          next = v + 250;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const reconnections = async (n: number, samples: number[]) => {
      for (let i = 0; i < n; i++) {
        if (i % 10 === 0) samples.push(rssMiB(daemon.pid));
        const before = (await health()).reconnection_count;
        await sway.kill('SIGKILL');
        sway = await startSway(dir, teardown);
        while (!(await health().then((h) => h.status === 'healthy' && h.reconnection_count > before))) await new Promise((r) => setTimeout(r, 5));
        if (i % 50 === 49) await poke();
      }
    };

    const result: Run = { validations: [], reconnections: [], final: 0, reconnectionCount: 0 };
    await validations(WARM_UP_VALIDATIONS, []);
    await validations(VALIDATIONS, result.validations);
    await reconnections(WARM_UP_RECONNECTS, []);
    await reconnections(RECONNECTS, result.reconnections);
    result.final = rssMiB(daemon.pid);
    result.reconnectionCount = (await health()).reconnection_count;
    return result;
  } finally {
    for (const fn of cleanups.reverse()) await fn();
  }
}

const ours = await run(true);
const peer = await run(false);
for (const [name, r] of [['with metrics', ours], ['without metrics', peer]] as const) {
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}..${Math.max(...xs).toFixed(1)} MiB`;
  console.log(`${name}: RSS over the validations ${range(r.validations)}, over the reconnections ${range(r.reconnections)}, final ${r.final.toFixed(1)} MiB; ${r.reconnectionCount} reconnections`);
}
// Growths can be negative (a collection between the samples), so the run without metrics is
// reported beside them rather than as a ratio.
for (const [phase, of] of [[`${VALIDATIONS - WARM_UP_VALIDATIONS} validations`, (r: Run) => r.validations], [`${RECONNECTS} reconnections`, (r: Run) => r.reconnections]] as const) {
  record({ figure: `RSS growth over ${phase}, history + metrics on`, ours: growth(of(ours)), unit: 'MiB', peer: null, goal: { below: GOAL_GROWTH_MIB } });
  record({ figure: `RSS growth over ${phase}, without metrics`, ours: growth(of(peer)), unit: 'MiB', peer: null, goal: null });
}
record({ figure: 'RSS after the load, history + metrics on', ours: ours.final, unit: 'MiB', peer: { name: 'without metrics', value: peer.final }, goal: { ratio: 1.25 } });
