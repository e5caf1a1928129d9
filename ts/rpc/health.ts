/**
 * The health of the Sway IPC socket as `get_socket_health` reports it (docs/protocol.md,
 * schemas/socket-health.schema.json).
 */

/**
 * - `healthy`: connected, and the last `GET_VERSION` validation answered in time;
 * - `stale`: connected, but a validation timed out or the socket file we use is gone or replaced
 *   (inode changed), so clients looking it up by path may not reach this Sway;
 * - `disconnected`: no connection (EOF, error or Sway's `shutdown` event; or no Sway yet).
 */
export type HealthStatus = 'healthy' | 'stale' | 'disconnected';

/** The `get_socket_health` result: exactly these ten fields. */
export interface SocketHealth {
  status: HealthStatus;
  /** Socket in use, or the last one used while disconnected; null if never connected. */
  socket_path: string | null;
  /** ISO 8601 time of the last successful validation; null if none. */
  last_validated: string | null;
  /** Round trip of the last validation in ms (float); null while disconnected. */
  latency_ms: number | null;
  /** Connections made after the first one. */
  reconnection_count: number;
  /** How long the current Sway connection has been up, in s; 0 while disconnected. */
  uptime_seconds: number;
  /** PID from the socket's name (last known while disconnected); null if unknown. */
  sway_pid: number | null;
  /** Sway's `human_readable` version (last known while disconnected); null if never connected. */
  sway_version: string | null;
  /** The user manager's `SWAYSOCK`; null when unset or no user manager answers. */
  environment_swaysock: string | null;
  /** Whether `environment_swaysock` names the socket in use; null when unknown. */
  environment_matches: boolean | null;
}
