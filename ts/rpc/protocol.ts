/**
 * swaysock-healthd's protocol (docs/protocol.md) in one place, shared by the server
 * (ts/server/), its client (./client.ts) and the CLI: the default socket path, the error codes,
 * and every method with its params and result types. The JSON Schemas in schemas/ describe the
 * same shapes for other languages; tests/unit/protocol.test.ts checks that they agree.
 */
import { join } from 'node:path';
import type { HealthEvent, SocketHealth } from '../health/types.js';

export type { HealthEvent, SocketHealth };

/** Default socket path of swaysock-healthd in `runtimeDir`: `RUNTIME_DIR/swaysock/healthd.sock`. */
export function defaultDaemonSocket(runtimeDir: string): string {
  return join(runtimeDir, 'swaysock', 'healthd.sock');
}

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
 * answered with ANSWER_TOO_LARGE (one `daemon.events` answer alone stays well below it).
 */
export const MAX_ANSWER_BYTES = 256 * 1024;

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
  };
}

/** Params of a method that takes none: absent, `{}` or `[]` (schemas/params.schema.json#/definitions/none). */
export type NoParams = Record<string, never> | [];

/** Params of `daemon.events` (schemas/params.schema.json#/definitions/daemon.events). */
export interface EventsParams {
  /** The last `limit` changes, 1..256 (default all kept). */
  limit?: number;
}

/** Every method: its params and its result. */
export interface Methods {
  get_socket_health: { params: NoParams; result: SocketHealth };
  /** The health now; then `socket_health_changed` notifications on this connection. */
  subscribe: { params: NoParams; result: SocketHealth };
  'daemon.status': { params: NoParams; result: DaemonStatus };
  /** The last status changes, oldest first. */
  'daemon.events': { params: EventsParams; result: HealthEvent[] };
}

export type MethodName = keyof Methods;
export type Params<M extends MethodName> = Methods[M]['params'];
export type Result<M extends MethodName> = Methods[M]['result'];

/** The method names, in the order docs/protocol.md lists them. */
export const METHOD_NAMES: readonly MethodName[] = ['get_socket_health', 'subscribe', 'daemon.status', 'daemon.events'];

/** Notifications the daemon pushes to subscribers: name and params. */
export interface Notifications {
  socket_health_changed: SocketHealth;
}
