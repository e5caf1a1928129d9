/**
 * The session's variables: which ones `swaysock session` imports into the systemd user manager
 * (systemctl(1) `set-environment` / `unset-environment`) and into the D-Bus activation environment
 * (org.freedesktop.DBus.UpdateActivationEnvironment, dbus-daemon(1)), so that services and
 * D-Bus-activated programs started during the session find this Sway.
 *
 * The reference dbus-daemon has no way to remove a variable from its activation environment
 * (UpdateActivationEnvironment only adds or replaces), so teardown unsets the variables in the user
 * manager only; docs/session.md says so.
 */
import { execFile } from 'node:child_process';
import { UsageError } from '../liveness/runtime-dir.js';
import { setManagerEnvironment } from '../systemd/manager.js';

/** What Sway's exec'd children carry that session services need (sway(5), sway-ipc(7)). */
export const SESSION_VARIABLES: readonly string[] = ['SWAYSOCK', 'I3SOCK', 'WAYLAND_DISPLAY', 'DISPLAY', 'XDG_CURRENT_DESKTOP', 'XDG_SESSION_TYPE'];

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
 * @throws UsageError for an argument whose name is not a valid variable name.
 */
export function parseEnvArguments(args: readonly string[], all = false): VariableRequest {
  const names: string[] = [];
  const assigned: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) throw new UsageError(`--env ${JSON.stringify(arg)} is not an environment variable name (NAME or NAME=VALUE)`);
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

