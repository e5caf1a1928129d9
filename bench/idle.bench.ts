// What swaysock-healthd costs beside an idle Sway, over a run of --duration (default 10 min;
// `node bench/run.mjs idle -- --duration 3m`): processes it spawns a minute (by name, watchdog
// pings apart), CPU-seconds an hour of the daemon and its children, of the user manager that
// answers it, and of the session bus if it ran, and RSS.
// Goal: no spawn besides the watchdog's pings (the daemon talks to the manager over D-Bus);
// < 2 CPU-seconds an hour for the daemon with its children; the user manager's and the bus's share
// are reported to compare builds (--healthd), as docs/healthd.md ("Idle cost") does.
//
// As root it runs the daemon as the shipped unit runs it (Type=notify, the unit's WatchdogSec,
// `--interval 5 --repair-environment`) under a real user manager (tests/helpers/user-manager.ts);
// otherwise it runs the daemon directly, without systemd (no notifications, no manager to read).
// Under the manager, CPU is read from each one's cgroup (cgroup v2 `cpu.stat` usage_usec, in µs:
// the daemon's unit with every child it ran, the manager's init.scope, the bus's dbus.service);
// without it, from proc(5) stat: utime + stime + cutime + cstime of the daemon, which reaps every
// child it runs (in clock ticks of 10 ms).
// Spawns are counted by wrappers first on the daemon's PATH (tests/helpers/spawn-counter.ts): each
// is a `sh` that execs the real program, so the CPU figure includes their start-up (an overestimate).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UNITS } from '../ts/units/definitions.js';
import { DEFAULT_SETTINGS } from '../ts/units/settings.js';
import { HEALTHD, HEALTHD_NODE_FLAGS, startHealthd } from '../tests/helpers/daemon.js';
import { countSpawns } from '../tests/helpers/spawn-counter.js';
import { startSway } from '../tests/helpers/sway.js';
import { cgroup2Root, startUserManager } from '../tests/helpers/user-manager.js';
import { makeRuntimeDir } from '../tests/helpers/user.js';
import { record } from './lib/report.mjs';

// --healthd PATH runs another build of the daemon under the manager (e.g. the previous commit's
// bundle, to measure before and after in turn on a busy machine).
const { values } = parseArgs({ options: { duration: { type: 'string', default: '10m' }, healthd: { type: 'string', default: HEALTHD } } });
const match = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(values.duration!);
if (match === null) {
  console.error(`--duration must be a number of seconds or minutes (e.g. 600, 600s, 10m), not ${values.duration}`);
  process.exit(64);
}
const durationMs = Number(match[1]) * (match[2] === 'm' ? 60_000 : 1000);
const GOAL_SPAWNS_PER_MIN = 0;
const GOAL_CPU_S_PER_HOUR = 2;
const CLK_TCK = 100; // getconf CLK_TCK on Linux
const WARM_UP_MS = 30_000;

const cleanups: (() => unknown)[] = [];
const teardown = (fn: () => unknown) => cleanups.push(fn);
const spawns = countSpawns(['systemctl', 'systemd-notify'], teardown);

/** A CPU time counter: its name in the figures and a reading in µs (0 for what does not run). */
interface Meter {
  name: string;
  usec(): number;
}

/** Starts Sway and the daemon; resolves with the daemon's PID, what the run is, and what CPU to meter. */
async function start(): Promise<{ pid: number; how: string; meters: Meter[] }> {
  const interval = String(DEFAULT_SETTINGS['healthd.interval']);
  if (process.getuid?.() !== 0) {
    if (values.healthd !== HEALTHD) throw new Error('--healthd needs root: it is run as a unit under a user manager');
    const dir = makeRuntimeDir(teardown);
    await startSway(dir, teardown);
    const daemon = await startHealthd(dir, teardown, ['--interval', interval, '--repair-environment'], { PATH: spawns.path });
    return {
      pid: daemon.pid,
      how: 'run directly (not root: no user manager, no systemd-notify)',
      meters: [{ name: 'daemon and children', usec: () => cpuTicks(daemon.pid) * (1e6 / CLK_TCK) }],
    };
  }
  const um = await startUserManager(teardown);
  const sway = await startSway(um.runtimeDir, teardown);
  await um.systemctl(['set-environment', `SWAYSOCK=${sway.socketPath}`, `I3SOCK=${sway.socketPath}`]);
  const watchdog = String(UNITS['swaysock-healthd.service']!.Service!.WatchdogSec);
  um.writeUnit(
    'swaysock-healthd.service',
    `[Service]
Type=notify
NotifyAccess=all
WatchdogSec=${watchdog}
Environment=PATH=${spawns.path}
ExecStart=${process.execPath} ${HEALTHD_NODE_FLAGS.join(' ')} ${values.healthd} --interval ${interval} --repair-environment
`,
  );
  await um.systemctl(['daemon-reload']);
  const started = await um.systemctl(['start', 'swaysock-healthd.service']);
  if (started.code !== 0) throw new Error(`the daemon did not start: ${started.stderr}`);
  const pid = Number(await um.unitProperty('swaysock-healthd.service', 'MainPID'));
  const meters = [
    { name: 'daemon and children', usec: () => cgroupUsec(cgroupOf(pid)) },
    { name: 'the user manager', usec: () => cgroupUsec(cgroupOf(um.pid)) },
    // Socket-activated: it runs only once something connects to the bus (in the slice its unit names).
    { name: 'the session bus', usec: () => cgroupUsec(findCgroup(um.cgroupPath, 'dbus.service') ?? '/nonexistent') },
  ];
  return { pid, how: `the unit under a user manager (WatchdogSec=${watchdog})`, meters };
}

/** The cgroup v2 directory of process `pid` (the `0::` line of /proc/PID/cgroup). */
function cgroupOf(pid: number): string {
  const line = readFileSync(`/proc/${pid}/cgroup`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('0::'));
  if (line === undefined) throw new Error(`process ${pid} is in no cgroup v2 directory`);
  return join(cgroup2Root(), line.slice(3));
}

/** The cgroup directory named `name` below `dir` (a unit's, e.g. `dbus.service`), or null. */
function findCgroup(dir: string, name: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    const found = entry.name === name ? path : findCgroup(path, name);
    if (found !== null) return found;
  }
  return null;
}

/** CPU time of every process that ran in cgroup `dir` (cgroup v2 `cpu.stat` usage_usec), in µs; 0 when it does not exist. */
function cgroupUsec(dir: string): number {
  const file = join(dir, 'cpu.stat');
  if (!existsSync(file)) return 0;
  return Number(/^usage_usec (\d+)$/m.exec(readFileSync(file, 'utf8'))![1]);
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
  const { pid, how, meters } = await start();
  // The window opens 30 s after the start: the start-up reads and notifications are over, and so is
  // V8's clean-up of the start-up garbage (its memory reducer runs some seconds after allocation
  // slows down), a one-off that would otherwise be counted as if it recurred every few minutes.
  await new Promise((r) => setTimeout(r, WARM_UP_MS));
  const lines0 = spawns.lines().length;
  const usec0 = meters.map((m) => m.usec());
  const t0 = performance.now();
  console.log(`daemon PID ${pid}, ${how}; measuring for ${durationMs / 1000} s beside an idle headless Sway, from ${WARM_UP_MS / 1000} s after the start`);
  await new Promise((r) => setTimeout(r, durationMs));
  const usec = meters.map((m, i) => m.usec() - usec0[i]!);
  const minutes = (performance.now() - t0) / 60_000;
  const runs = spawns.lines().slice(lines0);
  const pings = runs.filter((l) => l === 'systemd-notify WATCHDOG=1').length;
  const others = runs.length - pings;
  const byName = (name: string) => runs.filter((l) => l.startsWith(`${name} `) && l !== 'systemd-notify WATCHDOG=1').length;
  const perHour = (us: number) => us / 1e6 / (minutes / 60);
  const { rss, peak } = memory(pid);
  const cpu = meters.map((m, i) => `${m.name} ${(usec[i]! / 1000).toFixed(1)} ms`).join(', ');
  console.log(
    `over ${minutes.toFixed(1)} min: systemctl ${byName('systemctl')}, systemd-notify ${byName('systemd-notify')} besides ${pings} watchdog pings; CPU ${cpu}; RSS peak ${(peak / 1024).toFixed(1)} MiB; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  record({
    figure: 'idle: spawns a minute besides watchdog pings',
    ours: others / minutes,
    unit: 'spawns/min',
    peer: null,
    goal: { atMost: GOAL_SPAWNS_PER_MIN },
  });
  record({ figure: 'idle: watchdog pings a minute', ours: pings / minutes, unit: 'pings/min', peer: null, goal: null });
  record({ figure: 'idle: CPU an hour, daemon and children', ours: perHour(usec[0]!), unit: 'CPU-s/h', peer: null, goal: { below: GOAL_CPU_S_PER_HOUR } });
  for (const [i, m] of meters.entries())
    if (i > 0) record({ figure: `idle: CPU an hour, ${m.name}`, ours: perHour(usec[i]!), unit: 'CPU-s/h', peer: null, goal: null });
  if (meters.length > 1)
    record({
      figure: 'idle: CPU an hour, daemon and children with the user manager',
      ours: perHour(usec[0]! + usec[1]!),
      unit: 'CPU-s/h',
      peer: null,
      goal: null,
    });
  if (meters.length > 1)
    record({
      figure: 'idle: CPU an hour in all (daemon and children, user manager, session bus)',
      ours: perHour(usec.reduce((a, b) => a + b, 0)),
      unit: 'CPU-s/h',
      peer: null,
      goal: null,
    });
  record({ figure: 'idle: RSS', ours: rss / 1024, unit: 'MiB', peer: null, goal: null });
} finally {
  for (const fn of cleanups.reverse()) await fn();
}
