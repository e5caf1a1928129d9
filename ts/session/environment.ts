/**
 * The session's variables: which ones `swaysock session` imports into the systemd user manager
 * (`SetEnvironment` / `UnsetEnvironment`, org.freedesktop.systemd1(5)) and into the D-Bus
 * activation environment (org.freedesktop.DBus.UpdateActivationEnvironment, dbus-daemon(1)), so
 * that services and D-Bus-activated programs started during the session find this Sway. The
 * calls themselves are in buses.ts and lifecycle.ts; this module has no I/O, so the CLI can
 * parse `--env` without loading the D-Bus client.
 *
 * At teardown the variables go out of both. The reference dbus-daemon keeps an activation
 * environment of its own that cannot lose a variable (UpdateActivationEnvironment only adds or
 * replaces), and it forwards every update to the user manager (SetEnvironment). So with
 * dbus-daemon the names are first set to empty values there, and only then unset in the manager
 * (the other order would put `NAME=` back into the manager). dbus-broker activates through the
 * user manager and keeps no environment of its own: unsetting in the manager is enough. uwsm
 * (`unset_systemd_vars`) does the same.
 */
import { SwaysockError } from '../errors/errors.js';

/** What Sway's exec'd children carry that session services need (sway(5), sway-ipc(7)). */
export const SESSION_VARIABLES: readonly string[] = ['SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'DISPLAY', 'XDG_CURRENT_DESKTOP', 'XDG_SESSION_TYPE'];

/** An `--env` argument whose name is not an environment variable name: `ERR_SWAYSOCK_VARIABLE_NAME`. */
export class VariableNameError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_VARIABLE_NAME';
  constructor(readonly argument: string) {
    super('ERR_SWAYSOCK_VARIABLE_NAME', `--env ${JSON.stringify(argument)} is not an environment variable name (NAME or NAME=VALUE)`);
    this.name = 'VariableNameError';
  }
}

/** A POSIX environment variable name (IEEE Std 1003.1, 8.1: letters, digits, underscore; no leading digit). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Variables that systemd sets for one service's processes (systemd.exec(5), "Environment Variables
 * Set or Propagated by the Service Manager"): they describe Sway's own service when Sway runs as
 * one, and would mislead every unit the manager starts, so `--all` never imports them.
 */
export const PER_SERVICE_VARIABLES: readonly string[] = [
  'NOTIFY_SOCKET',
  'LISTEN_PID',
  'LISTEN_FDS',
  'LISTEN_FDNAMES',
  'INVOCATION_ID',
  'JOURNAL_STREAM',
  'MANAGERPID',
  'SYSTEMD_EXEC_PID',
  'WATCHDOG_PID',
  'WATCHDOG_USEC',
];

/** What to import besides {@link SESSION_VARIABLES}: `swaysock session`'s `--env` and `--all`. */
export interface VariableRequest {
  /** Names whose value comes from the session's environment (`--env NAME`). */
  names: readonly string[];
  /** Names with the value to import (`--env NAME=VALUE`); they win over the environment. */
  assigned: Readonly<Record<string, string>>;
  /** Import every variable of the session's environment (`--all`), except {@link PER_SERVICE_VARIABLES}. */
  all: boolean;
}

/** Nothing beyond {@link SESSION_VARIABLES}. */
export const NO_EXTRA_VARIABLES: VariableRequest = { names: [], assigned: {}, all: false };

/**
 * Parses `--env` arguments: `NAME` (imported from the session's environment when set there) or
 * `NAME=VALUE` (imported with that value; the value may be empty or contain `=`).
 * @throws VariableNameError for an argument whose name is not a valid variable name.
 */
export function parseEnvArguments(args: readonly string[], all = false): VariableRequest {
  const names: string[] = [];
  const assigned: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) throw new VariableNameError(arg);
    if (eq === -1) names.push(name);
    else assigned[name] = arg.slice(eq + 1);
  }
  return { names, assigned, all };
}

/** The variables to import, and the names the teardown unsets. */
export interface SessionVariables {
  /** Name to value, as imported into the user manager and the D-Bus activation environment. */
  vars: Record<string, string>;
  /**
   * What the teardown unsets: the imported {@link SESSION_VARIABLES} and `--env` names only. With
   * `--all`, PATH, HOME and the rest stay: unsetting them would break the user manager's services.
   */
  teardown: string[];
}

/**
 * The variables to import: {@link SESSION_VARIABLES} and `request.names`, each taken from `env` when
 * set there (a variable the session does not have is left alone in the manager), then
 * `request.assigned`; with `request.all`, every other variable of `env` with a valid name too
 * (except {@link PER_SERVICE_VARIABLES}).
 */
export function sessionVariables(env: NodeJS.ProcessEnv, request: VariableRequest = NO_EXTRA_VARIABLES): SessionVariables {
  const vars: Record<string, string> = {};
  if (request.all) {
    for (const [name, value] of Object.entries(env)) {
      if (value !== undefined && NAME.test(name) && !PER_SERVICE_VARIABLES.includes(name)) vars[name] = value;
    }
  }
  const named = [...new Set([...SESSION_VARIABLES, ...request.names, ...Object.keys(request.assigned)])];
  for (const name of [...SESSION_VARIABLES, ...request.names]) {
    const value = env[name];
    if (value !== undefined) vars[name] = value;
  }
  Object.assign(vars, request.assigned);
  return { vars, teardown: named.filter((name) => name in vars) };
}

/** Which message bus serves the session bus: the reference `dbus-daemon`, `dbus-broker`, or `unknown`. */
export type SessionBus = 'dbus-daemon' | 'dbus-broker' | 'unknown';

/**
 * The bus a process name (/proc/PID/comm, at most 15 characters) belongs to: dbus-daemon answers
 * `GetConnectionUnixProcessID(org.freedesktop.DBus)` with its own PID (`dbus-daemon`), dbus-broker
 * with its launcher's, the peer of its controller socket (`dbus-broker-launch`, which /proc
 * shortens to `dbus-broker-lau`), or its own (`dbus-broker`). See buses.ts.
 */
export function busOfProcessName(comm: string): SessionBus {
  return comm === 'dbus-daemon' ? 'dbus-daemon' : comm === 'dbus-broker' || comm === 'dbus-broker-lau' ? 'dbus-broker' : 'unknown';
}
