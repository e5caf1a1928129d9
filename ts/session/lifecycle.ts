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
 * 5. Imports the session variables (environment.ts) and resets failed units, all at once, then
 *    starts the target and waits for its job. Every step is a D-Bus call over the two connections
 *    opened when the session starts (buses.ts: the user manager, the session bus), so what does
 *    not depend on another runs beside it: the connections open and the target's state is asked
 *    for while steps 1 to 3 run, and the three calls of step 5 before the start go out together
 *    (docs/session.md, "Start-up latency").
 * 6. Waits for Sway's end, then tears down: starts the shutdown target with the job mode
 *    `replace-irreversibly` and waits for its job (its `Conflicts=` stop the session targets and,
 *    through `PartOf=`, their services; its `After=` on the same targets makes the job end only
 *    once all of them have stopped; systemctl(1) `--job-mode=`), then removes the imported session
 *    variables and `--env` names (with `--all`, not the rest: see environment.ts): empty values in
 *    the D-Bus activation environment first, then unset in the user manager. A step whose
 *    connection was lost is tried again over a new one (buses.ts).
 * It never removes stale sockets itself: the cleanup service the target wants does (docs/design.md).
 */
import { hasCode, SwaysockError } from '../errors/errors.js';
import { discoverSway } from '../discovery/discover.js';
import { SwayIpcClient } from '../ipc/client.js';
import { probeSocket, sameSocketFile } from '../liveness/probe.js';
import type { Logger } from '../systemd/log.js';
import { ManagerBus, updateActivationEnvironment } from '../systemd/manager-bus.js';
import { quiet, retryOnLoss, SessionBuses, sessionBusKind } from './buses.js';
import { sessionVariables, type VariableRequest } from './environment.js';
import { acquireSessionLock, type SessionLock } from './lock.js';

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
  /** Deadline of the start of either target, its job included, in ms (default 90 s, systemd's default `TimeoutStopSec=`). */
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

/** `$SWAYSOCK`, else the socket discovery chooses. @throws SwaysockError `ERR_SWAYSOCK_NO_SWAY` when no live Sway is found. */
async function findSway(o: SessionOptions): Promise<string> {
  if (o.env.SWAYSOCK) return o.env.SWAYSOCK;
  const found = await discoverSway({ runtimeDir: o.runtimeDir, swaysock: null, managerEnv: null, waylandDisplay: o.env.WAYLAND_DISPLAY });
  if (found.chosen === null) throw new SwaysockError('ERR_SWAYSOCK_NO_SWAY', `SWAYSOCK is not set and no live Sway IPC socket answers in ${o.runtimeDir}`);
  o.log('notice', `SWAYSOCK is not set; using ${found.chosen.path} (found by discovery)`);
  return found.chosen.path;
}

/** Connects to Sway and makes its end (EOF, `shutdown`) finish `end`. @throws SwaysockError `ERR_SWAYSOCK_SWAY_UNREACHABLE` naming the socket. */
async function watchSway(swaysock: string, end: SessionEnd): Promise<SwayIpcClient> {
  let client: SwayIpcClient;
  try {
    client = await SwayIpcClient.connect(swaysock, { timeoutMs: 2000 });
  } catch (err) {
    throw new SwaysockError('ERR_SWAYSOCK_SWAY_UNREACHABLE', `cannot connect to Sway at ${swaysock}: ${(err as Error).message}`, { cause: err });
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
    throw new SwaysockError('ERR_SWAYSOCK_SWAY_UNREACHABLE', `Sway at ${swaysock} did not answer: ${(err as Error).message}`, { cause: err });
  }
  return client;
}

/** A DBusError's or any error's message. */
const message = (err: unknown): string => (err as Error).message;

/**
 * Starts the shutdown target (replace-irreversibly) and waits for its job, then removes
 * `imported`: empty values into the D-Bus activation environment unless the bus is dbus-broker,
 * then unset in the user manager, in that order (environment.ts says why). The unset goes over
 * the session bus when the empty values did: dbus-daemon forwards them to the manager before it
 * answers, so the manager gets the unset after them; over the private socket it could overtake
 * them. A D-Bus activation failure is logged, not fatal.
 * @returns false when the shutdown or the unset failed (logged).
 */
async function tearDown(o: SessionOptions, buses: SessionBuses, imported: readonly string[]): Promise<boolean> {
  let ok = true;
  const onLost = (reason: string) => o.log('warning', `lost the connection to the user manager (${reason}); trying again over a new one`);
  // Which bus serves the session is asked while the services stop (it needs nothing from them).
  const busKind =
    imported.length === 0
      ? null
      : buses.bus().then(
          async (bus) => ({ bus, kind: await sessionBusKind(bus) }),
          (err: Error) => err,
        );
  try {
    await retryOnLoss(buses, (m) => m.startUnit(o.shutdownTarget, 'replace-irreversibly', o.startTimeoutMs ?? 90_000), onLost);
  } catch (err) {
    o.log('err', `could not start ${o.shutdownTarget}: ${message(err)}`);
    ok = false;
  }
  if (busKind === null) return ok;
  const found = await busKind;
  let emptied: ManagerBus | null = null;
  if (found instanceof Error) o.log('warning', `could not empty ${imported.join(' ')} in the D-Bus activation environment: ${found.message}`);
  else {
    const { bus, kind } = found;
    if (kind !== 'dbus-broker') {
      try {
        await updateActivationEnvironment(bus, Object.fromEntries(imported.map((n) => [n, ''])));
        o.log('info', `emptied ${imported.join(' ')} in the D-Bus activation environment (session bus: ${kind})`);
        emptied = new ManagerBus(bus);
      } catch (err) {
        o.log('warning', `could not empty ${imported.join(' ')} in the D-Bus activation environment (${kind}): ${message(err)}`);
      }
    }
  }
  try {
    // Over the bus that forwarded the empty values, when it knows the manager; else over the manager's own connection.
    const overBus =
      emptied === null
        ? false
        : await emptied.unsetEnvironment(imported).then(
            () => true,
            () => false,
          );
    if (!overBus) await retryOnLoss(buses, (m) => m.unsetEnvironment(imported), onLost);
  } catch (err) {
    o.log('err', `could not unset ${imported.join(' ')}: ${message(err)}`);
    ok = false;
  }
  return ok;
}

/** Polls until `unit` is inactive or failed, at most `timeoutMs` ms. @throws DBusError when the manager does not answer. */
async function waitDown(manager: ManagerBus, unit: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await manager.activeState(unit);
    if (!UP_STATES.has(state) && state !== 'deactivating') return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

/**
 * The path exported as SWAYSOCK: the stable socket when asked for, once Sway answers through it;
 * else Sway's own. A listening stable socket is not enough: its daemon is socket-activated and may
 * still be starting (a Node program on a slow, busy machine takes seconds, in the Debian VM under
 * emulation some 40 s), and the services the target starts would send their first request into
 * it and give up unanswered (swaymsg waits 3 s). So the target waits for an answer, as long as a
 * start job may take; Sway's end stops the wait.
 */
async function exportedSocket(o: SessionOptions, swaysock: string, end: SessionEnd): Promise<string> {
  if (o.stableSocket === undefined) return swaysock;
  const probe = await probeSocket(o.stableSocket);
  if (probe.kind !== 'listening') {
    o.log('warning', `the stable socket ${o.stableSocket} does not listen (${probe.kind === 'error' ? probe.code : probe.kind}); exporting ${swaysock}`);
    return swaysock;
  }
  const answered = await Promise.race([answersThrough(o.stableSocket, o.startTimeoutMs ?? 90_000), end.promise.then(() => 'ended' as const)]);
  if (answered === 'ended') return swaysock;
  if (answered === null) return o.stableSocket;
  o.log('warning', `the stable socket ${o.stableSocket} does not answer (${answered.message}); exporting ${swaysock}`);
  return swaysock;
}

/** Null once Sway's GET_VERSION is answered through `path` within `timeoutMs`, else what went wrong. */
async function answersThrough(path: string, timeoutMs: number): Promise<Error | null> {
  let client: SwayIpcClient | null = null;
  try {
    client = await SwayIpcClient.connect(path, { timeoutMs: 2000 });
    await client.getVersion(timeoutMs);
    return null;
  } catch (err) {
    return err as Error;
  } finally {
    client?.close();
  }
}

/**
 * Step 4 and 5 of the module comment. Returns the imported names and whether every step
 * succeeded, or `refused` when the target belongs to another live Sway. Stops early (with what it
 * imported so far) once `end` has finished.
 * @throws DBusError when the user manager cannot be reached or refuses the environment.
 */
async function startSession(
  o: SessionOptions,
  buses: SessionBuses,
  swaysock: string,
  end: SessionEnd,
  targetState: Promise<string>,
): Promise<{ imported: string[]; ok: boolean } | 'refused'> {
  let manager = await buses.manager();
  // Asked before the lock was ours: an up target may have gone down since (a previous session's
  // teardown finishing), so that answer is checked again; a down one is as fresh as a later ask.
  if (UP_STATES.has(await targetState) && UP_STATES.has(await manager.activeState(o.target))) {
    const theirs = (await manager.environment()).SWAYSOCK || undefined; // an empty SWAYSOCK (a dbus-daemon teardown's) is unset
    // The stable socket reaches whichever Sway is live: a session that exported it counts as ours.
    if (theirs !== undefined && (sameSocketFile(theirs, swaysock) || (o.stableSocket !== undefined && sameSocketFile(theirs, o.stableSocket)))) {
      o.log('notice', `${o.target} is already active for this Sway (${swaysock}); adopting it`);
    } else if (theirs !== undefined && (await probeSocket(theirs)).kind === 'listening') {
      o.log('err', `${o.target} is active for another live Sway (SWAYSOCK=${theirs}); not taking its session over`);
      return 'refused';
    } else {
      o.log('warning', `${o.target} is active but its Sway (${theirs ?? 'SWAYSOCK unset'}) is gone; tearing that session down first`);
      await tearDown(o, buses, []);
      // The teardown replaces a manager connection it found lost; go on with the current one.
      manager = await buses.manager();
      if (!(await waitDown(manager, o.target, 10_000))) o.log('warning', `${o.target} is still up after its teardown`);
    }
  }
  if (end.reason !== null) return { imported: [], ok: true };

  const exported = await exportedSocket(o, swaysock, end);
  const { vars, teardown } = sessionVariables(
    { ...o.env, SWAYSOCK: exported, I3SOCK: exported === swaysock ? (o.env.I3SOCK ?? swaysock) : exported },
    o.variables,
  );
  // Three calls at once, none reads what another writes: the manager's environment, the bus's
  // activation environment (a failure there is logged, not fatal) and reset-failed (likewise).
  const [set, activation, reset] = await Promise.allSettled([
    manager.setEnvironment(vars),
    buses.bus().then((bus) => updateActivationEnvironment(bus, vars)),
    manager.resetFailed(),
  ]);
  if (set.status === 'rejected') throw set.reason;
  o.log('info', `imported ${Object.keys(vars).join(' ')} into the user manager`);
  // From here on, `imported` means what the teardown unsets (not all of `--all`'s variables).
  const imported = teardown;
  if (activation.status === 'rejected') o.log('warning', `could not update the D-Bus activation environment: ${message(activation.reason)}`);
  if (reset.status === 'rejected') o.log('warning', `could not reset failed units: ${message(reset.reason)}`);
  if (end.reason !== null) return { imported, ok: true };

  // The start job may wait on slow units; Sway's end must not wait for it (teardown replaces the job).
  const started = await Promise.race([
    manager.startUnit(o.target, 'replace', o.startTimeoutMs ?? 90_000).then(
      () => null,
      (err: Error) => err,
    ),
    end.promise.then(() => 'ended' as const),
  ]);
  if (started === 'ended') return { imported, ok: true };
  if (started !== null) {
    o.log('err', `could not start ${o.target}: ${started.message}`);
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
  // Both connections open, and the target's state (read-only, independent of Sway) is asked for,
  // while Sway is found and the lock taken (startSession).
  const buses = new SessionBuses(o.env, o.runtimeDir);
  // Read in startSession; a failure is reported there.
  const targetState = quiet(buses.manager().then((m) => m.activeState(o.target)));
  try {
    // One turn of the event loop, so that the connections' `connect` completes and their
    // authentication goes out before the lock's synchronous file work: the manager answers it meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
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
    const session = await startSession(o, buses, swaysock, end, targetState);
    await watching;
    if (session === 'refused') return 1;
    const reason = await end.promise;
    o.log('notice', `Sway session ended (${reason}); stopping ${o.target}`);
    const ok = await tearDown(o, buses, session.imported);
    if (ok) o.log('info', `stopped ${o.target} and unset ${session.imported.join(' ')}`);
    return ok && session.ok && !watch.failed ? 0 : 1;
  } catch (err) {
    o.log('err', hasCode(err, 'ERR_SWAYSOCK_SESSION_LOCKED') ? err.message : `session not started: ${(err as Error).message}`);
    return 1;
  } finally {
    lock?.release();
    // A step that threw may have left the watch connecting: its connection must not keep us alive.
    await watching;
    watch.client?.close();
    await buses.close();
    for (const s of ENDING_SIGNALS) process.off(s, onSignal);
  }
}
