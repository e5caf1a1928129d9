/**
 * A client of swaysock-healthd's protocol (JSON-RPC 2.0, one JSON text per line; docs/protocol.md)
 * for the CLI, tests and any Node program.
 */
import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';

/** The daemon's socket cannot be reached. `code` is the errno (ENOENT, ECONNREFUSED, EACCES, ETIMEDOUT). */
export class DaemonUnreachableError extends Error {
  constructor(readonly socketPath: string, readonly code: string) {
    super(`cannot reach swaysock-healthd at ${socketPath} (${code})`);
    this.name = 'DaemonUnreachableError';
  }
}

/** The daemon answered with a JSON-RPC error object. */
export class DaemonRpcError extends Error {
  constructor(readonly code: number, message: string, readonly data?: unknown) {
    super(`${message} (JSON-RPC error ${code})${data === undefined ? '' : `: ${typeof data === 'string' ? data : JSON.stringify(data)}`}`);
    this.name = 'DaemonRpcError';
  }
}

/** The connection closed before the answer came. */
export class DaemonClosedError extends Error {
  constructor(socketPath: string) {
    super(`swaysock-healthd at ${socketPath} closed the connection`);
    this.name = 'DaemonClosedError';
  }
}

/** Events: `notification` (method, params) for each pushed notification; `close` once. */
export interface DaemonClientEvents {
  notification: [method: string, params: unknown];
  close: [];
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

export class DaemonClient extends EventEmitter<DaemonClientEvents> {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly socket: Socket, readonly socketPath: string) {
    super();
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new DaemonClosedError(socketPath));
      this.pending.clear();
      this.emit('close');
    });
  }

  /**
   * Connects to the daemon's socket.
   * @param timeoutMs connect timeout in ms (default 1000).
   * @throws DaemonUnreachableError.
   */
  static connect(socketPath: string, timeoutMs = 1000): Promise<DaemonClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(socketPath);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new DaemonUnreachableError(socketPath, 'ETIMEDOUT'));
      }, timeoutMs);
      socket.once('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new DaemonUnreachableError(socketPath, err.code ?? 'EUNKNOWN'));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new DaemonClient(socket, socketPath));
      });
    });
  }

  /**
   * Calls `method` and resolves with its result.
   * @throws DaemonRpcError for an error response; DaemonClosedError when the connection ends first
   *   or is already closed.
   */
  call<T>(method: string, params?: object): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.socket.destroyed) {
        reject(new DaemonClosedError(this.socketPath));
        return;
      }
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.write(`${JSON.stringify(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params })}\n`);
    });
  }

  /** Closes the connection. */
  close(): void {
    this.socket.destroy();
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
        this.emit('notification', message.method, message.params);
        continue;
      }
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (pending === undefined) {
        // An error with id null answers no request of ours (e.g. "too many clients"): fail them all.
        if (message.error && message.id === null) {
          for (const p of this.pending.values()) p.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
          this.pending.clear();
        }
        continue;
      }
      this.pending.delete(message.id as number);
      if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
      else pending.resolve(message.result);
    }
  }
}
