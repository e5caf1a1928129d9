/**
 * `swaysock session`: brings `sway-session.target` up for one Sway and down when that Sway ends.
 *
 * 1. Finds its Sway: `$SWAYSOCK` (Sway sets it for the programs it execs), else discovery.
 * 2. Takes the session lock (lock.ts): a second session while a live one runs is refused.
 * 3. Connects to Sway's IPC (sway-ipc(7)) and subscribes to `shutdown`, beside steps 4 and 5 (a
 *    Sway that is still starting answers late; if it never does, that ends the session); EOF or
 *    that event, whichever comes first, means Sway has ended (a crash gives only EOF; Sway 1.7
 *    closes before it sends `shutdown` on `swaymsg exit`). SIGTERM, SIGINT and SIGHUP mean the same
 *    (when Sway runs as a user service, systemd stops its whole cgroup, this process included).
 * 4. If the target is already active: for this Sway (another wiring started it) it adopts it; for
 *    a Sway that is gone (a teardown was lost) it tears that session down first; for another live
 *    Sway it refuses (it will not stop a running session's services).
 * 5. Imports the session variables (environment.ts) and runs `reset-failed`, all at once, then
 *    starts the target. Each step is a process start (systemctl, busctl), so what does not depend
 *    on another runs beside it: the target's state is asked for while steps 1 to 3 run, and the
 *    three calls of step 5 before the start run together (docs/session.md, "Start-up latency").
 * 6. Waits for Sway's end, then tears down: starts the shutdown target with
 *    `--job-mode=replace-irreversibly` (its `Conflicts=` stop the session targets and, through
 *    `PartOf=`, their services; its `After=` on the same targets makes the start return only once
 *    all of them have stopped; systemctl(1) `--job-mode=`), then removes the imported session
 *    variables and `--env` names (with `--all`, not the rest: see environment.ts): empty values in
 *    the D-Bus activation environment first, then unset in the user manager.
 * It never removes stale sockets itself: the cleanup service the target wants does (docs/design.md).
 */
import { discoverSway } from '../discovery/discover.js';
import { SwayIpcClient } from '../ipc/client.js';
import { probeSocket, sameSocketFile } from '../liveness/probe.js';
import type { Logger } from '../systemd/log.js';
import { managerEnvironment, systemctlUser, type SystemctlResult } from '../systemd/manager.js';
import { emptyActivationEnvironment, importSessionEnvironment, sessionVariables, type VariableRequest } from './environment.js';
import { acquireSessionLock, SessionLockedError, type SessionLock } from './lock.js';

/** Signals that mean "Sway is ending" (see the module comment). */
export const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

export interface SessionOptions {
  /** The environment Sway gave us (SWAYSOCK, WAYLAND_DISPLAY, ...). */
  env: NodeJS.ProcessEnv;
  /** XDG_RUNTIME_DIR: where the lock lives and where discovery looks. */
  runtimeDir: string;
  /** What to import besides {@link SESSION_VARIABLES} (`--env NAME`, `--env NAME=VALUE`, `--all`). */
  variables: VariableRequest;
  /** The session target (default `sway-session.target`). */
  target: string;
  /** The target whose `Conflicts=` end the session (default `sway-session-shutdown.target`). */
  shutdownTarget: string;
  log: Logger;
  /** Export this stable socket as SWAYSOCK/I3SOCK instead of Sway's own path, when it listens (docs/stable-socket.md). */
  stableSocket?: string;
  /** Timeout of `systemctl --user start` of either target, in ms. */
  startTimeoutMs?: number;
}

/** Unit ActiveStates (systemd(1) `ActiveState`) in which a target counts as up. */
const UP_STATES = new Set(['active', 'activating', 'reloading']);

/** Resolves once with the reason the session ended. */
class SessionEnd {
  reason: string | null = null;
  private resolver!: (reason: string) => void;
  readonly promise = new Promise<string>((resolve) => (this.resolver = resolve));
  finish(reason: string): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.resolver(reason);
  }
}

/** `ActiveState` of a user unit, or `unknown` when systemctl fails. */
async function activeState(unit: string): Promise<string> {
  const r = await systemctlUser(['show', '--property=ActiveState', '--value', unit]);
  return r.code === 0 ? r.stdout.trim() : 'unknown';
}


/** `$SWAYSOCK`, else the socket discovery chooses. @throws Error when no live Sway is found. */
async function findSway(o: SessionOptions): Promise<string> {
  if (o.env.SWAYSOCK) return o.env.SWAYSOCK;
  const found = await discoverSway({ runtimeDir: o.runtimeDir, swaysock: null, managerEnv: null, waylandDisplay: o.env.WAYLAND_DISPLAY });
  if (found.chosen === null) throw new Error(`SWAYSOCK is not set and no live Sway IPC socket answers in ${o.runtimeDir}`);
  o.log('notice', `SWAYSOCK is not set; using ${found.chosen.path} (found by discovery)`);
  return found.chosen.path;
}

/** Connects to Sway and makes its end (EOF, `shutdown`) finish `end`. @throws Error naming the socket. */
async function watchSway(swaysock: string, end: SessionEnd): Promise<SwayIpcClient> {
  let client: SwayIpcClient;
  try {
    client = await SwayIpcClient.connect(swaysock, { timeoutMs: 2000 });
  } catch (err) {
    throw new Error(`cannot connect to Sway at ${swaysock}: ${(err as Error).message}`);
  }
  client.on('close', () => end.finish('Sway closed its IPC connection'));
  client.on('event', (name) => {
    if (name === 'shutdown') end.finish('Sway sent the shutdown event');
  });
  try {
    await client.getVersion(2000);
    await client.subscribe(['shutdown'], 2000);
  } catch (err) {
    client.close();
    throw new Error(`Sway at ${swaysock} did not answer: ${(err as Error).message}`);
  }
  return client;
}

/**
 * How often teardown tries each step. When Sway runs as a user service and dies, systemd sends
 * SIGTERM once to every process left in its cgroup (systemd.kill(5)): that can hit the systemctl
 * this session has just spawned. Processes spawned after that signal are not hit, so a retry works.
 */
const TEARDOWN_ATTEMPTS = 3;

/** Runs `systemctl --user ARGS` up to {@link TEARDOWN_ATTEMPTS} times until it succeeds; the last result. */
async function systemctlRetrying(args: string[], timeoutMs: number): Promise<SystemctlResult> {
  let r = await systemctlUser(args, timeoutMs);
  for (let attempt = 1; attempt < TEARDOWN_ATTEMPTS && r.code !== 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    r = await systemctlUser(args, timeoutMs);
  }
  return r;
}

/**
 * Starts the shutdown target (replace-irreversibly), then removes `imported`: empty values into the
 * D-Bus activation environment unless the bus is dbus-broker, then unset in the user manager, in
 * that order (environment.ts says why). A D-Bus failure is logged, not fatal.
 * @returns false when either step failed (logged).
 */
async function tearDown(o: SessionOptions, imported: readonly string[]): Promise<boolean> {
  let ok = true;
  const r = await systemctlRetrying(['start', '--job-mode=replace-irreversibly', o.shutdownTarget], o.startTimeoutMs ?? 90_000);
  if (r.code !== 0) {
    o.log('err', `could not start ${o.shutdownTarget}: ${r.stderr.trim() || `systemctl exited with ${r.code}`}`);
    ok = false;
  }
  if (imported.length > 0) {
    const { bus, update } = await emptyActivationEnvironment(imported);
    if (!update.ok) o.log('warning', `could not empty ${imported.join(' ')} in the D-Bus activation environment (${bus}): ${update.message}`);
    else if (bus !== 'dbus-broker') o.log('info', `emptied ${imported.join(' ')} in the D-Bus activation environment (session bus: ${bus})`);
    const u = await systemctlRetrying(['unset-environment', ...imported], 5000);
    if (u.code !== 0) {
      o.log('err', `could not unset ${imported.join(' ')}: ${u.stderr.trim() || `systemctl exited with ${u.code}`}`);
      ok = false;
    }
  }
  return ok;
}

/** Polls until `unit` is inactive or failed, at most `timeoutMs` ms. */
async function waitDown(unit: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await activeState(unit);
    if (!UP_STATES.has(state) && state !== 'deactivating') return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

/** The path exported as SWAYSOCK: the stable socket when asked for and listening, else Sway's own. */
async function exportedSocket(o: SessionOptions, swaysock: string): Promise<string> {
  if (o.stableSocket === undefined) return swaysock;
  const probe = await probeSocket(o.stableSocket);
  if (probe.kind === 'listening') return o.stableSocket;
  o.log('warning', `the stable socket ${o.stableSocket} does not listen (${probe.kind === 'error' ? probe.code : probe.kind}); exporting ${swaysock}`);
  return swaysock;
}

/**
 * Step 4 and 5 of the module comment. Returns the imported names and whether every step
 * succeeded, or `refused` when the target belongs to another live Sway. Stops early (with what it
 * imported so far) once `end` has finished.
 * @throws Error when the user manager cannot take the environment.
 */
async function startSession(o: SessionOptions, swaysock: string, end: SessionEnd, targetState: Promise<string>): Promise<{ imported: string[]; ok: boolean } | 'refused'> {
  // Asked before the lock was ours: an up target may have gone down since (a previous session's
  // teardown finishing), so that answer is checked again; a down one is as fresh as a later ask.
  if (UP_STATES.has(await targetState) && UP_STATES.has(await activeState(o.target))) {
    const theirs = (await managerEnvironment())?.SWAYSOCK || undefined; // an empty SWAYSOCK (a dbus-daemon teardown's) is unset
    // The stable socket reaches whichever Sway is live: a session that exported it counts as ours.
    if (theirs !== undefined && (sameSocketFile(theirs, swaysock) || (o.stableSocket !== undefined && sameSocketFile(theirs, o.stableSocket)))) {
      o.log('notice', `${o.target} is already active for this Sway (${swaysock}); adopting it`);
    } else if (theirs !== undefined && (await probeSocket(theirs)).kind === 'listening') {
      o.log('err', `${o.target} is active for another live Sway (SWAYSOCK=${theirs}); not taking its session over`);
      return 'refused';
    } else {
      o.log('warning', `${o.target} is active but its Sway (${theirs ?? 'SWAYSOCK unset'}) is gone; tearing that session down first`);
      await tearDown(o, []);
      if (!(await waitDown(o.target, 10_000))) o.log('warning', `${o.target} is still up after its teardown`);
    }
  }
  if (end.reason !== null) return { imported: [], ok: true };

  const exported = await exportedSocket(o, swaysock);
  const { vars, teardown } = sessionVariables({ ...o.env, SWAYSOCK: exported, I3SOCK: exported === swaysock ? o.env.I3SOCK ?? swaysock : exported }, o.variables);
  // reset-failed never rejects; the import may (the manager refused it): both are waited for.
  const reset = systemctlUser(['reset-failed']);
  const dbus = await importSessionEnvironment(vars).finally(() => reset);
  o.log('info', `imported ${Object.keys(vars).join(' ')} into the user manager`);
  // From here on, `imported` means what the teardown unsets (not all of `--all`'s variables).
  const imported = teardown;
  if (!dbus.ok) o.log('warning', `could not update the D-Bus activation environment: ${dbus.message}`);
  const resetDone = await reset;
  if (resetDone.code !== 0) o.log('warning', `systemctl --user reset-failed: ${resetDone.stderr.trim()}`);
  if (end.reason !== null) return { imported, ok: true };

  // The start job may wait on slow units; Sway's end must not wait for it (teardown replaces the job).
  const started = await Promise.race([systemctlUser(['start', o.target], o.startTimeoutMs ?? 90_000), end.promise.then(() => null)]);
  if (started === null) return { imported, ok: true };
  if (started.code !== 0) {
    o.log('err', `could not start ${o.target}: ${started.stderr.trim() || `systemctl exited with ${started.code}`}`);
    return { imported, ok: false };
  }
  o.log('notice', `started ${o.target} for ${swaysock}`);
  return { imported, ok: true };
}

/**
 * Runs a whole session (see the module comment) and resolves with the exit code: 0 after a clean
 * teardown; 1 when refused (a live session holds the lock, or the target serves another live
 * Sway), when Sway or the user manager cannot be reached, or when a step failed. Never rejects.
 */
export async function runSession(o: SessionOptions): Promise<number> {
  const end = new SessionEnd();
  const onSignal = (signal: NodeJS.Signals) => end.finish(`received ${signal}`);
  for (const s of ENDING_SIGNALS) process.on(s, onSignal);
  const watch: { client: SwayIpcClient | null; failed: boolean } = { client: null, failed: false };
  // Settles (never rejects) once the watch is connected or has failed, each step bounded by its timeout.
  let watching: Promise<void> | null = null;
  let lock: SessionLock | null = null;
  // Read-only and independent of Sway: asked while Sway is found and the lock taken (startSession).
  const targetState = activeState(o.target);
  try {
    const swaysock = await findSway(o);
    lock = await acquireSessionLock(o.runtimeDir, swaysock);
    // Sway's IPC can answer late while Sway is still starting (it runs `exec` lines then), so the
    // manager's steps do not wait for the watch; a watch that fails ends the session like Sway's end.
    watching = watchSway(swaysock, end).then(
      (c) => void (watch.client = c),
      (err: Error) => {
        watch.failed = true;
        o.log('err', err.message);
        end.finish('its IPC could not be watched');
      },
    );
    const session = await startSession(o, swaysock, end, targetState);
    await watching;
    if (session === 'refused') return 1;
    const reason = await end.promise;
    o.log('notice', `Sway session ended (${reason}); stopping ${o.target}`);
    const ok = await tearDown(o, session.imported);
    if (ok) o.log('info', `stopped ${o.target} and unset ${session.imported.join(' ')}`);
    return ok && session.ok && !watch.failed ? 0 : 1;
  } catch (err) {
    o.log('err', err instanceof SessionLockedError ? err.message : `session not started: ${(err as Error).message}`);
    return 1;
  } finally {
    lock?.release();
    // A step that threw may have left the watch connecting: its connection must not keep us alive.
    await watching;
    watch.client?.close();
    for (const s of ENDING_SIGNALS) process.off(s, onSignal);
  }
}
