/**
 * The two D-Bus connections of `swaysock session`: the systemd user manager (its private socket,
 * else the session bus; ts/systemd/manager-bus.ts) and the session bus (for the D-Bus activation
 * environment). Both are opened at once when the session starts and kept until it ends, so each
 * step is a round trip over an open connection instead of a `systemctl`/`busctl` process.
 *
 * A connection can be lost during the session: the manager drops its private connections when it
 * re-executes (`systemctl --user daemon-reexec`, a package upgrade), the bus when it restarts.
 * The teardown therefore reconnects and tries a step again when its connection was lost
 * ({@link retryOnLoss}); nothing else is retried.
 */
import type { DBusConnection, DBusError } from '../dbus/connection.js';
import { readProcStat } from '../liveness/proc.js';
import { connectionUnixProcessId, connectManager, connectSessionBus, type ManagerBus } from '../systemd/manager-bus.js';
import { busOfProcessName, type SessionBus } from './environment.js';

/** Swallows a rejection that is read later (await), so it is never reported as unhandled before that; returns `p` itself. */
export const quiet = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => {});
  return p;
};

/** The session's connections to the user manager and to the session bus, each opened on construction. */
export class SessionBuses {
  private managerP: Promise<ManagerBus>;
  private busP: Promise<DBusConnection>;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly runtimeDir: string,
  ) {
    this.managerP = quiet(connectManager(env, runtimeDir));
    this.busP = quiet(connectSessionBus(env, runtimeDir));
  }

  /** The manager connection as opened (not reopened when lost). @throws DBusError when it could not be opened. */
  manager(): Promise<ManagerBus> {
    return this.managerP;
  }

  /** The session bus connection, reopened if it was lost. @throws DBusError when no bus answers. */
  async bus(): Promise<DBusConnection> {
    const current = await this.busP.catch(() => null);
    if (current !== null && !current.closed) return current;
    this.busP = quiet(connectSessionBus(this.env, this.runtimeDir));
    return this.busP;
  }

  /** A fresh manager connection in place of a lost one (the old one is closed). @throws DBusError. */
  async reconnectManager(): Promise<ManagerBus> {
    const old = await this.managerP.catch(() => null);
    old?.close();
    this.managerP = quiet(connectManager(this.env, this.runtimeDir));
    return this.managerP;
  }

  /** Closes both connections. */
  async close(): Promise<void> {
    const [manager, bus] = await Promise.all([this.managerP.catch(() => null), this.busP.catch(() => null)]);
    manager?.close();
    bus?.close();
  }
}

/** How often the teardown tries a step whose connection was lost (see the module comment). */
const TEARDOWN_ATTEMPTS = 3;

/** Whether `err` says the connection is gone (closed, or could not be reopened), as opposed to an answer or a timeout. */
const connectionLost = (err: unknown): boolean => ['ERR_SWAYSOCK_DBUS_CLOSED', 'ERR_SWAYSOCK_DBUS_CONNECT'].includes((err as DBusError).code);

/**
 * Runs `step` with the manager connection, and with a fresh one while it fails because the
 * connection was lost (up to {@link TEARDOWN_ATTEMPTS} runs in all, 100 ms apart: time for a
 * re-executing manager to serve again). A connection found closed before the first run is
 * replaced first, and `onLost` is told each time. An error answer or a timeout is not retried.
 * @throws the last error (DBusError).
 */
export async function retryOnLoss<T>(buses: SessionBuses, step: (manager: ManagerBus) => Promise<T>, onLost: (reason: string) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      let manager = await buses.manager();
      if (manager.connection.closed) {
        onLost(manager.connection.closeReason ?? 'closed');
        manager = await buses.reconnectManager();
      }
      return await step(manager);
    } catch (err) {
      if (attempt >= TEARDOWN_ATTEMPTS || !connectionLost(err)) throw err;
      onLost((err as Error).message);
      await new Promise((r) => setTimeout(r, 100));
      await buses.reconnectManager().catch(() => {}); // a failure shows in the next run's error
    }
  }
}

/**
 * Which program serves the session bus: the PID it gives for itself
 * (`GetConnectionUnixProcessID` of `org.freedesktop.DBus`) and that process's name in
 * /proc/PID/stat (`readProcStat`, ts/liveness/proc.ts; {@link busOfProcessName}). Never rejects: any failure gives `unknown`.
 * @param procRoot where proc(5) is mounted (default /proc).
 */
export async function sessionBusKind(bus: DBusConnection, procRoot = '/proc'): Promise<SessionBus> {
  try {
    const pid = await connectionUnixProcessId(bus, 'org.freedesktop.DBus');
    const stat = readProcStat(pid, procRoot);
    return stat === null ? 'unknown' : busOfProcessName(stat.comm);
  } catch {
    return 'unknown';
  }
}
