// `swaysock doctor` wall time on a healthy session (goal, docs/doctor.md: under 1 s), beside the
// floor of any Node CLI, `node -e 0`, both started the same way. The session is the system tests'
// (tests/helpers/scenario.ts): a real systemd user manager, our units, two migrated stand-ins and a
// headless Sway whose config runs `swaysock session`. Needs root (a private user manager) and
// `npm run build` (it times the shipped bundle).
import { performance } from 'node:perf_hooks';
import { CLI } from '../tests/helpers/daemon.js';
import { runDoctor } from '../tests/helpers/doctor.js';
import { healthyWithin, installSession, loginAgain } from '../tests/helpers/scenario.js';
import { swayServiceSession } from '../tests/helpers/session.js';
import type { UserManager } from '../tests/helpers/user-manager.js';
import { record } from './lib/report.mjs';
import { describe, quantile } from './lib/stats.js';

const RUNS = Number(process.env.SWAYSOCK_BENCH_DOCTOR_RUNS ?? 15);
const GOAL_MS = 1000;

if (process.getuid?.() !== 0) {
  console.log('doctor: skipped (needs root for a private systemd user manager)');
  process.exit(0);
}

const cleanups: (() => unknown)[] = [];
const t = { teardown: (fn: () => unknown) => void cleanups.push(fn) };

/** Wall time of `cmd args` run as the test user under `um`, in ms. @throws when it exits with another code than `expect`. */
async function timed(um: UserManager, cmd: string, args: string[], expect: number): Promise<number> {
  const t0 = performance.now();
  const r = await um.run(cmd, args);
  const ms = performance.now() - t0;
  if (r.code !== expect) throw new Error(`${args.join(' ')}: exit ${r.code}, expected ${expect}: ${r.stdout}${r.stderr}`);
  return ms;
}

try {
  const { um, swayLog } = await installSession(t);
  const booted = await loginAgain(t, um);
  await swayServiceSession(booted, swayLog);
  await healthyWithin(booted, 5000);
  const first = await runDoctor(booted);
  if (first.code !== 0)
    throw new Error(`the session is not healthy by doctor's word: ${JSON.stringify(first.report.findings.filter((f) => f.severity === 'problem'))}`);
  const doctor: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    doctor.push(await timed(booted, process.execPath, [CLI, 'doctor', '--json'], 0));
    floor.push(await timed(booted, process.execPath, ['-e', '0'], 0));
  }
  console.log(describe('swaysock doctor --json, healthy session', doctor));
  console.log(describe('node -e 0 (floor)', floor));
  const floorP50 = { name: 'node -e 0 p50', value: quantile(floor, 0.5) };
  record({ figure: 'swaysock doctor on a healthy session, wall p50', ours: quantile(doctor, 0.5), unit: 'ms', peer: floorP50, goal: { below: GOAL_MS } });
  record({ figure: 'swaysock doctor on a healthy session, wall max', ours: Math.max(...doctor), unit: 'ms', peer: null, goal: null });
} finally {
  for (const fn of cleanups.reverse()) await fn();
}
