/**
 * The records of the health history (schemas/history-record.schema.json): what `daemon.events`
 * answers and what the history file holds, one JSON object per line.
 */
import type { HealthStatus } from './health.js';

/**
 * Why a record was made:
 * - `connect`/`reconnect`: the first connection of this daemon, a later one;
 * - `eof`: Sway closed the connection (or it failed); `shutdown_event`: Sway's `shutdown` event;
 * - `validation_timeout`: `GET_VERSION` got no reply in time; `socket_replaced`: the socket file
 *   in use is gone or another file has its name; `validated`: a validation answered again;
 * - `switch`: the daemon moved to another live Sway; `environment_repair`: it set or unset the
 *   user manager's `SWAYSOCK`/`I3SOCK`; `cleanup`: swaysock-cleanup removed a stale socket;
 * - `summary`: the periodic validation summary.
 */
export type HistoryCause =
  | 'connect'
  | 'reconnect'
  | 'eof'
  | 'shutdown_event'
  | 'validation_timeout'
  | 'socket_replaced'
  | 'validated'
  | 'switch'
  | 'environment_repair'
  | 'cleanup'
  | 'summary';

export const RECORD_TYPES = ['status', 'environment_repair', 'cleanup_removal', 'validation_summary'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

interface RecordBase {
  /** ISO 8601 time (UTC). */
  time: string;
  cause: HistoryCause;
}

/** A status change (or a switch, which keeps `healthy`). */
export interface StatusRecord extends RecordBase {
  type: 'status';
  from: HealthStatus;
  to: HealthStatus;
  socket_path: string | null;
  /** Why, in words (e.g. "Sway's shutdown event"). */
  reason: string;
}

/** The daemon set or unset the user manager's `SWAYSOCK`/`I3SOCK`. */
export interface RepairRecord extends RecordBase {
  type: 'environment_repair';
  reason: string;
}

/** swaysock-cleanup removed a stale socket (reported by it to the daemon). */
export interface CleanupRecord extends RecordBase {
  type: 'cleanup_removal';
  socket_path: string;
  reason: string;
}

/** Validations over one summary period. */
export interface SummaryRecord extends RecordBase {
  type: 'validation_summary';
  /** Length of the period, in s. */
  period_seconds: number;
  /** Validations run (answered or not). */
  count: number;
  /** Validations that timed out or found the socket file replaced. */
  failures: number;
  /** Round trips of the validations that answered, in ms; null when none answered. */
  latency_ms: { min: number; p50: number; max: number } | null;
}

export type HistoryRecord = StatusRecord | RepairRecord | CleanupRecord | SummaryRecord;
