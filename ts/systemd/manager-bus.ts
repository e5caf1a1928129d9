/**
 * The systemd user manager over one D-Bus connection (org.freedesktop.systemd1(5), interfaces
 * `org.freedesktop.systemd1.Manager` and `org.freedesktop.systemd1.Unit`), and the two calls the
 * session makes to the session bus itself (`org.freedesktop.DBus`, D-Bus specification, "Message
 * Bus Messages"): what `swaysock session` and the daemon (through manager-link.ts) need from both,
 * without a `systemctl` or `busctl` process per call.
 *
 * Like systemctl, {@link connectManager} tries the manager's private socket
 * `$XDG_RUNTIME_DIR/systemd/private` first (a direct connection: no bus in between, no `Hello`),
 * then the session bus (`DBUS_SESSION_BUS_ADDRESS`, else `unix:path=$XDG_RUNTIME_DIR/bus` as
 * sd-bus defaults to), where the manager is `org.freedesktop.systemd1`; or the other way round.
 *
 * Every call has a deadline; every failure is a DBusError with a stable `code` (ts/dbus/connection.ts).
 * Calls that do not depend on each other can be sent at once over the one connection (the
 * methods return promises; none waits for another).
 */
import { join } from 'node:path';
import { BUS_DRIVER, DBusConnection, DBusError, parseBusAddress, type DBusAddress, type EncodedCall, type MethodCall } from '../dbus/connection.js';
import { Deadline } from '../net/deadline.js';

const SYSTEMD = { destination: 'org.freedesktop.systemd1', path: '/org/freedesktop/systemd1' } as const;
const MANAGER = { ...SYSTEMD, interface: 'org.freedesktop.systemd1.Manager' } as const;
const PROPERTIES = 'org.freedesktop.DBus.Properties';

/** Default deadline of one call, in ms (systemctl's and busctl's default is 25 s; ours answer in a few ms). */
export const CALL_TIMEOUT_MS = 5000;

/**
 * Job modes of `StartUnit` (systemctl(1) `--job-mode=`; org.freedesktop.systemd1(5)).
 * `replace-irreversibly` also keeps later requests from cancelling the job.
 */
export type JobMode = 'replace' | 'fail' | 'isolate' | 'ignore-dependencies' | 'ignore-requirements' | 'replace-irreversibly';

/** A job that ended with a result other than `done` or `skipped` (`JobRemoved`'s result, org.freedesktop.systemd1(5)). */
export class JobFailedError extends DBusError {
  constructor(
    readonly unit: string,
    /** `canceled`, `timeout`, `failed`, `dependency`, `invalid`, `assert`, `unsupported`, `collected`, `once`, ... */
    readonly result: string,
  ) {
    super('ERR_SWAYSOCK_JOB_FAILED', jobMessage(unit, result));
    this.name = 'JobFailedError';
  }
}

/** systemctl's words for a job's result (its bus-wait-for-jobs.c), so our messages read like its. */
function jobMessage(unit: string, result: string): string {
  switch (result) {
    case 'canceled':
    case 'collected':
      return `job for ${unit} canceled (${result})`;
    case 'timeout':
      return `job for ${unit} timed out`;
    case 'dependency':
      return `a dependency job for ${unit} failed`;
    default:
      return `job for ${unit} failed (result: ${result})`;
  }
}

/**
 * A unit's object path (org.freedesktop.systemd1(5): `/org/freedesktop/systemd1/unit/` and the
 * name escaped as sd-bus escapes object path labels: every byte that is not an ASCII letter or
 * digit, and a leading digit, becomes `_` and two lowercase hex digits). The manager loads the
 * unit on demand when this path is used, as LoadUnit would.
 */
export function unitObjectPath(unit: string): string {
  let label = '';
  for (const [i, byte] of [...Buffer.from(unit, 'utf8')].entries()) {
    const c = String.fromCharCode(byte);
    label += /[A-Za-z]/.test(c) || (i > 0 && /[0-9]/.test(c)) ? c : `_${byte.toString(16).padStart(2, '0')}`;
  }
  return `${SYSTEMD.path}/unit/${label || '_'}`;
}

/** The value of a variant as dbus-native decodes it: `[signatureTree, [value]]`. @throws DBusError REPLY. */
function variantValue(body: unknown[], what: string): unknown {
  const variant = body[0];
  if (!Array.isArray(variant) || !Array.isArray(variant[1]) || variant[1].length !== 1)
    throw new DBusError('ERR_SWAYSOCK_DBUS_REPLY', `${what}: the reply is not a variant`);
  return variant[1][0];
}

/** The systemd user manager over one connection. Get one from {@link connectManager}. */
export class ManagerBus {
  private jobsWatched: Promise<void> | null = null;
  private listeningForJobs = false;
  private environmentCall: EncodedCall | null = null;
  /** The last environment block read: the property's entries as sent, and the object made of them. */
  private lastEnvironment: { entries: string[]; env: Record<string, string> } | null = null;
  /**
   * Results of `JobRemoved` signals by job object path, kept while a `StartUnit` reply is on its
   * way (its job may end before the reply is read), so that {@link startUnit} finds them.
   */
  private readonly removedJobs = new Map<string, string>();
  private startsInFlight = 0;
  private readonly jobWaiters = new Map<string, (result: string) => void>();

  constructor(
    /** The connection: the private socket (`address.bus` false) or the session bus. */
    readonly connection: DBusConnection,
  ) {}

  /** Whether this talks to the manager over its private socket (true) or over the session bus (false). */
  get direct(): boolean {
    return !this.connection.address.bus;
  }

  private call(call: Omit<MethodCall, 'destination'>, timeoutMs: number): Promise<unknown[]> {
    return this.connection.call({ ...call, destination: SYSTEMD.destination }, timeoutMs);
  }

  /**
   * A unit's `ActiveState` (`active`, `reloading`, `inactive`, `failed`, `activating`,
   * `deactivating`, ...; org.freedesktop.systemd1(5)); `inactive` for a unit that does not exist.
   * @throws DBusError (e.g. `ERR_SWAYSOCK_DBUS_CALL` for an invalid unit name).
   */
  async activeState(unit: string, timeoutMs = CALL_TIMEOUT_MS): Promise<string> {
    const what = `ActiveState of ${unit}`;
    const body = await this.call(
      { path: unitObjectPath(unit), interface: PROPERTIES, member: 'Get', signature: 'ss', body: ['org.freedesktop.systemd1.Unit', 'ActiveState'] },
      timeoutMs,
    );
    const value = variantValue(body, what);
    if (typeof value !== 'string') throw new DBusError('ERR_SWAYSOCK_DBUS_REPLY', `${what}: not a string`);
    return value;
  }

  /**
   * The manager's environment block (the `Environment` property, `as` of `NAME=value`), as name
   * to value. Values are exactly what was set: no quoting to undo (unlike `systemctl show-environment`).
   * A block the same as the last one read on this connection is that same object (treat it as
   * read-only), so a caller that reads often can tell "unchanged" by identity.
   * @throws DBusError.
   */
  async environment(timeoutMs = CALL_TIMEOUT_MS): Promise<Record<string, string>> {
    // Encoded once per connection: the daemon sends it every few seconds.
    this.environmentCall ??= this.connection.encode({
      ...MANAGER,
      interface: PROPERTIES,
      member: 'Get',
      signature: 'ss',
      body: [MANAGER.interface, 'Environment'],
    });
    const body = await this.connection.call(this.environmentCall, timeoutMs);
    const value = variantValue(body, 'Environment');
    if (!Array.isArray(value)) throw new DBusError('ERR_SWAYSOCK_DBUS_REPLY', 'Environment: not an array');
    const entries = value as string[];
    const last = this.lastEnvironment;
    if (last !== null && last.entries.length === entries.length && entries.every((e, i) => e === last.entries[i])) return last.env;
    const env: Record<string, string> = {};
    for (const entry of entries) {
      const eq = entry.indexOf('=');
      if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    this.lastEnvironment = { entries, env };
    return env;
  }

  /** `SetEnvironment`: sets `vars` in the manager's environment (nothing to do for none). @throws DBusError (the manager refuses invalid assignments: `ERR_SWAYSOCK_DBUS_CALL`). */
  async setEnvironment(vars: Record<string, string>, timeoutMs = CALL_TIMEOUT_MS): Promise<void> {
    const assignments = Object.entries(vars).map(([k, v]) => `${k}=${v}`);
    if (assignments.length > 0) await this.call({ ...MANAGER, member: 'SetEnvironment', signature: 'as', body: [assignments] }, timeoutMs);
  }

  /** `UnsetEnvironment`: removes `names` from the manager's environment (names not set are ignored). @throws DBusError. */
  async unsetEnvironment(names: readonly string[], timeoutMs = CALL_TIMEOUT_MS): Promise<void> {
    if (names.length > 0) await this.call({ ...MANAGER, member: 'UnsetEnvironment', signature: 'as', body: [[...names]] }, timeoutMs);
  }

  /** `ResetFailed`: resets the failed state of every unit (systemctl(1) `reset-failed`). @throws DBusError. */
  async resetFailed(timeoutMs = CALL_TIMEOUT_MS): Promise<void> {
    await this.call({ ...MANAGER, member: 'ResetFailed' }, timeoutMs);
  }

  /**
   * `StartUnit(unit, mode)` and waits until the job it queued is removed, as `systemctl start`
   * does: resolves with the job's result, `done` or `skipped`. Job results arrive as
   * `JobRemoved(u id, o job, s unit, s result)` signals: on a direct connection the manager
   * sends them to every peer; on the bus this subscribes first (`Subscribe`, and a match rule).
   * @param timeoutMs deadline of the whole start, job included, in ms (systemctl waits without
   *   one; the job itself goes on in the manager when it passes).
   * @throws JobFailedError (`ERR_SWAYSOCK_JOB_FAILED`, `result` as systemctl maps it), DBusError
   *   (`ERR_SWAYSOCK_DBUS_TIMEOUT`, `ERR_SWAYSOCK_DBUS_CLOSED`, `ERR_SWAYSOCK_DBUS_CALL`, e.g. an unknown unit).
   */
  async startUnit(unit: string, mode: JobMode, timeoutMs = CALL_TIMEOUT_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    await this.watchJobs(left());
    let job: string;
    this.startsInFlight++;
    try {
      [job] = (await this.call({ ...MANAGER, member: 'StartUnit', signature: 'ss', body: [unit, mode] }, left())) as [string];
    } finally {
      if (--this.startsInFlight === 0) queueMicrotask(() => this.startsInFlight === 0 && this.removedJobs.clear());
    }
    const result = await this.jobResult(job, unit, left());
    if (result !== 'done' && result !== 'skipped') throw new JobFailedError(unit, result);
    return result;
  }

  /**
   * Listens for job signals once per connection, from the first start on (so a connection that
   * starts nothing decodes none; on the private socket the manager sends them anyway); on the bus
   * also asks for them (a match rule and `Subscribe`).
   */
  private watchJobs(timeoutMs: number): Promise<void> {
    if (!this.listeningForJobs) {
      this.listeningForJobs = true;
      this.connection.onSignal('JobRemoved', (s) => {
        if (s.interface !== MANAGER.interface) return;
        const [, job, , result] = s.body as [number, string, string, string];
        const waiter = this.jobWaiters.get(job);
        if (waiter) waiter(result);
        else if (this.startsInFlight > 0) this.removedJobs.set(job, result);
      });
    }
    this.jobsWatched ??= this.direct
      ? Promise.resolve()
      : Promise.all([
          this.connection.addMatch(
            `type='signal',sender='${SYSTEMD.destination}',path='${SYSTEMD.path}',interface='${MANAGER.interface}',member='JobRemoved'`,
            timeoutMs,
          ),
          this.call({ ...MANAGER, member: 'Subscribe' }, timeoutMs),
        ]).then(() => undefined);
    const watched = this.jobsWatched;
    watched.catch(() => {
      if (this.jobsWatched === watched) this.jobsWatched = null; // a later start tries again
    });
    return watched;
  }

  /** Resolves with the result of `job` once it is removed (it may be already). @throws DBusError TIMEOUT or CLOSED. */
  private jobResult(job: string, unit: string, timeoutMs: number): Promise<string> {
    const known = this.removedJobs.get(job);
    if (known !== undefined) {
      this.removedJobs.delete(job);
      return Promise.resolve(known);
    }
    return new Promise((resolve, reject) => {
      const done = () => {
        deadline.cancel();
        this.jobWaiters.delete(job);
        unClose();
      };
      const deadline = new Deadline(timeoutMs, () => {
        done();
        reject(new DBusError('ERR_SWAYSOCK_DBUS_TIMEOUT', `job ${job} for ${unit} did not finish within ${timeoutMs} ms`));
      });
      const unClose = this.connection.onClose((reason) => {
        done();
        reject(new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', `waiting for the job for ${unit}: ${reason.message}`, undefined, { cause: reason }));
      });
      this.jobWaiters.set(job, (result) => {
        done();
        resolve(result);
      });
    });
  }

  /** Closes the connection. Idempotent. */
  close(): void {
    this.connection.close();
  }
}

/** The session bus's address: `DBUS_SESSION_BUS_ADDRESS`, else `$XDG_RUNTIME_DIR/bus` (sd-bus's default for the user bus). @throws DBusError ADDRESS. */
export function sessionBusAddress(env: NodeJS.ProcessEnv, runtimeDir: string): DBusAddress {
  return env.DBUS_SESSION_BUS_ADDRESS ? parseBusAddress(env.DBUS_SESSION_BUS_ADDRESS) : { path: join(runtimeDir, 'bus'), bus: true };
}

/** Where the user manager is reached: its private socket (`$XDG_RUNTIME_DIR/systemd/private`, a direct connection) or the session bus. */
export type ManagerRoute = 'private' | 'bus';

/**
 * Connects to the user manager: by default its private socket `runtimeDir/systemd/private`, else
 * the session bus ({@link sessionBusAddress}), as systemctl does; `first: 'bus'` tries the bus
 * first (on the bus the manager sends a peer no signal it did not subscribe to; on the private
 * socket it sends every peer every signal: docs/design.md, "D-Bus client").
 * @param timeoutMs deadline of each attempt, in ms.
 * @throws DBusError `ERR_SWAYSOCK_DBUS_CONNECT` (or `_AUTH`, `_TIMEOUT`, `_ADDRESS`) naming both
 *   places when neither answers.
 */
export async function connectManager(
  env: NodeJS.ProcessEnv,
  runtimeDir: string,
  timeoutMs = CALL_TIMEOUT_MS,
  first: ManagerRoute = 'private',
): Promise<ManagerBus> {
  const second: ManagerRoute = first === 'private' ? 'bus' : 'private';
  const place = (route: ManagerRoute) => (route === 'private' ? 'its private socket' : 'the session bus');
  try {
    return await connectManagerVia(first, env, runtimeDir, timeoutMs);
  } catch (firstErr) {
    try {
      return await connectManagerVia(second, env, runtimeDir, timeoutMs);
    } catch (secondErr) {
      const e = secondErr as DBusError;
      throw new DBusError(
        e.code,
        `cannot reach the systemd user manager: ${place(first)}: ${(firstErr as Error).message}; ${place(second)}: ${e.message}`,
        e.dbusName,
        { cause: secondErr },
      );
    }
  }
}

/** Connects to the user manager by one route only ({@link ManagerRoute}). @throws DBusError as DBusConnection.open (or `_ADDRESS`). */
export async function connectManagerVia(route: ManagerRoute, env: NodeJS.ProcessEnv, runtimeDir: string, timeoutMs = CALL_TIMEOUT_MS): Promise<ManagerBus> {
  const address = route === 'private' ? { path: join(runtimeDir, 'systemd', 'private'), bus: false } : sessionBusAddress(env, runtimeDir);
  return new ManagerBus(await DBusConnection.open(address, timeoutMs));
}

/** Connects to the session bus ({@link sessionBusAddress}). @throws DBusError as DBusConnection.open. */
export function connectSessionBus(env: NodeJS.ProcessEnv, runtimeDir: string, timeoutMs = CALL_TIMEOUT_MS): Promise<DBusConnection> {
  return DBusConnection.open(sessionBusAddress(env, runtimeDir), timeoutMs);
}

/**
 * `org.freedesktop.DBus.UpdateActivationEnvironment(a{ss})` on a bus connection: adds or replaces
 * `vars` in the environment the bus gives programs it activates (dbus-daemon(1); dbus-daemon also
 * forwards them to the user manager with `SetEnvironment`). Nothing to do for none.
 * @throws DBusError.
 */
export async function updateActivationEnvironment(bus: DBusConnection, vars: Record<string, string>, timeoutMs = CALL_TIMEOUT_MS): Promise<void> {
  const entries = Object.entries(vars);
  if (entries.length > 0) await bus.call({ ...BUS_DRIVER, member: 'UpdateActivationEnvironment', signature: 'a{ss}', body: [entries] }, timeoutMs);
}

/**
 * `org.freedesktop.DBus.GetConnectionUnixProcessID(s)` on a bus connection: the PID of the
 * process that owns `name` (for `org.freedesktop.DBus`, the bus itself or its launcher).
 * @throws DBusError (`ERR_SWAYSOCK_DBUS_REPLY` when the answer is not a number).
 */
export async function connectionUnixProcessId(bus: DBusConnection, name: string, timeoutMs = CALL_TIMEOUT_MS): Promise<number> {
  const [pid] = await bus.call({ ...BUS_DRIVER, member: 'GetConnectionUnixProcessID', signature: 's', body: [name] }, timeoutMs);
  if (typeof pid !== 'number') throw new DBusError('ERR_SWAYSOCK_DBUS_REPLY', `GetConnectionUnixProcessID(${name}): not a number`);
  return pid;
}
