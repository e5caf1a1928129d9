/**
 * The session's variables: which ones `swaysock session` imports into the systemd user manager
 * (systemctl(1) `set-environment` / `unset-environment`) and into the D-Bus activation environment
 * (org.freedesktop.DBus.UpdateActivationEnvironment, dbus-daemon(1)), so that services and
 * D-Bus-activated programs started during the session find this Sway.
 *
 * At teardown the variables go out of both. The reference dbus-daemon keeps an activation
 * environment of its own that cannot lose a variable (UpdateActivationEnvironment only adds or
 * replaces), and it forwards every update to the user manager (SetEnvironment). So with
 * dbus-daemon the names are first set to empty values there, and only then unset in the manager
 * (the other order would put `NAME=` back into the manager). dbus-broker activates through the
 * user manager and keeps no environment of its own: unsetting in the manager is enough. uwsm
 * (`unset_systemd_vars`) does the same.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setManagerEnvironment } from '../systemd/manager.js';

/** What Sway's exec'd children carry that session services need (sway(5), sway-ipc(7)). */
export const SESSION_VARIABLES: readonly string[] = ['SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'DISPLAY', 'XDG_CURRENT_DESKTOP', 'XDG_SESSION_TYPE'];

/** An `--env` argument whose name is not an environment variable name. `code`: `ERR_SWAYSOCK_VARIABLE_NAME`. */
export class VariableNameError extends Error {
  readonly code = 'ERR_SWAYSOCK_VARIABLE_NAME';
  constructor(readonly argument: string) {
    super(`--env ${JSON.stringify(argument)} is not an environment variable name (NAME or NAME=VALUE)`);
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

/** Result of a D-Bus activation environment update: ok, or the reason it failed. */
export type ActivationUpdate = { ok: true } | { ok: false; message: string };

/**
 * Adds `vars` to the session bus's activation environment by calling
 * `org.freedesktop.DBus.UpdateActivationEnvironment` (signature `a{ss}`) with `busctl --user`
 * (part of systemd). Never rejects: a missing bus or busctl gives `{ok: false}`.
 * @param timeoutMs give up after this many ms (default 5000).
 */
export function updateActivationEnvironment(vars: Record<string, string>, timeoutMs = 5000): Promise<ActivationUpdate> {
  const entries = Object.entries(vars);
  if (entries.length === 0) return Promise.resolve({ ok: true });
  const args = ['--user', 'call', 'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'UpdateActivationEnvironment', 'a{ss}', String(entries.length), ...entries.flat()];
  return new Promise((resolve) => {
    execFile('busctl', args, { timeout: timeoutMs, encoding: 'utf8' }, (err, _stdout, stderr) => {
      resolve(err === null ? { ok: true } : { ok: false, message: (stderr || err.message).trim() });
    });
  });
}

/** Which message bus serves the session bus: the reference `dbus-daemon`, `dbus-broker`, or `unknown`. */
export type SessionBus = 'dbus-daemon' | 'dbus-broker' | 'unknown';

/** The bus a process name (/proc/PID/comm, at most 15 characters) belongs to; see {@link sessionBus}. */
export function busOfProcessName(comm: string): SessionBus {
  return comm === 'dbus-daemon' ? 'dbus-daemon' : comm === 'dbus-broker' || comm === 'dbus-broker-lau' ? 'dbus-broker' : 'unknown';
}

/**
 * Asks the session bus which program it is: the PID it gives for itself
 * (`org.freedesktop.DBus.GetConnectionUnixProcessID` of the name `org.freedesktop.DBus`) and that
 * process's name in /proc/PID/comm. dbus-daemon answers with its own PID (`dbus-daemon`);
 * dbus-broker with its launcher's, the peer of its controller socket (`dbus-broker-launch`, which
 * /proc shortens to `dbus-broker-lau`), or its own (`dbus-broker`). Never rejects: no bus, no
 * busctl or another program give `unknown`.
 * @param timeoutMs give up after this many ms (default 5000).
 * @param procRoot where proc(5) is mounted (default /proc).
 */
export function sessionBus(timeoutMs = 5000, procRoot = '/proc'): Promise<SessionBus> {
  const args = ['--user', 'call', 'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'GetConnectionUnixProcessID', 's', 'org.freedesktop.DBus'];
  return new Promise((resolve) => {
    execFile('busctl', args, { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout) => {
      const pid = err === null ? /^u (\d+)$/.exec(stdout.trim())?.[1] : undefined;
      if (pid === undefined) return resolve('unknown');
      let comm: string;
      try {
        comm = readFileSync(`${procRoot}/${pid}/comm`, 'utf8').trim();
      } catch {
        return resolve('unknown');
      }
      resolve(busOfProcessName(comm));
    });
  });
}

/**
 * The first half of removing `names` at teardown (see the module comment): unless the session bus
 * is dbus-broker, sets them to empty values in the D-Bus activation environment (also when the bus
 * is `unknown`: with dbus-broker the step is only redundant). The caller unsets them in the user
 * manager afterwards, never before. Never rejects.
 * @returns which bus it found and the D-Bus outcome (a failure is not fatal: the caller logs it).
 */
export async function emptyActivationEnvironment(names: readonly string[]): Promise<{ bus: SessionBus; update: ActivationUpdate }> {
  const bus = await sessionBus();
  if (bus === 'dbus-broker' || names.length === 0) return { bus, update: { ok: true } };
  return { bus, update: await updateActivationEnvironment(Object.fromEntries(names.map((n) => [n, '']))) };
}

/**
 * Imports `vars` into the user manager and into the D-Bus activation environment, both at once
 * (neither reads the other).
 * @returns the D-Bus outcome (a failure there is not fatal: the caller logs it).
 * @throws Error when the user manager refuses or does not answer.
 */
export async function importSessionEnvironment(vars: Record<string, string>): Promise<ActivationUpdate> {
  const [, dbus] = await Promise.all([setManagerEnvironment(vars), updateActivationEnvironment(vars)]);
  return dbus;
}

