// What swaysock-healthd costs beside an idle Sway, over a run of --duration (default 10 min;
// `node bench/run.mjs idle -- --duration 3m`): processes it spawns a minute (by name, watchdog
// pings apart), CPU-seconds an hour of the daemon and its children (proc(5) stat: utime + stime
// + cutime + cstime of the daemon, which reaps every child it runs), and RSS.
// Goal: besides the watchdog's pings at most 1 spawn a minute; < 2 CPU-seconds an hour in all.
//
// As root it runs the daemon as the shipped unit runs it (Type=notify, the unit's WatchdogSec,
// `--interval 5 --repair-environment`) under a real user manager (tests/helpers/user-manager.ts);
// otherwise it runs the daemon directly, without systemd (no notifications, systemctl fails).
// Spawns are counted by wrappers first on the daemon's PATH (tests/helpers/spawn-counter.ts): each
// is a `sh` that execs the real program, so the CPU figure includes their start-up (an overestimate).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS, UNITS } from '../ts/units/definitions.js';
import { HEALTHD, HEALTHD_NODE_FLAGS, startHealthd } from '../tests/helpers/daemon.js';
import { countSpawns } from '../tests/helpers/spawn-counter.js';
import { startSway } from '../tests/helpers/sway.js';
import { startUserManager } from '../tests/helpers/user-manager.js';
import { makeRuntimeDir } from '../tests/helpers/user.js';
import { record } from './lib/report.mjs';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10m' } } });
const match = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(values.duration!);
if (match === null) {
  console.error(`--duration must be a number of seconds or minutes (e.g. 600, 600s, 10m), not ${values.duration}`);
  process.exit(64);
}
const durationMs = Number(match[1]) * (match[2] === 'm' ? 60_000 : 1000);
const GOAL_SPAWNS_PER_MIN = 1;
const GOAL_CPU_S_PER_HOUR = 2;
const CLK_TCK = 100; // getconf CLK_TCK on Linux
const WARM_UP_MS = 30_000;

const cleanups: (() => unknown)[] = [];
const teardown = (fn: () => unknown) => cleanups.push(fn);
const spawns = countSpawns(['systemctl', 'systemd-notify'], teardown);

/** Starts Sway and the daemon; resolves with the daemon's PID and what the run is. */
async function start(): Promise<{ pid: number; how: string }> {
  const interval = String(DEFAULT_SETTINGS['healthd.interval']);
  if (process.getuid?.() !== 0) {
    const dir = makeRuntimeDir(teardown);
    await startSway(dir, teardown);
    const daemon = await startHealthd(dir, teardown, ['--interval', interval, '--repair-environment'], { PATH: spawns.path });
    return { pid: daemon.pid, how: 'run directly (not root: no user manager, no systemd-notify)' };
  }
  const um = await startUserManager(teardown);
  const sway = await startSway(um.runtimeDir, teardown);
  await um.systemctl(['set-environment', `SWAYSOCK=${sway.socketPath}`, `I3SOCK=${sway.socketPath}`]);
  const watchdog = String(UNITS['swaysock-healthd.service']!.Service!.WatchdogSec);
  um.writeUnit('swaysock-healthd.service', `[Service]
Type=notify
NotifyAccess=all
WatchdogSec=${watchdog}
Environment=PATH=${spawns.path}
ExecStart=${process.execPath} ${HEALTHD_NODE_FLAGS.join(' ')} ${HEALTHD} --interval ${interval} --repair-environment
`);
  await um.systemctl(['daemon-reload']);
  const started = await um.systemctl(['start', 'swaysock-healthd.service']);
  if (started.code !== 0) throw new Error(`the daemon did not start: ${started.stderr}`);
  return { pid: Number(await um.unitProperty('swaysock-healthd.service', 'MainPID')), how: `the unit under a user manager (WatchdogSec=${watchdog})` };
}

/** utime + stime + cutime + cstime of `pid`, in clock ticks (proc(5) fields 14-17). */
function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
}

/** VmRSS and VmHWM of `pid`, in KiB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

try {
  const { pid, how } = await start();
  // The window opens 30 s after the start: the start-up reads and notifications are over, and so is
  // V8's clean-up of the start-up garbage (its memory reducer runs some seconds after allocation
  // slows down), a one-off that would otherwise be counted as if it recurred every few minutes.
  await new Promise((r) => setTimeout(r, WARM_UP_MS));
  const lines0 = spawns.lines().length;
  const ticks0 = cpuTicks(pid);
  const t0 = performance.now();
  console.log(`daemon PID ${pid}, ${how}; measuring for ${durationMs / 1000} s beside an idle headless Sway, from ${WARM_UP_MS / 1000} s after the start`);
  await new Promise((r) => setTimeout(r, durationMs));
  const ticks = cpuTicks(pid) - ticks0;
  const minutes = (performance.now() - t0) / 60_000;
  const runs = spawns.lines().slice(lines0);
  const pings = runs.filter((l) => l === 'systemd-notify WATCHDOG=1').length;
  const others = runs.length - pings;
  const byName = (name: string) => runs.filter((l) => l.startsWith(`${name} `) && l !== 'systemd-notify WATCHDOG=1').length;
  const cpuPerHour = ticks / CLK_TCK / (minutes / 60);
  const { rss, peak } = memory(pid);
  console.log(`over ${minutes.toFixed(1)} min: systemctl ${byName('systemctl')}, systemd-notify ${byName('systemd-notify')} besides ${pings} watchdog pings; CPU ${ticks} ticks of 10 ms; RSS peak ${(peak / 1024).toFixed(1)} MiB`);
  record({ figure: 'idle: spawns a minute besides watchdog pings', ours: others / minutes, unit: 'spawns/min', peer: null, goal: { atMost: GOAL_SPAWNS_PER_MIN } });
  record({ figure: 'idle: watchdog pings a minute', ours: pings / minutes, unit: 'pings/min', peer: null, goal: null });
  record({ figure: 'idle: CPU an hour, daemon and children', ours: cpuPerHour, unit: 'CPU-s/h', peer: null, goal: { below: GOAL_CPU_S_PER_HOUR } });
  record({ figure: 'idle: RSS', ours: rss / 1024, unit: 'MiB', peer: null, goal: null });
} finally {
  for (const fn of cleanups.reverse()) await fn();
}
