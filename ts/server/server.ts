/**
 * The daemon's JSON-RPC 2.0 server over a Unix stream socket: one JSON text per line (`\n`),
 * requests answered in order per client, notifications pushed to subscribers. A line whose answer
 * is asynchronous (`daemon.metrics`) holds that client's later lines until it is sent: the
 * connection stops being read meanwhile, so what waits is at most the rest of one read. So does an
 * answer the client has not taken yet (backpressure): a client that sends requests and does not
 * read makes the daemon hold at most 16 KiB of its output plus one line's answers.
 *
 * Limits: a line over `maxLineBytes` (64 KiB) gets an Invalid Request error and that client is
 * closed; the line is never held whole: its bytes are counted as they arrive, and once past the
 * bound the connection stops being read. A batch and the answers to one line are bounded too
 * (jsonrpc.ts). At most `maxClients` at once (the next gets an error and is closed); a client whose
 * unsent output would exceed `maxQueuedBytes` (a subscriber that does not read its notifications)
 * is dropped, so a slow or stuck client never delays anyone else: writes never wait on a client.
 */
import type { Server, Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { MAX_LINE_BYTES, RpcErrorCode, type Notifications } from '../rpc/protocol.js';
import { handleLine, type LineAnswer, type LineLimits, type RpcMethod } from './jsonrpc.js';

/** Default bound of one request line, in bytes (without its `\n`). */
export const DEFAULT_MAX_LINE_BYTES = MAX_LINE_BYTES;
/** Default bound of output queued for one client, in bytes. */
export const DEFAULT_MAX_QUEUED_BYTES = 1024 * 1024;

/** Per-client state handed to method handlers. */
export interface ClientContext {
  /** Set by a handler to subscribe the client once the response has been written. */
  subscribe: boolean;
  subscribed: boolean;
}

export interface ServerCounters {
  requests: number;
  errors: number;
  notifications: number;
  clients_refused: number;
  clients_dropped: number;
}

export interface RpcServerOptions {
  maxClients: number;
  maxLineBytes?: number;
  maxQueuedBytes?: number;
  /** Bounds of a batch and of one line's answers (default jsonrpc.ts's DEFAULT_LINE_LIMITS). */
  lineLimits?: LineLimits;
}

interface Client {
  socket: Socket;
  context: ClientContext;
  /**
   * The start of a line whose `\n` has not arrived yet, decoded as it arrives (no read buffer is
   * kept or copied), its length in bytes, and the decoder that holds a character split across
   * reads (null while no line is unfinished).
   */
  partial: string;
  partialBytes: number;
  decoder: StringDecoder | null;
  /** While an asynchronous answer is on its way: the lines that arrived after it, in order (else null). */
  waiting: string[] | null;
}

export class RpcServer {
  readonly counters: ServerCounters = { requests: 0, errors: 0, notifications: 0, clients_refused: 0, clients_dropped: 0 };
  private readonly clients = new Set<Client>();
  /** Connections being refused or closed (their error line is on its way); not counted as clients. */
  private readonly closing = new Set<Socket>();
  private readonly maxLineBytes: number;
  private readonly maxQueuedBytes: number;

  constructor(
    private readonly methods: ReadonlyMap<string, RpcMethod<ClientContext>>,
    private readonly options: RpcServerOptions,
  ) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.maxQueuedBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  }

  /** Serves the connections of `server`. */
  attach(server: Server): void {
    server.on('connection', (socket) => this.accept(socket));
  }

  /** Connected clients. */
  get clientCount(): number {
    return this.clients.size;
  }

  /** Clients subscribed to notifications. */
  get subscriberCount(): number {
    let n = 0;
    for (const c of this.clients) if (c.context.subscribed) n++;
    return n;
  }

  /** Sends a notification (no id) of the protocol to every subscriber; never waits on any of them. */
  notify<N extends keyof Notifications>(method: N, params: Notifications[N]): void {
    const line = JSON.stringify({ jsonrpc: '2.0', method, params });
    for (const client of this.clients) {
      if (!client.context.subscribed) continue;
      this.counters.notifications++;
      this.write(client, [line], line.length);
    }
  }

  /** Closes every connection at once, those being refused included. */
  closeAll(): void {
    for (const client of this.clients) client.socket.destroy();
    for (const socket of this.closing) socket.destroy();
  }

  /** Sends `line` and closes: half-close now, a full close after 1 s at the latest. */
  private endWith(socket: Socket, line: string): void {
    this.closing.add(socket);
    socket.once('close', () => this.closing.delete(socket));
    socket.end(line);
    setTimeout(() => socket.destroy(), 1000).unref();
  }

  private accept(socket: Socket): void {
    socket.on('error', () => {});
    if (this.clients.size >= this.options.maxClients) {
      this.counters.clients_refused++;
      this.endWith(
        socket,
        `${JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: RpcErrorCode.TOO_MANY_CLIENTS, message: `too many clients (at most ${this.options.maxClients})` } })}\n`,
      );
      return;
    }
    const client: Client = { socket, context: { subscribe: false, subscribed: false }, partial: '', partialBytes: 0, decoder: null, waiting: null };
    this.clients.add(client);
    socket.on('close', () => this.clients.delete(client));
    socket.on('data', (chunk: Buffer) => this.onData(client, chunk));
  }

  /**
   * Splits the bytes into lines at `\n` (a byte that occurs in UTF-8 only as itself) and answers
   * each; keeps at most `maxLineBytes` of an unfinished line.
   */
  private onData(client: Client, chunk: Buffer): void {
    let start = 0;
    let newline: number;
    while ((newline = chunk.indexOf(0x0a, start)) !== -1) {
      if (client.partialBytes + newline - start > this.maxLineBytes) {
        this.refuseLine(client);
        return;
      }
      const piece = chunk.subarray(start, newline);
      const line = client.decoder === null ? piece.toString('utf8') : client.partial + client.decoder.end(piece);
      client.partial = '';
      client.partialBytes = 0;
      client.decoder = null;
      start = newline + 1;
      if (line.trim() !== '') this.answer(client, line);
      if (client.socket.destroyed) return;
    }
    if (start === chunk.length) return;
    if (client.partialBytes + chunk.length - start > this.maxLineBytes) {
      this.refuseLine(client);
      return;
    }
    client.decoder ??= new StringDecoder('utf8');
    client.partial += client.decoder.write(chunk.subarray(start));
    client.partialBytes += chunk.length - start;
  }

  /** Answers an oversized line with an error and closes: nothing more is read from this client. */
  private refuseLine(client: Client): void {
    this.counters.errors++;
    client.partial = '';
    client.partialBytes = 0;
    client.decoder = null;
    this.clients.delete(client);
    client.socket.removeAllListeners('data');
    client.socket.pause();
    const error = {
      jsonrpc: '2.0',
      id: null,
      error: { code: RpcErrorCode.INVALID_REQUEST, message: `request line exceeds ${this.maxLineBytes} bytes; closing the connection` },
    };
    this.endWith(client.socket, `${JSON.stringify(error)}\n`);
  }

  /**
   * Answers one line: at once when its answer is synchronous; otherwise the connection is paused
   * and the lines after it wait until it is sent, so answers keep the requests' order. The lines
   * after an answer also wait, the connection paused, while the client has not taken its unsent
   * output (past the socket's high-water mark, 16 KiB): nothing more of it is read or answered
   * until that output drains.
   */
  private answer(client: Client, line: string): void {
    if (client.waiting !== null) {
      client.waiting.push(line);
      return;
    }
    if (client.socket.destroyed) return;
    this.counters.requests++;
    const answer = handleLine(line, this.methods, client.context, this.options.lineLimits);
    if (!(answer instanceof Promise)) {
      this.deliver(client, answer);
      if (client.socket.writableNeedDrain) {
        this.hold(client);
        client.socket.once('drain', () => this.release(client));
      }
      return;
    }
    this.hold(client);
    void answer.then((a) => {
      if (!this.clients.has(client)) return; // closed or refused meanwhile: nothing more is answered
      this.deliver(client, a);
      if (client.socket.writableNeedDrain) client.socket.once('drain', () => this.release(client));
      else this.release(client);
    });
  }

  /** Stops reading `client`; its lines already read wait in `waiting`. */
  private hold(client: Client): void {
    client.waiting = [];
    client.socket.pause();
  }

  /** Answers the lines that waited, in order, until one has to wait again; else reads on. */
  private release(client: Client): void {
    if (!this.clients.has(client)) return;
    const later = client.waiting ?? [];
    client.waiting = null;
    while (later.length > 0 && client.waiting === null) this.answer(client, later.shift()!);
    if (client.waiting === null) client.socket.resume();
    else (client.waiting as string[]).unshift(...later);
  }

  /** Writes a line's answer; a `subscribe` in it takes effect once that answer is written. */
  private deliver(client: Client, answer: LineAnswer | null): void {
    if (answer !== null) {
      this.counters.errors += answer.errors;
      this.write(client, answer.parts, answer.bytes);
    }
    if (client.context.subscribe) {
      client.context.subscribe = false;
      client.context.subscribed = true;
    }
  }

  /** Sends the pieces of one line and its `\n`, or drops the client when its unsent output would pass `maxQueuedBytes`. */
  private write(client: Client, parts: readonly string[], bytes: number): void {
    const { socket } = client;
    if (socket.destroyed || socket.writableEnded) return;
    if (socket.writableLength + bytes > this.maxQueuedBytes) {
      this.counters.clients_dropped++;
      socket.destroy();
      return;
    }
    if (parts.length === 1) {
      socket.write(`${parts[0]}\n`);
      return;
    }
    // One write of all the pieces (writev): a large piece is sent as it is, never copied into a longer string.
    socket.cork();
    for (const part of parts) socket.write(part);
    socket.write('\n');
    socket.uncork();
  }
}
