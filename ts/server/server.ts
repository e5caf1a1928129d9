/**
 * The daemon's JSON-RPC 2.0 server over a Unix stream socket: one JSON text per line (`\n`),
 * requests answered in order per client, notifications pushed to subscribers.
 *
 * Limits: a line over `maxLineBytes` (64 KiB) gets an Invalid Request error and that client is
 * closed; at most `maxClients` at once (the next gets an error and is closed); a client whose
 * unsent output exceeds `maxQueuedBytes` (it does not read) is dropped, so a slow or stuck
 * subscriber never delays anyone else: writes never wait on a client.
 */
import type { Server, Socket } from 'node:net';
import { RpcErrorCode } from '../rpc/codes.js';
import { handleLine, type LineAnswer, type RpcMethod } from './jsonrpc.js';

/** Default bound of one request line, in bytes. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;
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
}

interface Client {
  socket: Socket;
  context: ClientContext;
  buffer: string;
  /** While an asynchronous answer is on its way: the later lines wait behind it (answers keep the requests' order). */
  queue: Promise<void> | null;
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

  /** Sends a notification (no id) to every subscriber; never waits on any of them. */
  notify(method: string, params: unknown): void {
    const line = `${JSON.stringify({ jsonrpc: '2.0', method, params })}\n`;
    for (const client of this.clients) {
      if (!client.context.subscribed) continue;
      this.counters.notifications++;
      this.write(client, line);
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
      this.endWith(socket, `${JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: RpcErrorCode.TOO_MANY_CLIENTS, message: `too many clients (at most ${this.options.maxClients})` } })}\n`);
      return;
    }
    const client: Client = { socket, context: { subscribe: false, subscribed: false }, buffer: '', queue: null };
    this.clients.add(client);
    socket.setEncoding('utf8');
    socket.on('close', () => this.clients.delete(client));
    socket.on('data', (chunk: string) => this.onData(client, chunk));
  }

  private onData(client: Client, chunk: string): void {
    client.buffer += chunk;
    let newline: number;
    while ((newline = client.buffer.indexOf('\n')) !== -1) {
      const line = client.buffer.slice(0, newline);
      client.buffer = client.buffer.slice(newline + 1);
      if (Buffer.byteLength(line) > this.maxLineBytes) return this.refuseLine(client);
      if (line.trim() === '') continue;
      this.answer(client, line);
    }
    if (Buffer.byteLength(client.buffer) > this.maxLineBytes) this.refuseLine(client);
  }

  private refuseLine(client: Client): void {
    this.counters.errors++;
    client.buffer = '';
    const error = { jsonrpc: '2.0', id: null, error: { code: RpcErrorCode.INVALID_REQUEST, message: `request line exceeds ${this.maxLineBytes} bytes; closing the connection` } };
    client.socket.removeAllListeners('data');
    this.endWith(client.socket, `${JSON.stringify(error)}\n`);
  }

  /**
   * Answers one line, at once unless an asynchronous answer of this client is on its way (then
   * after it), so answers keep the requests' order.
   */
  private answer(client: Client, line: string): void {
    const pending = client.queue === null ? this.answerNow(client, line) : client.queue.then(() => this.answerNow(client, line));
    if (pending === undefined) return;
    client.queue = pending;
    void pending.then(() => {
      if (client.queue === pending) client.queue = null;
    });
  }

  private answerNow(client: Client, line: string): Promise<void> | undefined {
    if (client.socket.destroyed) return undefined;
    this.counters.requests++;
    const answer = handleLine(line, this.methods, client.context);
    if (answer instanceof Promise) return answer.then((a) => this.deliver(client, a));
    this.deliver(client, answer);
    return undefined;
  }

  private deliver(client: Client, response: LineAnswer): void {
    if (response !== null) {
      const all = Array.isArray(response) ? response : [response];
      this.counters.errors += all.filter((r) => 'error' in r).length;
      this.write(client, `${JSON.stringify(response)}\n`);
    }
    if (client.context.subscribe) {
      client.context.subscribe = false;
      client.context.subscribed = true;
    }
  }

  private write(client: Client, text: string): void {
    if (client.socket.destroyed) return;
    if (client.socket.writableLength + text.length > this.maxQueuedBytes) {
      this.counters.clients_dropped++;
      client.socket.destroy();
      return;
    }
    client.socket.write(text);
  }
}
