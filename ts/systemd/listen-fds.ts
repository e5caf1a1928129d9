/**
 * Socket activation (sd_listen_fds(3)): systemd passes listening sockets from fd 3
 * (SD_LISTEN_FDS_START) on, with `LISTEN_PID` (our PID) and `LISTEN_FDS` (how many).
 */

/** First passed file descriptor. */
export const SD_LISTEN_FDS_START = 3;

/**
 * How many sockets were passed to this process (0 when none, or when `LISTEN_PID` names another
 * process). Like sd_listen_fds(1), it removes `LISTEN_PID`, `LISTEN_FDS` and `LISTEN_FDNAMES`
 * from `env` so children do not inherit them.
 */
export function listenFds(env: NodeJS.ProcessEnv = process.env, pid = process.pid): number {
  const forUs = env.LISTEN_PID !== undefined && Number(env.LISTEN_PID) === pid;
  const count = forUs ? Number(env.LISTEN_FDS) : 0;
  delete env.LISTEN_PID;
  delete env.LISTEN_FDS;
  delete env.LISTEN_FDNAMES;
  return Number.isInteger(count) && count > 0 ? count : 0;
}
