// swaysock-healthd's memory, with the goals printed beside the figures:
// - steady state: RSS after warm-up stays flat (its floor grows by under 5 MiB) across 10,000 validations
//   and 200 reconnects (Sway killed and started again) at a short --interval;
// - hostile clients: 10,000 hostile requests (oversized lines streamed without a newline,
//   batches of 850 requests, batches whose answers are too large, garbage, clients that never
//   read) keep the peak RSS under baseline + 32 MiB, and the daemon answers correctly afterwards.
// RSS and its peak come from /proc/PID/status (VmRSS, VmHWM); the peak is reset before the hostile
// phase through /proc/PID/clear_refs (needs root or the daemon's user).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import type { SocketHealth } from '../ts/rpc/protocol.js';
import { protocolValidators } from '../ts/server/schemas.js';
import { healthd, runtimeDir, sway } from './lib/processes.js';
import { record } from './lib/report.mjs';

const MiB = 1024 * 1024;
const HOSTILE = 10_000;
const VALIDATIONS = 10_000;
const RECONNECTS = 200;

process.setMaxListeners(RECONNECTS + 50); // bench/lib/processes.ts adds an exit handler per Sway
const dir = runtimeDir();
let current = await sway(dir);
const { daemon, client: observer } = await healthd(dir, ['--interval', '0.01', '--no-repair-environment']);
const socketPath = join(dir, 'swaysock', 'healthd.sock');

/** A field of /proc/PID/status in bytes (VmRSS, VmHWM). */
function memory(field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${daemon.pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} for PID ${daemon.pid}`);
  return Number(m[1]) * 1024;
}
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const validations = async () => (await observer.call('daemon.status')).counters.validations;

/** Resolves with the next health change that satisfies `ok`. */
function nextHealth(ok: (h: SocketHealth) => boolean): Promise<SocketHealth> {
  return new Promise((resolve) => {
    const on = (_method: string, h: SocketHealth) => {
      if (!ok(h)) return;
      observer.off('notification', on);
      resolve(h);
    };
    observer.on('notification', on);
  });
}
await observer.call('subscribe');

// Steady state. Warm-up: 10 reconnects and 1,000 validations.
async function reconnect(): Promise<void> {
  const old = current;
  const down = nextHealth((h) => h.status === 'disconnected');
  old.child.kill('SIGKILL');
  await down;
  rmSync(old.socket, { force: true }); // what the cleanup would do; keeps discovery's directory small
  const up = nextHealth((h) => h.status === 'healthy' && h.socket_path !== old.socket);
  current = await sway(dir);
  await up;
}
for (let i = 0; i < 10; i++) await reconnect();
const start = await validations();
while ((await validations()) < start + 1000) await new Promise((r) => setTimeout(r, 50));
// RSS follows the garbage collector's saw-tooth (here +-10 MiB within seconds), so single samples
// say little: RSS is sampled every 100 ms and each quarter of the run has its floor (lowest
// sample). V8 may still grow its heap to its working size once in the first quarter (seen here
// as one step of ~18 MiB, flat afterwards), so the first quarter counts as warm-up too: the floor
// of the second quarter is compared with that of the last. A leak raises the floor each quarter.
const samples: number[] = [];
const sampler = setInterval(() => samples.push(memory('VmRSS')), 100);
const from = await validations();
for (let i = 1; i <= RECONNECTS; i++) await reconnect();
while ((await validations()) < from + VALIDATIONS) await new Promise((r) => setTimeout(r, 50));
clearInterval(sampler);
const quarter = Math.floor(samples.length / 4);
const floors = [0, 1, 2, 3].map((q) => Math.min(...samples.slice(q * quarter, (q + 1) * quarter)));
const growth = floors[3]! - floors[1]!;
console.log(`steady state, ${(await validations()) - from} validations and ${RECONNECTS} reconnects after warm-up, ${samples.length} RSS samples: floor per quarter ${floors.map(mib).join(', ')}; peak ${mib(Math.max(...samples))}`);
record({ figure: 'steady-state RSS floor growth, second -> last quarter', ours: growth / MiB, unit: 'MiB', peer: null, goal: { below: 5 } });

// Hostile clients. Each kind is one "request"; 32 run at once, each on its own connection.
const events = (n: number, limit: number) => JSON.stringify(Array.from({ length: n }, (_, id) => ({ jsonrpc: '2.0', id, method: 'daemon.events', params: { limit } })));
const kinds: Record<string, (s: Socket) => void> = {
  // 1 MiB without a newline, in 64 KiB writes.
  oversized: (s) => {
    const piece = Buffer.alloc(64 * 1024, 0x61);
    for (let i = 0; i < 16; i++) s.write(piece);
  },
  bigBatch: (s) => s.write(`${events(850, 1)}\n`),
  answerBomb: (s) => s.write(`${events(64, 256)}\n`),
  garbage: (s) => s.write(`${'{"jsonrpc":'.repeat(4000)}\n`),
  // Asks for ~13 MiB of answers and never reads: dropped at the 1 MiB output bound.
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
const baseline = memory('VmRSS');
let next = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < HOSTILE) await hostile(kindNames[next++ % kindNames.length]!);
  }),
);
const peak = memory('VmHWM');
const health = await observer.call('get_socket_health');
const status = await observer.call('daemon.status');
const correct = protocolValidators().socketHealth(health) && health.status === 'healthy' && health.socket_path === current.socket;
console.log(`hostile: ${HOSTILE} requests (${kindNames.join(', ')}), 32 at once: baseline RSS ${mib(baseline)}, peak ${mib(peak)}`);
record({ figure: `peak RSS above baseline, ${HOSTILE} hostile requests`, ours: (peak - baseline) / MiB, unit: 'MiB', peer: null, goal: { below: 32 } });
console.log(`  afterwards: get_socket_health ${correct ? 'correct (healthy, the live socket)' : `WRONG: ${JSON.stringify(health)}`}; clients dropped ${status.counters.clients_dropped}, errors ${status.counters.errors}`);
observer.close();
process.exit(correct ? 0 : 1);
