/**
 * The daemon's one way to talk to the systemd user manager: a D-Bus connection
 * (ts/systemd/manager-bus.ts) opened when first needed, kept, and opened again when lost, with a
 * deadline on every read and write, the connection included. It reads the manager's environment
 * block (the `Environment` property) and writes it (`SetEnvironment`, `UnsetEnvironment`): no
 * process per call.
 *
 * The session bus first; the manager's private socket only when no bus answers or the manager is
 * not on it (docs/design.md, "D-Bus client"). On the bus the manager sends a peer only the
 * signals it subscribed to, and the daemon subscribes to none; on the private socket it sends the
 * daemon every signal of every unit, and systemd(1) calls that socket private to systemd.
 *
 * A call whose connection was lost (the bus restarted; on the private socket, the manager
 * re-executed) is tried once more on a new connection; one the manager left unanswered on the bus
 * while it re-executed (`NoReply`), once more as it is. When no manager answers at all, reads give
 * null at once and a new connection is tried after a backoff (1 s doubling to 60 s), so a daemon
 * run without systemd keeps working and costs nothing for it.
 */
import { performance } from 'node:perf_hooks';
import type { ManagerEnv } from './manager.js';
import { DBusError } from '../dbus/connection.js';
import type { Logger } from './log.js';
import { CALL_TIMEOUT_MS, connectManager, type ManagerBus, type ManagerRoute } from './manager-bus.js';
import type { EnvironmentAccess } from './manager-environment.js';

/** First wait before connecting again after no manager answered, in ms; doubles up to {@link RETRY_MAX_MS}. */
export const RETRY_MIN_MS = 1000;
/** Cap of that wait, in ms. */
export const RETRY_MAX_MS = 60_000;

/**
 * Whether a bus answered a call for the manager itself because no manager is on it: the name has
 * no owner (`ServiceUnknown`, `NameHasNoOwner`), or the bus tried to start it from a `.service`
 * file and failed (`Spawn.*`: systemd ships one with `Exec=/bin/false` for buses other than the
 * one its user manager activates through, such as a bus started by dbus-launch). Error names of
 * the D-Bus specification ("Message Bus Messages") and dbus-daemon.
 */
function notOnTheBus(err: DBusError): boolean {
  const name = err.code === 'ERR_SWAYSOCK_DBUS_CALL' ? (err.dbusName ?? '') : '';
  return (
    name === 'org.freedesktop.DBus.Error.ServiceUnknown' ||
    name === 'org.freedesktop.DBus.Error.NameHasNoOwner' ||
    name.startsWith('org.freedesktop.DBus.Error.Spawn.')
  );
}

/**
 * What to do about a failed call once: try it `again` on the same connection (the bus answered
 * `NoReply`: the manager left the bus with the call unanswered, as it does when it re-executes,
 * and will be back on it), `reconnect` (the connection was lost), go to the `private` socket (no
 * manager on the bus), or nothing (an answer, a timeout).
 */
function retryFor(err: DBusError, onBus: boolean): 'again' | 'reconnect' | 'private' | null {
  if (err.code === 'ERR_SWAYSOCK_DBUS_CLOSED') return 'reconnect';
  if (!onBus) return null;
  if (err.code === 'ERR_SWAYSOCK_DBUS_CALL' && err.dbusName === 'org.freedesktop.DBus.Error.NoReply') return 'again';
  return notOnTheBus(err) ? 'private' : null;
}

export interface ManagerLinkOptions {
  /** Where `DBUS_SESSION_BUS_ADDRESS` comes from (the daemon's own environment). */
  env: NodeJS.ProcessEnv;
  /** The user's runtime directory (`$XDG_RUNTIME_DIR`), where the private socket and the default bus socket are. */
  runtimeDir: string;
  /** Deadline of one read or write, connecting included, in ms (default {@link CALL_TIMEOUT_MS}). */
  timeoutMs?: number;
  log: Logger;
}

/** The user manager's environment over a kept D-Bus connection; see the module comment. */
export class ManagerLink implements EnvironmentAccess {
  private current: ManagerBus | null = null;
  private connecting: Promise<ManagerBus> | null = null;
  /** Which route the next connection tries first. */
  private first: ManagerRoute = 'bus';
  /** performance.now() before which no connection is tried (ms), and the wait that set it. */
  private retryAt = -Infinity;
  private retryMs = 0;
  private closed = false;
  private readonly timeoutMs: number;

  constructor(private readonly options: ManagerLinkOptions) {
    this.timeoutMs = options.timeoutMs ?? CALL_TIMEOUT_MS;
  }

  /** The environment block as name to value, or null when no manager answers within the deadline. Never rejects. */
  async read(): Promise<ManagerEnv> {
    try {
      return await this.withManager((m, ms) => m.environment(ms));
    } catch {
      return null;
    }
  }

  /** `SetEnvironment`. @throws DBusError (the manager's refusal, or none reachable). */
  set(vars: Record<string, string>): Promise<void> {
    return this.withManager((m, ms) => m.setEnvironment(vars, ms));
  }

  /** `UnsetEnvironment`. @throws DBusError. */
  unset(names: string[]): Promise<void> {
    return this.withManager((m, ms) => m.unsetEnvironment(names, ms));
  }

  /** Closes the connection; later calls fail. Idempotent. */
  close(): void {
    this.closed = true;
    this.current?.close();
    this.current = null;
    void this.connecting?.then(
      (m) => m.close(),
      () => undefined,
    );
  }

  /**
   * Runs `op` with the connection and what is left of the deadline (ms), and once more when the
   * first run failed in a way another may not ({@link retryFor}).
   */
  private async withManager<T>(op: (manager: ManagerBus, timeoutMs: number) => Promise<T>): Promise<T> {
    const deadline = performance.now() + this.timeoutMs;
    const left = () => Math.max(1, deadline - performance.now());
    for (let attempt = 1; ; attempt++) {
      const manager = await this.connected(left());
      try {
        return await op(manager, left());
      } catch (err) {
        const retry = attempt === 1 ? retryFor(err as DBusError, !manager.direct) : null;
        if (retry === null) throw err;
        if (retry === 'again') continue;
        if (this.current === manager) this.current = null;
        manager.close();
        if (retry === 'private') this.first = 'private';
        const why = retry === 'private' ? 'reaches no manager on the session bus' : 'was lost';
        this.options.log('notice', `the user manager connection ${why} (${(err as Error).message}); connecting again`);
      }
    }
  }

  /** The open connection, or a new one (one attempt at a time; none during the backoff). @throws DBusError. */
  private connected(timeoutMs: number): Promise<ManagerBus> {
    if (this.closed) return Promise.reject(new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', 'the user manager connection was closed by us'));
    if (this.current !== null && !this.current.connection.closed) return Promise.resolve(this.current);
    if (this.current !== null) {
      this.options.log('notice', `the user manager connection was lost (${this.current.connection.closeReason}); connecting again`);
      this.current = null;
    }
    if (performance.now() < this.retryAt) {
      return Promise.reject(
        new DBusError('ERR_SWAYSOCK_DBUS_CONNECT', `no user manager answered; trying again in ${Math.ceil((this.retryAt - performance.now()) / 1000)} s`),
      );
    }
    const { env, runtimeDir, log } = this.options;
    // Each route gets half the deadline, so that both fit in it when the first one hangs.
    this.connecting ??= connectManager(env, runtimeDir, timeoutMs / 2, this.first).then(
      (manager) => {
        this.connecting = null;
        if (this.closed) {
          manager.close();
          throw new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', 'the user manager connection was closed by us');
        }
        log('info', `talking to the user manager over ${manager.direct ? 'its private socket' : 'the session bus'} (${manager.connection.address.path})`);
        this.current = manager;
        this.first = 'bus';
        this.retryMs = 0;
        return manager;
      },
      (err: DBusError) => {
        this.connecting = null;
        if (this.retryMs === 0) log('notice', `${err.message}; going on without it, trying again from time to time`);
        this.retryMs = Math.min(Math.max(RETRY_MIN_MS, this.retryMs * 2), RETRY_MAX_MS);
        this.retryAt = performance.now() + this.retryMs;
        throw err;
      },
    );
    return this.connecting;
  }
}
