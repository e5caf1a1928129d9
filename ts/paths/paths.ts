/**
 * Where swaysock keeps its files, in one place: the runtime directory's files
 * (`$XDG_RUNTIME_DIR/swaysock/…`, written `%t/swaysock/…` in unit files: systemd.unit(5),
 * "Specifiers"), the state directory of the health history (`StateDirectory=` of
 * systemd.exec(5), else the XDG Base Directory Specification's `$XDG_STATE_HOME`), the name
 * the stable socket unit gives its fd, and the user unit directories (systemd.unit(5), "Unit File
 * Load Path"). Pure: nothing here touches the file system.
 */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** The files of the runtime directory, relative to it (unit files write them as `%t/…`). */
export const RUNTIME_FILES = {
  /** swaysock-healthd's JSON-RPC socket. */
  daemonSocket: 'swaysock/healthd.sock',
  /** The stable socket (never named `sway-ipc.*`, so neither cleanup nor discovery takes it for a Sway). */
  stableSocket: 'swaysock/sway.sock',
  /** `swaysock session`'s PID lock. */
  sessionLock: 'swaysock/session.lock',
  /** The cleanup's PID lock. */
  cleanupLock: 'swaysock/cleanup.lock',
} as const;

/** `StateDirectory=` of swaysock-healthd.service, and the history directory's name under `$XDG_STATE_HOME`. */
export const STATE_DIRECTORY_NAME = 'swaysock';

/** File name of the live history file; rotated ones add `.1`, `.2`, ... */
export const HISTORY_FILE = 'history.jsonl';

/** `FileDescriptorName=` of the stable socket unit; the daemon picks that fd by this name. */
export const STABLE_FD_NAME = 'stable';

/** Default socket path of swaysock-healthd in `runtimeDir`: `RUNTIME_DIR/swaysock/healthd.sock`. */
export function defaultDaemonSocket(runtimeDir: string): string {
  return join(runtimeDir, RUNTIME_FILES.daemonSocket);
}

/** Default stable socket path in `runtimeDir`: `RUNTIME_DIR/swaysock/sway.sock`. */
export function defaultStableSocket(runtimeDir: string): string {
  return join(runtimeDir, RUNTIME_FILES.stableSocket);
}

/** The session lock: `RUNTIME_DIR/swaysock/session.lock`. */
export function sessionLockPath(runtimeDir: string): string {
  return join(runtimeDir, RUNTIME_FILES.sessionLock);
}

/** The cleanup lock: `RUNTIME_DIR/swaysock/cleanup.lock`. */
export function cleanupLockPath(runtimeDir: string): string {
  return join(runtimeDir, RUNTIME_FILES.cleanupLock);
}

/**
 * The daemon's history directory for `env`: `$STATE_DIRECTORY` when systemd sets it, else
 * `$XDG_STATE_HOME/swaysock`, else `~/.local/state/swaysock`; null when none can be named (no
 * absolute `STATE_DIRECTORY`, `XDG_STATE_HOME` or `HOME`): the history then stays in memory.
 */
export function historyDir(env: NodeJS.ProcessEnv): string | null {
  // STATE_DIRECTORY is colon-separated when a unit names several; ours names one.
  const fromSystemd = env.STATE_DIRECTORY?.split(':')[0];
  if (fromSystemd && isAbsolute(fromSystemd)) return fromSystemd;
  return historyDirs(env)[0] ?? null;
}

/**
 * Where a reader outside the unit looks, most likely first: `$XDG_STATE_HOME/swaysock` (or its
 * default), then `$XDG_CONFIG_HOME/swaysock` (or its default), where older systemd (252, on Debian 12) puts a
 * user unit's `StateDirectory=` (docs/history.md).
 */
export function historyDirs(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME && isAbsolute(env.HOME) ? env.HOME : null;
  const base = (value: string | undefined, fallback: string): string | null =>
    value && isAbsolute(value) ? value : home === null ? null : join(home, fallback);
  return [base(env.XDG_STATE_HOME, '.local/state'), base(env.XDG_CONFIG_HOME, '.config')]
    .filter((d): d is string => d !== null)
    .map((d) => join(d, STATE_DIRECTORY_NAME));
}

/** The default directory for the user's own units: `$XDG_CONFIG_HOME/systemd/user`, else `~/.config/systemd/user`. */
export function defaultUnitDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'systemd', 'user');
}

/** Where system-wide enablement links of user units are (systemctl(1) `--global enable`). */
export const SYSTEM_USER_UNIT_DIR = '/etc/systemd/user';

/** Where the generated unit definitions live, relative to the package root (package.json `files` ships `units/`). */
export const UNITS_JSON_PATH = 'units/swaysock-units.json';

/** Where the committed unit files rendered for a plain install live, relative to the package root (ts/units/rendered.ts). */
export const RENDERED_UNITS_DIR = 'units/rendered';
