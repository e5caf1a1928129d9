// swaysock-healthd's memory, with the goals printed beside the figures:
// - steady state: RSS after warm-up stays flat (its floor grows by under 5 MiB) across 10,000 validations
//   and 200 reconnects (Sway killed and started again) at a short --interval, with the health
//   history on (a summary every second) and the metrics loaded, /metrics scraped and the history
//   asked for along the way (the history holds at most 2048 records, its file at most 3 MiB, the
//   metrics' series are fixed: nothing may accumulate);
// - hostile clients: 10,000 hostile requests (oversized lines streamed without a newline,
//   batches of 850 requests, batches whose answers are too large, garbage, clients that never
//   read) keep the peak RSS under baseline + 32 MiB, and the daemon answers correctly afterwards;
// - the metrics' cost: the same steady state run by a daemon without metrics (prom-client never
//   loaded) is the peer of the RSS at its end: within 1.25x.
// RSS and its peak come from /proc/PID/status (VmRSS, VmHWM); the peak is reset before the hostile
// phase through /proc/PID/clear_refs (needs root or the daemon's user).
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { DaemonClient } from '../ts/rpc/client.js';
import { defaultDaemonSocket } from '../ts/paths/paths.js';
import type { SocketHealth } from '../ts/rpc/protocol.js';
import { resultValidator } from '../ts/rpc/schemas.js';
import { healthd, runtimeDir, sway } from './lib/processes.js';
import { record } from './lib/report.mjs';

const MiB = 1024 * 1024;
const HOSTILE = 10_000;
const VALIDATIONS = 10_000;
const RECONNECTS = 200;
const DAEMON_ARGS = ['--interval', '0.01', '--no-repair-environment', '--history-summary', '1'];

process.setMaxListeners(2 * RECONNECTS + 50); // bench/lib/processes.ts adds an exit handler per Sway
const dir = runtimeDir();
let current = await sway(dir);
const socketPath = defaultDaemonSocket(dir);

/** A field of /proc/PID/status in bytes (VmRSS, VmHWM). */
function memory(daemon: ChildProcess, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${daemon.pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} for PID ${daemon.pid}`);
  return Number(m[1]) * 1024;
}
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

/** The body of an HTTP GET. */
function scrape(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { timeout: 5000 }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (d) => (body += d))
        .on('end', () => resolve(body));
    }).on('error', reject);
  });
}

/** Resolves with the next health change `observer` is told of that satisfies `ok`. */
function nextHealth(observer: DaemonClient, ok: (h: SocketHealth) => boolean): Promise<SocketHealth> {
  return new Promise((resolve) => {
    const on = (_method: string, h: SocketHealth) => {
      if (!ok(h)) return;
      observer.off('notification', on);
      resolve(h);
    };
    observer.on('notification', on);
  });
}

/** A daemon through the steady state, with its RSS floor per quarter and its RSS at the end. */
interface SteadyRun {
  daemon: ChildProcess;
  observer: DaemonClient;
  floors: number[];
  final: number;
}

/**
 * Starts a daemon (`metrics`: with `--metrics-listen` on a loopback port, scraped along the way)
 * and runs it through the warm-up (10 reconnects, 1,000 validations) and the steady state.
 */
async function steadyState(metrics: boolean): Promise<SteadyRun> {
  const port = metrics ? await freePort() : null;
  const { daemon, client: observer } = await healthd(dir, port === null ? DAEMON_ARGS : [...DAEMON_ARGS, '--metrics-listen', `127.0.0.1:${port}`]);
  const url = port === null ? null : `http://127.0.0.1:${port}/metrics`;
  const validations = async () => (await observer.call('daemon.status')).counters.validations;
  // What a scraper and a history reader cost: /metrics and daemon.events every tenth of the run.
  const poke = async () => {
    if (url !== null) await scrape(url);
    await observer.call('daemon.events', { types: ['status', 'validation_summary'] });
  };
  await observer.call('subscribe');
  const reconnect = async (): Promise<void> => {
    const old = current;
    const down = nextHealth(observer, (h) => h.status === 'disconnected');
    old.child.kill('SIGKILL');
    await down;
    rmSync(old.socket, { force: true }); // what the cleanup would do; keeps discovery's directory small
    const up = nextHealth(observer, (h) => h.status === 'healthy' && h.socket_path !== old.socket);
    current = await sway(dir);
    await up;
  };
  for (let i = 0; i < 10; i++) await reconnect();
  await poke();
  const start = await validations();
  while ((await validations()) < start + 1000) await new Promise((r) => setTimeout(r, 50));
  // RSS follows the garbage collector's saw-tooth (here +-10 MiB within seconds), so single samples
  // say little: RSS is sampled every 100 ms and each quarter of the run has its floor (lowest
  // sample). V8 may still grow its heap to its working size once in the first quarter (seen here
  // as one step of ~18 MiB, flat afterwards), so the first quarter counts as warm-up too: the floor
  // of the second quarter is compared with that of the last. A leak raises the floor each quarter.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(memory(daemon, 'VmRSS')), 100);
  const from = await validations();
  for (let i = 1; i <= RECONNECTS; i++) {
    await reconnect();
    if (i % (RECONNECTS / 10) === 0) await poke();
  }
  for (let next = (await validations()) + VALIDATIONS / 10; (await validations()) < from + VALIDATIONS; ) {
    if ((await validations()) >= next) {
      await poke();
      next += VALIDATIONS / 10;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  clearInterval(sampler);
  const quarter = Math.floor(samples.length / 4);
  const floors = [0, 1, 2, 3].map((q) => Math.min(...samples.slice(q * quarter, (q + 1) * quarter)));
  console.log(
    `steady state ${metrics ? 'with' : 'without'} metrics, ${(await validations()) - from} validations and ${RECONNECTS} reconnects after warm-up, ${samples.length} RSS samples: floor per quarter ${floors.map(mib).join(', ')}; peak ${mib(Math.max(...samples))}`,
  );
  return { daemon, observer, floors, final: memory(daemon, 'VmRSS') };
}

/** A TCP port free on 127.0.0.1 a moment ago (the kernel's choice), for the daemon's `--metrics-listen`. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const withMetrics = await steadyState(true);
const { daemon, observer } = withMetrics;
const floors = withMetrics.floors;
record({
  figure: 'steady-state RSS floor growth, second -> last quarter (history + metrics on)',
  ours: (floors[3]! - floors[1]!) / MiB,
  unit: 'MiB',
  peer: null,
  goal: { below: 5 },
});

// Hostile clients. Each kind is one "request"; 32 run at once, each on its own connection.
const events = (n: number, limit: number) =>
  JSON.stringify(Array.from({ length: n }, (_, id) => ({ jsonrpc: '2.0', id, method: 'daemon.events', params: { limit } })));
const kinds: Record<string, (s: Socket) => void> = {
  // 1 MiB without a newline, in 64 KiB writes.
  oversized: (s) => {
    const piece = Buffer.alloc(64 * 1024, 0x61);
    for (let i = 0; i < 16; i++) s.write(piece);
  },
  bigBatch: (s) => s.write(`${events(850, 1)}\n`),
  answerBomb: (s) => s.write(`${events(64, 256)}\n`),
  garbage: (s) => s.write(`${'{"jsonrpc":'.repeat(4000)}\n`),
  // Asks for ~13 MiB of answers and never reads: the daemon stops reading it once its unsent
  // output passes 16 KiB (backpressure); this side gives up after 2 s.
  nonReader: (s) => {
    s.pause();
    s.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'daemon.events', params: { limit: 256 } })}\n`.repeat(256));
  },
};
const kindNames = Object.keys(kinds);

/** Runs one hostile request; resolves when the daemon has answered or closed the connection. */
function hostile(kind: string): Promise<void> {
  return new Promise((resolve) => {
    const s = connect(socketPath);
    s.on('error', () => {});
    const done = () => {
      clearTimeout(timer);
      s.destroy();
      resolve();
    };
    // A client that does not read is dropped by the daemon; others end once an answer line came.
    const timer = setTimeout(done, 2000);
    s.on('close', done);
    s.on('data', (d) => {
      if (d.includes(0x0a) && kind !== 'nonReader') done();
    });
    s.once('connect', () => kinds[kind]!(s));
  });
}

writeFileSync(`/proc/${daemon.pid}/clear_refs`, '5'); // reset VmHWM to the current RSS
const baseline = memory(daemon, 'VmRSS');
let next = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < HOSTILE) await hostile(kindNames[next++ % kindNames.length]!);
  }),
);
const peak = memory(daemon, 'VmHWM');
const health = await observer.call('get_socket_health');
const status = await observer.call('daemon.status');
const correct = resultValidator('get_socket_health')!(health) && health.status === 'healthy' && health.socket_path === current.socket;
console.log(`hostile: ${HOSTILE} requests (${kindNames.join(', ')}), 32 at once: baseline RSS ${mib(baseline)}, peak ${mib(peak)}`);
record({ figure: `peak RSS above baseline, ${HOSTILE} hostile requests`, ours: (peak - baseline) / MiB, unit: 'MiB', peer: null, goal: { below: 32 } });
console.log(
  `  afterwards: get_socket_health ${correct ? 'correct (healthy, the live socket)' : `WRONG: ${JSON.stringify(health)}`}; clients dropped ${status.counters.clients_dropped}, errors ${status.counters.errors}`,
);
observer.close();
daemon.kill('SIGTERM');
await new Promise((resolve) => daemon.once('exit', resolve));

// The metrics' cost: the same steady state without them.
const withoutMetrics = await steadyState(false);
const bare = withoutMetrics.floors;
record({
  figure: 'steady-state RSS floor growth, second -> last quarter (history on, no metrics)',
  ours: (bare[3]! - bare[1]!) / MiB,
  unit: 'MiB',
  peer: null,
  goal: { below: 5 },
});
record({
  figure: 'RSS after the steady state, history + metrics on',
  ours: withMetrics.final / MiB,
  unit: 'MiB',
  peer: { name: 'without metrics', value: withoutMetrics.final / MiB },
  goal: { ratio: 1.25 },
});
withoutMetrics.observer.close();
process.exit(correct ? 0 : 1);
