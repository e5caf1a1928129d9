/**
 * Socket activation (sd_listen_fds(3)): systemd passes listening sockets from fd 3
 * (SD_LISTEN_FDS_START) on, with `LISTEN_PID` (our PID), `LISTEN_FDS` (how many) and
 * `LISTEN_FDNAMES` (their `FileDescriptorName=`s).
 */

/** First passed file descriptor. */
export const SD_LISTEN_FDS_START = 3;

/** A socket systemd passed: its fd and its `FileDescriptorName=` (systemd.socket(5)). */
export interface PassedFd {
  fd: number;
  /** From `LISTEN_FDNAMES` (colon-separated, in fd order); `unknown` when not given, as sd_listen_fds_with_names(3) says. */
  name: string;
}

/**
 * The sockets passed to this process, in fd order, with their names (sd_listen_fds_with_names(3));
 * empty when none, or when `LISTEN_PID` names another process. Like sd_listen_fds(3) with
 * `unset_environment`, it removes `LISTEN_PID`, `LISTEN_FDS` and `LISTEN_FDNAMES` from `env` so
 * children do not inherit them.
 */
export function listenFdsWithNames(env: NodeJS.ProcessEnv = process.env, pid = process.pid): PassedFd[] {
  const forUs = env.LISTEN_PID !== undefined && Number(env.LISTEN_PID) === pid;
  const count = forUs ? Number(env.LISTEN_FDS) : 0;
  const names = forUs && env.LISTEN_FDNAMES !== undefined ? env.LISTEN_FDNAMES.split(':') : [];
  delete env.LISTEN_PID;
  delete env.LISTEN_FDS;
  delete env.LISTEN_FDNAMES;
  if (!Number.isInteger(count) || count <= 0) return [];
  const named = names.length === count;
  return Array.from({ length: count }, (_, i) => ({ fd: SD_LISTEN_FDS_START + i, name: named ? names[i]! : 'unknown' }));
}
