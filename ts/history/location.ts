/**
 * Where the health history lives: `$STATE_DIRECTORY` when systemd sets it (systemd.exec(5),
 * `StateDirectory=`), else `$XDG_STATE_HOME/swaysock`, else `~/.local/state/swaysock` (XDG Base
 * Directory Specification).
 */
import { isAbsolute, join } from 'node:path';

/** File name of the live history file; rotated ones add `.1`, `.2`, ... */
export const HISTORY_FILE = 'history.jsonl';

/**
 * The daemon's history directory for `env`; null when none can be named (no absolute
 * `STATE_DIRECTORY`, `XDG_STATE_HOME` or `HOME`): the history then stays in memory.
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
    .map((d) => join(d, 'swaysock'));
}
