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

/** A name given to import is not an environment variable name. `code`: `ERR_SWAYSOCK_VARIABLE_NAME`. */
export class VariableNameError extends Error {
  readonly code = 'ERR_SWAYSOCK_VARIABLE_NAME';
  constructor(readonly variable: string) {
    super(`--env ${JSON.stringify(variable)} is not an environment variable name`);
    this.name = 'VariableNameError';
  }
}

/** A POSIX environment variable name (IEEE Std 1003.1, 8.1: letters, digits, underscore; no leading digit). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The variables to import: {@link SESSION_VARIABLES} plus `extraNames`, each taken from `env` when
 * set there (a variable the session does not have is left alone in the manager).
 * @throws VariableNameError for a name that is not a valid variable name.
 */
export function sessionVariables(env: NodeJS.ProcessEnv, extraNames: readonly string[] = []): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of [...SESSION_VARIABLES, ...extraNames]) {
    if (!NAME.test(name)) throw new VariableNameError(name);
    const value = env[name];
    if (value !== undefined) vars[name] = value;
  }
  return vars;
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

/**
 * Asks the session bus which program it is: the bus's own PID
 * (`org.freedesktop.DBus.GetConnectionUnixProcessID` of the name `org.freedesktop.DBus`, which both
 * implementations answer with their own process) and that process's name in /proc/PID/comm
 * (`dbus-daemon`, or `dbus-broker` for the broker behind `dbus-broker-launch`). Never rejects:
 * no bus, no busctl or another program give `unknown`.
 * @param timeoutMs give up after this many ms (default 5000).
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
      resolve(comm === 'dbus-daemon' || comm === 'dbus-broker' ? comm : 'unknown');
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
 * Imports `vars` into the user manager, then into the D-Bus activation environment.
 * @returns the D-Bus outcome (a failure there is not fatal: the caller logs it).
 * @throws Error when the user manager refuses or does not answer.
 */
export async function importSessionEnvironment(vars: Record<string, string>): Promise<ActivationUpdate> {
  await setManagerEnvironment(vars);
  return updateActivationEnvironment(vars);
}

