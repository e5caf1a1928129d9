// Randomised mixes of every case the cleanup must get right, checking its one promise: no live
// socket and no non-candidate is ever removed (or changed), and every stale socket is removed.
// The seed is fixed and printed; set SWAYSOCK_TEST_SEED to replay another.
//
// Mixes are cheap: one real headless Sway stays in the runtime directory throughout, a few real
// processes (sleepers, processes named `sway`, zombies named `sway`) and socket inodes (stale,
// listening, root-owned, unreachable) are made once, and each mix links many names to them.
// 500 mixes run the cleanup function in-process with the test user's `uid`; 25 more run the built
// program as the test user, where an unreachable socket (mode 000: connect() gets EACCES even
// for its owner, root is exempt) adds the "state unknown" case.
import t from 'tap';
import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCleanup, type CleanupReport } from '../../ts/cleanup/run.js';
import { probeSocket } from '../../ts/liveness/probe.js';
import { swaySocketName } from '../../ts/liveness/socket-name.js';
import { deadPid, processNamed, runCleanupProgram, scratchDir, swayZombie } from '../helpers/cleanup.js';
import { linkAs, socketInode } from '../helpers/sockets.js';
import { startSway } from '../helpers/sway.js';
import { chownToTestUser, makeRuntimeDir, testUser } from '../helpers/user.js';

const SEED = Number(process.env.SWAYSOCK_TEST_SEED ?? 20261125);
const IN_PROCESS_MIXES = 500;
const PROGRAM_MIXES = 25;
const uid = testUser.uid;

/** mulberry32: a small, well-known 32-bit PRNG; returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Expect = 'removed' | 'kept' | 'untouched';
interface Planned {
  kind: string;
  path: string;
  expect: Expect;
  ino?: number;
}

t.test(`randomised mixes (seed ${SEED})`, async (t) => {
  t.comment(`seed ${SEED} (replay with SWAYSOCK_TEST_SEED=${SEED})`);
  const random = prng(SEED);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const dir = makeRuntimeDir(t.teardown);
  const aside = scratchDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  // The lock's directory must belong to whoever runs the cleanup: root's for the in-process runs
  // (tests run as root), the test user's for the program runs, which come after them.
  mkdirSync(join(dir, 'swaysock'), { mode: 0o700 });
  const stale = (await socketInode(join(aside, 'stale'), testUser, false)).path;
  const rootOwned = (await socketInode(join(aside, 'root-owned'), { uid: 0, gid: 0 }, false)).path;
  const unreachable = (await socketInode(join(aside, 'unreachable'), testUser, false)).path;
  chmodSync(unreachable, 0);
  const listener = await socketInode(join(aside, 'listener'), testUser, true);
  t.teardown(() => listener.server!.close());
  const sleepers = Array.from({ length: 4 }, () => processNamed(t.teardown, 'sleep'));
  const swayNamed = Array.from({ length: 4 }, () => processNamed(t.teardown, 'sway'));
  const zombies = (await Promise.all(Array.from({ length: 3 }, () => swayZombie(t.teardown)))).map((z) => z.pid);

  // Builds one mix in `dir`; `program` says whether the built program (test user) will run it.
  const build = (program: boolean): Planned[] => {
    let dead = 0;
    const pools = { sleeper: [...sleepers], sway: [...swayNamed], zombie: [...zombies] };
    const live = (pool: number[]): number | null => (pool.length === 0 ? null : pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    const named = (pid: number, u = uid) => join(dir, swaySocketName(u, pid));
    const link = (inode: string, pid: number, u = uid) => linkAs(inode, dir, swaySocketName(u, pid));
    const kinds: [string, Expect, () => string | null][] = [
      ['stale, dead PID', 'removed', () => link(stale, deadPid(++dead))],
      [
        'stale, PID reused by a non-Sway',
        'removed',
        () => {
          const p = live(pools.sleeper);
          return p === null ? null : link(stale, p);
        },
      ],
      [
        'stale, PID a zombie named sway',
        'removed',
        () => {
          const p = live(pools.zombie);
          return p === null ? null : link(stale, p);
        },
      ],
      [
        'starting: bound, PID named sway',
        'kept',
        () => {
          const p = live(pools.sway);
          return p === null ? null : link(stale, p);
        },
      ],
      ['listener, dead PID', 'kept', () => link(listener.path, deadPid(++dead))],
      [
        'listener, non-Sway PID',
        'kept',
        () => {
          const p = live(pools.sleeper);
          return p === null ? null : link(listener.path, p);
        },
      ],
      [
        'listener, PID named sway',
        'kept',
        () => {
          const p = live(pools.sway);
          return p === null ? null : link(listener.path, p);
        },
      ],
      [
        'regular file',
        'untouched',
        () => {
          const p = named(deadPid(++dead));
          writeFileSync(p, 'x');
          return p;
        },
      ],
      [
        'symlink to the live Sway',
        'untouched',
        () => {
          const p = named(deadPid(++dead));
          symlinkSync(sway.socketPath, p);
          return p;
        },
      ],
      [
        'symlink to a stale socket',
        'untouched',
        () => {
          const p = named(deadPid(++dead));
          symlinkSync(stale, p);
          return p;
        },
      ],
      [
        'directory',
        'untouched',
        () => {
          const p = named(deadPid(++dead));
          mkdirSync(p);
          return p;
        },
      ],
      ['another UID in the name', 'untouched', () => link(stale, deadPid(++dead), uid + 1 + Math.floor(random() * 1000))],
      [
        'not a Sway socket name',
        'untouched',
        () =>
          linkAs(
            stale,
            dir,
            pick([
              `sway-ipc.${uid}.${deadPid(++dead)}.sock.old`,
              `sway-ipc.${uid}.x${++dead}.sock`,
              `.sway-ipc.${uid}.${deadPid(++dead)}.sock`,
              `sway-ipc.${uid}.${deadPid(++dead)}`,
              `wayland-${++dead}`,
            ]),
          ),
      ],
    ];
    kinds.push(['socket owned by another user', 'untouched', () => link(rootOwned, deadPid(++dead))]);
    if (program) kinds.push(['unreachable (connect EACCES)', 'kept', () => link(unreachable, deadPid(++dead))]);
    const plan: Planned[] = [];
    const count = 1 + Math.floor(random() * 40);
    for (let i = 0; i < count; i++) {
      let [kind, expect, make] = pick(kinds);
      let path = make();
      if (path === null) [kind, expect, make] = kinds[0]!; // that pool is used up in this mix
      path ??= make()!;
      plan.push({ kind, path, expect, ino: lstatSync(path).ino });
    }
    plan.push({ kind: 'the live headless Sway', path: sway.socketPath, expect: 'kept', ino: lstatSync(sway.socketPath).ino });
    return plan;
  };

  // Checks the promise for one mix; returns the violations (empty when kept).
  const check = (plan: Planned[], report: CleanupReport, dryRun: boolean): string[] => {
    const removed = new Set(report.removed.map((e) => e.path));
    const kept = new Set(report.kept.map((e) => e.path));
    const bad: string[] = [];
    for (const p of plan) {
      const now = lstatSync(p.path, { throwIfNoEntry: false });
      if (p.expect === 'removed') {
        if (!removed.has(p.path)) bad.push(`stale not reported removed: ${p.kind} ${p.path}`);
        if (!dryRun && now !== undefined) bad.push(`stale still there: ${p.kind} ${p.path}`);
      } else {
        if (now?.ino !== p.ino) bad.push(`${p.expect} entry removed or replaced: ${p.kind} ${p.path}`);
        if (removed.has(p.path)) bad.push(`${p.expect} entry reported removed: ${p.kind} ${p.path}`);
        if (p.expect === 'kept' && !kept.has(p.path)) bad.push(`candidate not reported kept: ${p.kind} ${p.path}`);
        if (p.expect === 'untouched' && kept.has(p.path)) bad.push(`non-candidate reported: ${p.kind} ${p.path}`);
      }
    }
    if (dryRun)
      for (const p of plan) if (p.expect === 'removed' && lstatSync(p.path, { throwIfNoEntry: false })?.ino !== p.ino) bad.push(`--dry-run removed ${p.path}`);
    if (report.errors.length > 0) bad.push(`errors: ${JSON.stringify(report.errors)}`);
    return bad;
  };

  const clear = () => {
    for (const n of readdirSync(dir)) if (join(dir, n) !== sway.socketPath && n !== 'swaysock') rmSync(join(dir, n), { recursive: true });
  };

  const seen = new Map<string, number>();
  for (let mix = 0; mix < IN_PROCESS_MIXES + PROGRAM_MIXES; mix++) {
    const program = mix >= IN_PROCESS_MIXES;
    if (mix === IN_PROCESS_MIXES) chownToTestUser(join(dir, 'swaysock'));
    const plan = build(program);
    for (const p of plan) seen.set(p.kind, (seen.get(p.kind) ?? 0) + 1);
    const dryRun = random() < 0.1;
    let report: CleanupReport;
    if (program) {
      const run = await runCleanupProgram(dir, ['--json', ...(dryRun ? ['--dry-run'] : [])]);
      if (run.code !== 0) throw new Error(`mix ${mix}: exit ${run.code}: ${run.stderr}`);
      report = JSON.parse(run.stdout);
    } else {
      report = await runCleanup({ runtimeDir: dir, uid, dryRun });
    }
    const bad = check(plan, report, dryRun);
    if (bad.length > 0) t.fail(`seed ${SEED} mix ${mix} (${program ? 'program' : 'in-process'}${dryRun ? ', dry run' : ''}): ${bad.join('; ')}`);
    clear();
  }
  t.pass(`${IN_PROCESS_MIXES} in-process and ${PROGRAM_MIXES} program mixes checked`);
  t.comment(`entries per kind: ${JSON.stringify(Object.fromEntries(seen))}`);
  t.ok(
    [...seen.values()].every((n) => n >= 20),
    'every kind occurred at least 20 times',
  );
  t.equal((await probeSocket(sway.socketPath)).kind, 'listening', 'the live Sway still serves its socket');
});
