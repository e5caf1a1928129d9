/**
 * A Sway IPC client over one Unix stream connection (sway-ipc(7)).
 *
 * Replies are matched to requests in order (Sway answers each connection's requests in turn).
 * A request that times out keeps its place in the queue so that its late reply, if any, is
 * discarded instead of being taken for the next request's. The connection is always closed with a
 * full close (`destroy()`): a half-closed client makes Sway 1.7+ spin at 100% CPU.
 */
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { SwaysockError } from '../errors/errors.js';
import { connectUnix } from '../net/connect.js';
import { Deadline } from '../net/deadline.js';
import { FrameDecoder, type IpcEventType, IpcMessageType, encodeFrame, eventName, type IpcFrame } from './codec.js';

/** Default timeout of one request, in ms. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 1000;

/** The reply to `GET_VERSION` (sway-ipc(7)). */
export interface SwayVersion {
  major: number;
  minor: number;
  patch: number;
  human_readable: string;
  loaded_config_file_name?: string;
}

/** A request got no reply in time (`ERR_SWAYSOCK_IPC_TIMEOUT`). The connection stays usable; the late reply is dropped. */
export class IpcTimeoutError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_IPC_TIMEOUT';
  constructor(
    readonly type: number,
    readonly timeoutMs: number,
  ) {
    super('ERR_SWAYSOCK_IPC_TIMEOUT', `IPC request of type ${type} got no reply within ${timeoutMs} ms`);
    this.name = 'IpcTimeoutError';
  }
}

/** The connection closed (EOF, error or `close()`) before a reply came (`ERR_SWAYSOCK_IPC_CLOSED`). `cause` holds the socket error, if any. */
export class IpcClosedError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_IPC_CLOSED';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_SWAYSOCK_IPC_CLOSED', message, options);
    this.name = 'IpcClosedError';
  }
}

/** A reply whose payload was not the JSON the request expects (`ERR_SWAYSOCK_IPC_REPLY`). */
export class IpcReplyError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_IPC_REPLY';
  constructor(message: string) {
    super('ERR_SWAYSOCK_IPC_REPLY', message);
    this.name = 'IpcReplyError';
  }
}

interface Pending {
  type: number;
  resolve: (frame: IpcFrame) => void;
  reject: (err: Error) => void;
  deadline: Deadline | null;
  settled: boolean;
}

/** Events of {@link SwayIpcClient}: `event` for each Sway event, `close` once with the reason (Error) or null. */
export interface SwayIpcClientEvents {
  event: [name: string, payload: unknown];
  close: [reason: Error | null];
}

export class SwayIpcClient extends EventEmitter<SwayIpcClientEvents> {
  private readonly decoder: FrameDecoder;
  private readonly queue: Pending[] = [];
  private closedReason: Error | null | undefined = undefined;

  private constructor(
    private readonly socket: Socket,
    readonly path: string,
    maxPayloadBytes?: number,
  ) {
    super();
    this.decoder = new FrameDecoder(maxPayloadBytes);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', (err) => this.shutdown(err));
    socket.on('close', () => this.shutdown(new IpcClosedError(`Sway closed the IPC connection ${path}`)));
  }

  /**
   * Connects to a Sway IPC socket.
   * @param path absolute path of the socket (`$XDG_RUNTIME_DIR/sway-ipc.UID.PID.sock`).
   * @param options.timeoutMs connect timeout in ms (default 1000).
   * @throws ConnectError (ts/net/connect.ts): `code` is the errno (`ECONNREFUSED`, `ENOENT`, ...) or `ETIMEDOUT`.
   */
  static async connect(path: string, options: { timeoutMs?: number; maxPayloadBytes?: number } = {}): Promise<SwayIpcClient> {
    const socket = await connectUnix(path, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    return new SwayIpcClient(socket, path, options.maxPayloadBytes);
  }

  /** True until the connection has closed for any reason. */
  get isOpen(): boolean {
    return this.closedReason === undefined;
  }

  /**
   * Sends one message and resolves with its reply frame.
   * @param type message type ({@link IpcMessageType}).
   * @param payload request payload (a JSON string or command text).
   * @param timeoutMs reply timeout in ms (default 1000); 0 disables it.
   * @throws IpcTimeoutError, IpcClosedError.
   */
  request(type: number, payload: string = '', timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<IpcFrame> {
    if (this.closedReason !== undefined) {
      return Promise.reject(new IpcClosedError(`IPC connection ${this.path} is closed`, { cause: this.closedReason }));
    }
    return new Promise((resolve, reject) => {
      const pending: Pending = { type, resolve, reject, deadline: null, settled: false };
      if (timeoutMs > 0) {
        pending.deadline = new Deadline(timeoutMs, () => {
          pending.settled = true;
          reject(new IpcTimeoutError(type, timeoutMs));
        });
      }
      this.queue.push(pending);
      this.socket.write(encodeFrame(type, payload));
    });
  }

  /** Sends a message and parses its JSON reply. @throws as {@link request}, and IpcReplyError on bad JSON. */
  async requestJson<T>(type: number, payload = '', timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<T> {
    const frame = await this.request(type, payload, timeoutMs);
    try {
      return JSON.parse(frame.payload.toString('utf8')) as T;
    } catch {
      throw new IpcReplyError(`reply to IPC type ${type} is not JSON`);
    }
  }

  /** `GET_VERSION`: Sway's version. @throws as {@link requestJson}. */
  getVersion(timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<SwayVersion> {
    return this.requestJson<SwayVersion>(IpcMessageType.GET_VERSION, '', timeoutMs);
  }

  /**
   * `SUBSCRIBE` to events by name (e.g. `["shutdown"]`); they arrive as `event` emissions.
   * @throws IpcReplyError when Sway answers `{"success": false}`, or as {@link requestJson}.
   */
  async subscribe(events: (keyof typeof IpcEventType)[], timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<void> {
    const reply = await this.requestJson<{ success?: boolean }>(IpcMessageType.SUBSCRIBE, JSON.stringify(events), timeoutMs);
    if (reply.success !== true) throw new IpcReplyError(`Sway refused SUBSCRIBE ${JSON.stringify(events)}`);
  }

  /** Closes the connection at once (full close, never a half-close). Idempotent. */
  close(): void {
    this.socket.destroy();
    this.shutdown(null);
  }

  private onData(chunk: Buffer): void {
    let frames: IpcFrame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      this.socket.destroy();
      this.shutdown(err as Error);
      return;
    }
    for (const frame of frames) {
      if (frame.isEvent) {
        let payload: unknown = null;
        try {
          payload = JSON.parse(frame.payload.toString('utf8'));
        } catch {
          payload = frame.payload.toString('utf8');
        }
        this.emit('event', eventName(frame.type), payload);
        continue;
      }
      const pending = this.queue.shift();
      if (pending === undefined || pending.settled) continue;
      pending.settled = true;
      pending.deadline?.cancel();
      pending.resolve(frame);
    }
  }

  private shutdown(reason: Error | null): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    this.socket.destroy();
    for (const pending of this.queue.splice(0)) {
      pending.deadline?.cancel();
      if (!pending.settled) {
        pending.settled = true;
        pending.reject(new IpcClosedError(`IPC connection ${this.path} closed before the reply`, { cause: reason }));
      }
    }
    this.emit('close', reason);
  }
}
