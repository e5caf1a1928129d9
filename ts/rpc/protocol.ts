/**
 * swaysock-healthd's protocol (docs/protocol.md) in one place, shared by the server
 * (ts/server/), its client (./client.ts) and the CLI: the error codes,
 * and every method with its params and result types. The JSON Schemas in schemas/ describe the
 * same shapes for other languages; tests/unit/protocol.test.ts checks that they agree.
 */
import type { SocketHealth } from './health.js';
import type { HistoryRecord, RecordType, StatusRecord } from './records.js';
import type { RelayStatus } from './relay.js';
import type { params, schemas } from './validators.generated.js';

export type { HistoryRecord, SocketHealth };

/** One recorded status change (`daemon.events`, the health history). */
export type HealthEvent = StatusRecord;

/**
 * Error codes: JSON-RPC 2.0's standard codes (specification, section 5.1) and ours from the range
 * it reserves for servers (-32000 to -32099). The key is the stable name clients see as
 * `DaemonRpcError.code`.
 */
export const RpcErrorCode = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** The daemon already serves `--max-clients` connections; this one is closed. */
  TOO_MANY_CLIENTS: -32000,
  /** A batch's answers would exceed {@link MAX_ANSWER_BYTES}: this request was not run. */
  ANSWER_TOO_LARGE: -32001,
} as const;

/** The stable name of an error code (`RpcErrorCode` key). */
export type RpcErrorName = keyof typeof RpcErrorCode;

/** The name of a numeric error code, or `SERVER_ERROR` for one this version does not know. */
export function rpcErrorName(code: number): RpcErrorName | 'SERVER_ERROR' {
  for (const [name, value] of Object.entries(RpcErrorCode)) if (value === code) return name as RpcErrorName;
  return 'SERVER_ERROR';
}

/** Longest request line the daemon reads, in bytes (without the `\n`); a longer one closes the connection. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Most requests in one batch; a longer batch is answered with one INVALID_REQUEST error. */
export const MAX_BATCH_REQUESTS = 64;
/**
 * Most bytes of answers the daemon builds for one line; the requests of a batch past it are
 * answered with ANSWER_TOO_LARGE (one `daemon.events` answer alone stays below it:
 * {@link MAX_EVENTS_ANSWER_BYTES}).
 */
export const MAX_ANSWER_BYTES = 256 * 1024;
/** Most bytes of records one `daemon.events` answer carries (the newest that fit), 192 KiB. */
export const MAX_EVENTS_ANSWER_BYTES = 192 * 1024;
/** Most records `daemon.events` holds and answers (its `limit` at most). */
export const MAX_EVENTS_LIMIT = 2048;
/** Most removals one `cleanup.removed` call reports. */
export const MAX_CLEANUP_REMOVALS = 256;

/** The `daemon.status` result (schemas/daemon-status.schema.json). Times in s. */
export interface DaemonStatus {
  version: string;
  pid: number;
  uptime_seconds: number;
  /** The socket it serves; null when systemd passed it (socket activation). */
  socket_path: string | null;
  socket_activated: boolean;
  clients: number;
  subscribers: number;
  counters: {
    requests: number;
    errors: number;
    notifications: number;
    clients_refused: number;
    clients_dropped: number;
    validations: number;
    validation_failures: number;
    /** Writes to the user manager's environment. */
    environment_repairs: number;
    /** Reads of the user manager's environment (each a `systemctl --user` run). */
    environment_reads: number;
    /** Stale sockets swaysock-cleanup reported removed (`cleanup.removed`). */
    cleanup_removals: number;
  };
  /**
   * The stable socket's relay (docs/stable-socket.md): its path (also when systemd passed it),
   * connections and counters; null when the daemon serves none (`swaysock env` asks this).
   */
  stable_socket: RelayStatus | null;
}

/** Params of a method that takes none: absent, `{}` or `[]` (schemas/params.schema.json#/definitions/none). */
export type NoParams = Record<string, never> | [];

/**
 * Params of `daemon.events` (schemas/params.schema.json#/definitions/daemon.events): the records
 * held (the last {@link MAX_EVENTS_LIMIT}) of `types`, at or after `since`, the last `limit` of
 * them, and of those the newest that fit in {@link MAX_EVENTS_ANSWER_BYTES}.
 */
export interface EventsParams {
  /** The last `limit` records, 1..{@link MAX_EVENTS_LIMIT} (default all held). */
  limit?: number;
  /** Only records at or after this ISO 8601 UTC time (`2026-01-01T12:00:00Z`). */
  since?: string;
  /** Only these record types, at least one (default `['status']`). */
  types?: readonly RecordType[];
}

/** Params of `cleanup.removed` (schemas/params.schema.json#/definitions/cleanup.removed). */
export interface CleanupRemovedParams {
  /** At most {@link MAX_CLEANUP_REMOVALS}: an absolute path (≤ 4096 characters) and a one-line reason (≤ 1024). */
  removed: readonly { path: string; reason: string }[];
}

/** Every method: its params and its result. */
export interface Methods {
  get_socket_health: { params: NoParams; result: SocketHealth };
  /** The health now; then `socket_health_changed` notifications on this connection. */
  subscribe: { params: NoParams; result: SocketHealth };
  'daemon.status': { params: NoParams; result: DaemonStatus };
  /** The daemon's Prometheus metrics, text exposition format 0.0.4 (docs/metrics.md). */
  'daemon.metrics': { params: NoParams; result: string };
  /** Health history records (status changes by default), oldest first (docs/history.md). */
  'daemon.events': { params: EventsParams; result: HistoryRecord[] };
  /** swaysock-cleanup reports what it removed; recorded in the health history. */
  'cleanup.removed': { params: CleanupRemovedParams; result: { recorded: number } };
}

export type MethodName = keyof Methods;
export type Params<M extends MethodName> = Methods[M]['params'];
export type Result<M extends MethodName> = Methods[M]['result'];

/** A params definition of schemas/params.schema.json that the validators were generated for. */
export type ParamsSchema = keyof typeof params;
/** A schema file (schemas/NAME.schema.json) that the validators were generated for. */
export type DocumentSchema = keyof typeof schemas;

/**
 * Every method's schemas, in the order docs/protocol.md lists them: its params definition in
 * schemas/params.schema.json and its result's schema file (null: a result no schema describes,
 * such as the metrics' text). The validators are generated from this list
 * (scripts/generate-validators.mjs) and the server attaches them by it (ts/server/jsonrpc.ts): a
 * method of {@link Methods} missing here, or a schema the validators were not generated for, does
 * not compile.
 */
export const METHOD_SCHEMAS = {
  get_socket_health: { params: 'none', result: 'socket-health' },
  subscribe: { params: 'none', result: 'socket-health' },
  'daemon.status': { params: 'none', result: 'daemon-status' },
  'daemon.events': { params: 'daemon.events', result: 'health-events' },
  'daemon.metrics': { params: 'none', result: null },
  'cleanup.removed': { params: 'cleanup.removed', result: null },
} as const satisfies { readonly [M in MethodName]: { readonly params: ParamsSchema; readonly result: DocumentSchema | null } };

/** The schema of one health history record (a line of the history file, an item of `daemon.events`). */
export const HISTORY_RECORD_SCHEMA = 'history-record' satisfies DocumentSchema;

/** The method names, in the order docs/protocol.md lists them. */
export const METHOD_NAMES = Object.keys(METHOD_SCHEMAS) as readonly MethodName[];

/** Notifications the daemon pushes to subscribers: name and params. */
export interface Notifications {
  socket_health_changed: SocketHealth;
}
