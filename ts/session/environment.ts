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

/**
 * Imports `vars` into the user manager, then into the D-Bus activation environment.
 * @returns the D-Bus outcome (a failure there is not fatal: the caller logs it).
 * @throws Error when the user manager refuses or does not answer.
 */
export async function importSessionEnvironment(vars: Record<string, string>): Promise<ActivationUpdate> {
  await setManagerEnvironment(vars);
  return updateActivationEnvironment(vars);
}

