/**
 * A client of swaysock-healthd's protocol (JSON-RPC 2.0, one JSON text per line; docs/protocol.md,
 * types in ./protocol.ts) for the CLI, tests and any Node program. Every call has a reply deadline;
 * notifications (`subscribe`) have none.
 */
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { hasCode, SwaysockError } from '../errors/errors.js';
import { connectUnix, type ConnectError } from '../net/connect.js';
import { Deadline } from '../net/deadline.js';
import { rpcErrorName, type MethodName, type Notifications, type Params, type Result, type RpcErrorName } from './protocol.js';

/** Default deadline of the connect and of each reply, in ms: long enough for a socket-activated cold start. */
export const DEFAULT_DAEMON_TIMEOUT_MS = 5000;

/**
 * The daemon's socket cannot be reached: `ERR_SWAYSOCK_DAEMON_UNREACHABLE`. `systemCode` is the
 * errno name (ENOENT, ECONNREFUSED, EACCES, ETIMEDOUT).
 */
export class DaemonUnreachableError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_DAEMON_UNREACHABLE';
  constructor(
    readonly socketPath: string,
    readonly systemCode: string,
  ) {
    super('ERR_SWAYSOCK_DAEMON_UNREACHABLE', `cannot reach swaysock-healthd at ${socketPath} (${systemCode})`);
    this.name = 'DaemonUnreachableError';
  }
}

/**
 * The daemon answered with a JSON-RPC error object: `ERR_SWAYSOCK_DAEMON_RPC`. `rpcName` is the
 * stable name of the error (`TOO_MANY_CLIENTS`, `INVALID_PARAMS`, ...; `SERVER_ERROR` for a code
 * this version does not know), `rpcCode` the number on the wire.
 */
export class DaemonRpcError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_DAEMON_RPC';
  readonly rpcName: RpcErrorName | 'SERVER_ERROR';
  constructor(
    readonly rpcCode: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(
      'ERR_SWAYSOCK_DAEMON_RPC',
      `${message} (JSON-RPC error ${rpcCode})${data === undefined ? '' : `: ${typeof data === 'string' ? data : JSON.stringify(data)}`}`,
    );
    this.name = 'DaemonRpcError';
    this.rpcName = rpcErrorName(rpcCode);
  }
}

/** The connection closed before the answer came: `ERR_SWAYSOCK_DAEMON_CLOSED`. */
export class DaemonClosedError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_DAEMON_CLOSED';
  constructor(readonly socketPath: string) {
    super('ERR_SWAYSOCK_DAEMON_CLOSED', `swaysock-healthd at ${socketPath} closed the connection`);
    this.name = 'DaemonClosedError';
  }
}

/**
 * No answer within the deadline (a wedged daemon, or a socket-activated one that does not start):
 * `ERR_SWAYSOCK_DAEMON_TIMEOUT`. The connection stays open; a late answer is dropped.
 */
export class DaemonTimeoutError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_DAEMON_TIMEOUT';
  constructor(
    readonly socketPath: string,
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super('ERR_SWAYSOCK_DAEMON_TIMEOUT', `swaysock-healthd at ${socketPath} did not answer ${method} within ${timeoutMs} ms`);
    this.name = 'DaemonTimeoutError';
  }
}

/** Events: `notification` (method, params) for each pushed notification; `close` once. */
export interface DaemonClientEvents {
  notification: { [N in keyof Notifications]: [method: N, params: Notifications[N]] }[keyof Notifications];
  close: [];
}

export interface DaemonClientOptions {
  /** Deadline of the connect and the default deadline of each reply, in ms (default {@link DEFAULT_DAEMON_TIMEOUT_MS}). */
  timeoutMs?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  deadline: Deadline;
}

export class DaemonClient extends EventEmitter<DaemonClientEvents> {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, Pending>();

  private constructor(
    private readonly socket: Socket,
    readonly socketPath: string,
    readonly timeoutMs: number,
  ) {
    super();
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      this.failAll(new DaemonClosedError(socketPath));
      this.emit('close');
    });
  }

  /**
   * Connects to the daemon's socket.
   * @throws DaemonUnreachableError (code `ETIMEDOUT` when `timeoutMs` passed first).
   */
  static async connect(socketPath: string, options: DaemonClientOptions = {}): Promise<DaemonClient> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_DAEMON_TIMEOUT_MS;
    try {
      return new DaemonClient(await connectUnix(socketPath, timeoutMs), socketPath, timeoutMs);
    } catch (err) {
      if (hasCode<ConnectError>(err, 'ERR_SWAYSOCK_CONNECT')) throw new DaemonUnreachableError(socketPath, err.systemCode);
      throw err;
    }
  }

  /**
   * Calls `method` and resolves with its result (types in ./protocol.ts).
   * @param timeoutMs reply deadline in ms (default: the client's `timeoutMs`).
   * @throws DaemonRpcError for an error response; DaemonTimeoutError when no answer comes in time;
   *   DaemonClosedError when the connection ends first or is already closed.
   */
  call<M extends MethodName>(method: M, params?: Params<M>, timeoutMs = this.timeoutMs): Promise<Result<M>> {
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      if (this.socket.destroyed) {
        reject(new DaemonClosedError(this.socketPath));
        return;
      }
      const deadline = new Deadline(timeoutMs, () => {
        this.pending.delete(id);
        reject(new DaemonTimeoutError(this.socketPath, method, timeoutMs));
      });
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, deadline });
      this.socket.write(`${JSON.stringify(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params })}\n`);
    });
  }

  /** Closes the connection. */
  close(): void {
    this.socket.destroy();
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      p.deadline.cancel();
      p.reject(err);
    }
    this.pending.clear();
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) !== -1) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      let message: { id?: number | null; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string; data?: unknown } };
      try {
        message = JSON.parse(line);
      } catch {
        continue;
      }
      if (message.method !== undefined && message.id === undefined) {
        this.emit('notification', ...([message.method, message.params] as DaemonClientEvents['notification']));
        continue;
      }
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (pending === undefined) {
        // An error with id null answers no request of ours (e.g. "too many clients"): fail them all.
        if (message.error && message.id === null) this.failAll(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
        continue;
      }
      this.pending.delete(message.id as number);
      pending.deadline.cancel();
      if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
      else pending.resolve(message.result);
    }
  }
}
