/**
 * The session scenarios (docs/testing.md) under a real systemd user manager (tests/system/scenario-*.test.ts):
 * our units installed the way a non-Nix user installs them (`swaysock units --install --enable`),
 * two stand-in Sway clients moved onto the session by `swaysock migrate`, and a headless Sway run
 * as `sway.service`, enabled
 * into default.target, whose config has `exec swaysock session`. A login (or a boot with lingering)
 * is a new manager on that HOME: default.target starts Sway, Sway's exec starts the session.
 * Needs the bundles in dist/ (`npm run build`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from './daemon.js';
import { state, swayServiceSession, writeSwayService, type Teardown } from './session.js';
import { testUser } from './user.js';
import { startUserManager, waitFor, type UserManager, type UserManagerOptions } from './user-manager.js';

/** The services bound to sway-session.target: our health daemon and the two stand-ins. */
export const BOUND = ['swaysock-healthd.service', 'stand-in-a.service', 'stand-in-b.service'] as const;
const STAND_INS = ['a', 'b'] as const;
const CHECK = join(dirname(fileURLToPath(import.meta.url)), 'stand-in-check.sh');

/**
 * A stand-in Sway client as most services are written, bound to graphical-session.target; its
 * start check (stand-in-check.sh) is its only try. {@link installSession} migrates it.
 */
function standInUnit(name: string): string {
  return `[Unit]
Description=Stand-in Sway client ${name} (test fixture)
After=graphical-session.target
PartOf=graphical-session.target

[Service]
ExecStartPre=/bin/sh ${CHECK} ${name} /usr/bin/swaymsg ${process.execPath} ${CLI}
ExecStart=/bin/sleep infinity

[Install]
WantedBy=graphical-session.target
`;
}

/**
 * A fresh manager with our units installed and enabled in its HOME as a non-Nix user does it
 * (`swaysock units --install --enable UNIT_ARGS`; the manager reloads, nothing of the session runs).
 * @throws Error with the command's stderr when it fails.
 */
export async function managerWithOurUnits(t: { teardown: Teardown }, unitArgs: string[] = [], options: UserManagerOptions = {}): Promise<UserManager> {
  const um = await startUserManager(t.teardown, options);
  const install = await um.run(process.execPath, [CLI, 'units', '--install', '--enable', ...unitArgs]);
  if (install.code !== 0) throw new Error(`swaysock units --install --enable failed (${install.code}): ${install.stderr}`);
  return um;
}

/**
 * Installs and enables, in a fresh manager's HOME, as a non-Nix user does: our units
 * (`swaysock units --install --enable UNIT_ARGS`), the two stand-ins (enabled, then moved onto the
 * session with `swaysock migrate`), and `sway.service`. Returns that manager (not logged in:
 * nothing of the session runs) and Sway's log reader.
 * @throws Error with the failing command's stderr.
 */
export async function installSession(t: { teardown: Teardown }, unitArgs: string[] = []): Promise<{ um: UserManager; swayLog: () => string }> {
  const um = await managerWithOurUnits(t, unitArgs);
  for (const name of STAND_INS) um.writeUnit(`stand-in-${name}.service`, standInUnit(name));
  const swayLog = await writeSwayService(um, { exec: 'exec', enable: true });
  const standIns = STAND_INS.map((n) => `stand-in-${n}.service`);
  const enable = await um.systemctl(['enable', ...standIns]);
  if (enable.code !== 0) throw new Error(`enable the stand-ins: ${enable.stderr}`);
  const migrate = await um.run(process.execPath, [CLI, 'migrate', ...standIns]);
  if (migrate.code !== 0 || (migrate.stdout.match(/wants link moved/g) ?? []).length !== standIns.length) {
    throw new Error(`swaysock migrate ${standIns.join(' ')} (${migrate.code}): ${migrate.stdout}${migrate.stderr}`);
  }
  return { um, swayLog };
}

/** A login after the last one ended (or a reboot): stops `um`, starts a new manager on its HOME. */
export async function loginAgain(t: { teardown: Teardown }, um: UserManager): Promise<UserManager> {
  await um.stop();
  return startUserManager(t.teardown, { home: um.home });
}

/** `$XDG_RUNTIME_DIR/sway-ipc.UID.*.sock` paths in `dir`, sorted. */
export function swaySockets(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`sway-ipc.${testUser.uid}.`) && f.endsWith('.sock'))
    .map((f) => join(dir, f))
    .sort();
}

/** What `swaysock discover` prints (trimmed; '' when it finds no live Sway) and its exit code. */
export async function discover(um: UserManager): Promise<{ code: number; path: string }> {
  const r = await um.run(process.execPath, [CLI, 'discover']);
  return { code: r.code, path: r.stdout.trim() };
}

/** `get_socket_health` through `swaysock diagnose socket-health --json` once it exits 0 (healthy), within `timeoutMs`. */
export async function healthyWithin(um: UserManager, timeoutMs: number): Promise<Record<string, unknown>> {
  let last = '';
  let health: Record<string, unknown> = {};
  await waitFor(
    async () => {
      const r = await um.run(process.execPath, [CLI, 'diagnose', 'socket-health', '--json']);
      last = `exit ${r.code}: ${r.stdout}${r.stderr}`;
      if (r.code !== 0) return false;
      health = JSON.parse(r.stdout);
      return true;
    },
    timeoutMs,
    () => `the daemon to report healthy (last: ${last})`,
  );
  return health;
}

/** Units the manager lists as failed (`systemctl --user list-units --failed`), one per line; '' when none. */
export async function failedUnits(um: UserManager): Promise<string> {
  return (await um.systemctl(['list-units', '--failed', '--plain', '--no-legend'])).stdout.trim();
}

/** Now on CLOCK_MONOTONIC in µs, the clock of systemd's `*Monotonic` properties (libuv's hrtime reads CLOCK_MONOTONIC). */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** CLOCK_MONOTONIC µs at which `unit` last became active (0: never). */
export const enteredAt = async (um: UserManager, unit: string): Promise<number> => Number(await um.unitProperty(unit, 'ActiveEnterTimestampMonotonic'));

/** One check of a session's state, for a tap test: `ok(condition, message)`. */
type Ok = (condition: unknown, message: string) => unknown;

/**
 * Waits for the session that sway.service's Sway started and checks it, as the cold-start scenario (docs/testing.md)
 * says: sway.service, then sway-session.target, then each bound service active, by
 * ActiveEnterTimestampMonotonic; each stand-in found a working socket on its first try in every
 * session of this manager (`earlier`: the sockets of the earlier ones, oldest first); the daemon
 * reports `healthy` on the live socket (the wait bounded at 30 s) with `reconnection_count` 0 and the
 * manager's SWAYSOCK on it; `swaysock discover` names it; only that socket is left in the runtime
 * directory (the cleanup the target pulls in ran); no unit failed. Returns the live Sway.
 */
export async function checkSession(
  t: { ok: Ok },
  um: UserManager,
  swayLog: () => string,
  label: string,
  earlier: string[] = [],
): Promise<{ pid: number; socket: string }> {
  const sway = await swayServiceSession(um, swayLog);
  for (const unit of BOUND)
    await waitFor(
      async () => (await state(um, unit)) === 'active',
      60_000,
      async () => `${label}: ${unit} to be active (its state: ${await state(um, unit)})`,
    );
  const swayAt = await enteredAt(um, 'sway.service');
  const targetAt = await enteredAt(um, 'sway-session.target');
  t.ok(swayAt < targetAt, `${label}: sway-session.target (${targetAt} µs) after sway.service (${swayAt} µs)`);
  for (const unit of BOUND) {
    const at = await enteredAt(um, unit);
    t.ok(targetAt < at, `${label}: ${unit} active (${at} µs) only after sway-session.target (${targetAt} µs)`);
  }
  const expected = [...earlier, sway.socket].map((s) => `ok ${s}`);
  for (const name of STAND_INS) {
    const tries = readFileSync(join(um.runtimeDir, `stand-in-${name}.attempts`), 'utf8')
      .trim()
      .split('\n');
    t.ok(
      JSON.stringify(tries) === JSON.stringify(expected),
      `${label}: stand-in-${name} found the socket on its first try in each session: ${JSON.stringify(tries)}`,
    );
  }
  const health = await healthyWithin(um, 30_000);
  t.ok(health.socket_path === sway.socket, `${label}: healthy on the live socket (${String(health.socket_path)})`);
  t.ok(health.reconnection_count === 0, `${label}: a fresh daemon, reconnection_count ${String(health.reconnection_count)}`);
  t.ok(health.environment_swaysock === sway.socket, `${label}: the manager's SWAYSOCK is the live socket (${String(health.environment_swaysock)})`);
  const found = await discover(um);
  t.ok(found.code === 0 && found.path === sway.socket, `${label}: swaysock discover names the live socket (${found.path}, exit ${found.code})`);
  // The cleanup the target wants runs after it, beside the services: wait for its run in this session (after Sway started).
  const cleanedAt = () => um.unitProperty('swaysock-cleanup.service', 'ExecMainExitTimestampMonotonic').then(Number);
  await waitFor(async () => (await cleanedAt()) > swayAt, 30_000, `${label}: the cleanup sway-session.target wants to have run`);
  t.ok((await um.unitProperty('swaysock-cleanup.service', 'Result')) === 'success', `${label}: the cleanup succeeded`);
  const sockets = swaySockets(um.runtimeDir);
  t.ok(JSON.stringify(sockets) === JSON.stringify([sway.socket]), `${label}: only the live socket is left in the runtime directory: ${sockets.join(' ')}`);
  const failed = await failedUnits(um);
  t.ok(failed === '', `${label}: no failed unit${failed ? `: ${failed}` : ''}`);
  return sway;
}
