/**
 * One D-Bus connection over a Unix stream socket (D-Bus specification: "Authentication
 * Protocol", "Message Protocol", "Message Bus Specification"), with a deadline on everything:
 * connecting, authenticating, every method call. The wire format (marshalling and parsing of
 * messages along their signatures) comes from @homebridge/dbus-native (its message codec,
 * dbus-native.d.ts); the rest is here: the EXTERNAL handshake, serials, replies matched to calls,
 * signals, and failing every pending call with a coded error when the connection is lost, which
 * the library's own bus object does not do.
 *
 * Two kinds of peer: a message bus (dbus-daemon, dbus-broker), where the connection says `Hello`
 * first and calls name a destination; or a direct (peer-to-peer) connection to one program, such
 * as systemd's private socket `$XDG_RUNTIME_DIR/systemd/private`, with no `Hello` and no
 * destination.
 */
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import codec, { type Message } from '@homebridge/dbus-native/lib/message.js';
import { hasCode, SwaysockError } from '../errors/errors.js';
import { connectUnix, type ConnectError } from '../net/connect.js';
import { Deadline } from '../net/deadline.js';

/** D-Bus message types (D-Bus specification, "Message Types"). */
const METHOD_CALL = 1;
const METHOD_RETURN = 2;
const ERROR = 3;
const SIGNAL = 4;
/** Largest message accepted, in bytes (D-Bus specification: 2^27, 128 MiB). */
const MAX_MESSAGE_BYTES = 2 ** 27;

/**
 * Stable codes of {@link DBusError}:
 * - `ERR_SWAYSOCK_DBUS_CONNECT`: the socket could not be connected (`errno`: ENOENT, ECONNREFUSED, EACCES, ETIMEDOUT, ...);
 * - `ERR_SWAYSOCK_DBUS_AUTH`: the peer refused the EXTERNAL authentication, or `Hello` failed;
 * - `ERR_SWAYSOCK_DBUS_ADDRESS`: a bus address with no `unix:path=` or `unix:abstract=` entry;
 * - `ERR_SWAYSOCK_DBUS_TIMEOUT`: no reply (or no authentication) within the deadline;
 * - `ERR_SWAYSOCK_DBUS_CLOSED`: the connection was closed or lost before the reply;
 * - `ERR_SWAYSOCK_DBUS_CALL`: the peer answered with an error (`dbusName`, e.g. `org.freedesktop.DBus.Error.UnknownMethod`);
 * - `ERR_SWAYSOCK_DBUS_REPLY`: the reply did not have the expected shape;
 * - `ERR_SWAYSOCK_JOB_FAILED`: a systemd job ended with a result other than `done` or `skipped` (manager-bus.ts).
 */
export type DBusErrorCode =
  | 'ERR_SWAYSOCK_DBUS_CONNECT'
  | 'ERR_SWAYSOCK_DBUS_AUTH'
  | 'ERR_SWAYSOCK_DBUS_ADDRESS'
  | 'ERR_SWAYSOCK_DBUS_TIMEOUT'
  | 'ERR_SWAYSOCK_DBUS_CLOSED'
  | 'ERR_SWAYSOCK_DBUS_CALL'
  | 'ERR_SWAYSOCK_DBUS_REPLY'
  | 'ERR_SWAYSOCK_JOB_FAILED';

/** A D-Bus failure with a stable {@link DBusErrorCode}; `dbusName` is the peer's error name for `ERR_SWAYSOCK_DBUS_CALL`. */
export class DBusError extends SwaysockError {
  declare readonly code: DBusErrorCode;
  constructor(
    code: DBusErrorCode,
    message: string,
    readonly dbusName?: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'DBusError';
  }
}

/** Where to connect: a Unix socket path (a leading NUL byte names an abstract socket) and whether a bus or a single peer listens there. */
export interface DBusAddress {
  path: string;
  /** true for a message bus (send `Hello`, name destinations), false for a direct connection. */
  bus: boolean;
}

/**
 * The first Unix socket of a D-Bus server address list (D-Bus specification, "Server Addresses":
 * `unix:path=/run/user/1000/bus;...`, values %-escaped), as a {@link DBusAddress} of a bus.
 * `unix:abstract=NAME` gives the abstract socket `\0NAME`.
 * @throws DBusError `ERR_SWAYSOCK_DBUS_ADDRESS` when no entry is a Unix socket with a path or abstract name.
 */
export function parseBusAddress(address: string): DBusAddress {
  for (const entry of address.split(';')) {
    const colon = entry.indexOf(':');
    if (entry.slice(0, colon) !== 'unix') continue;
    const params = new Map(
      entry
        .slice(colon + 1)
        .split(',')
        .map((kv) => [kv.slice(0, kv.indexOf('=')), decodeURIComponent(kv.slice(kv.indexOf('=') + 1))] as const),
    );
    const path = params.get('path');
    if (path) return { path, bus: true };
    const abstract = params.get('abstract');
    if (abstract) return { path: `\0${abstract}`, bus: true };
  }
  throw new DBusError('ERR_SWAYSOCK_DBUS_ADDRESS', `no unix:path= or unix:abstract= entry in the bus address ${JSON.stringify(address)}`);
}

/** A method call: `destination` is left out on a direct connection. */
export interface MethodCall {
  destination?: string;
  path: string;
  interface: string;
  member: string;
  /** D-Bus type signature of `body` (e.g. `as`, `ss`, `a{ss}`). */
  signature?: string;
  body?: unknown[];
}

/** A received signal: its object path, interface, member and body (decoded along its signature). */
export interface Signal {
  path: string;
  interface: string;
  member: string;
  body: unknown[];
}

interface Pending {
  resolve: (body: unknown[]) => void;
  reject: (err: DBusError) => void;
  deadline: Deadline;
  what: string;
  /** The encoded call this answers, whose last reply it may repeat. */
  encoded?: EncodedCall;
}

/**
 * A method call encoded for one connection ({@link DBusConnection.encode}): its bytes with a
 * placeholder serial, and its last reply, so that the same reply again is not decoded again.
 */
export class EncodedCall {
  /** The body bytes of the last method return to it, and that body decoded (treat as read-only). */
  lastReply: { bytes: Buffer; body: unknown[] } | null = null;

  constructor(
    /** `interface.member`, for messages. */
    readonly what: string,
    readonly bytes: Buffer,
  ) {}
}

/** Where a message bus answers for itself: `Hello`, `AddMatch`, `UpdateActivationEnvironment`, ... (D-Bus specification, "Message Bus Messages"). */
export const BUS_DRIVER = { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus' } as const;

/** An open, authenticated D-Bus connection. Calls can be sent back to back (pipelined); replies are matched by serial. */
export class DBusConnection {
  private serial = 1;
  private readonly pending = new Map<number, Pending>();
  /** Signal listeners by member name. */
  private readonly signalMembers = new Map<string, Set<(signal: Signal) => void>>();
  /** Bytes read but not yet a whole message. */
  private buffered: Buffer = Buffer.alloc(0);
  private closedBy: DBusError | null = null;
  private readonly closeListeners = new Set<(reason: DBusError) => void>();

  private constructor(
    private readonly socket: Socket,
    /** Where it is connected. */
    readonly address: DBusAddress,
  ) {
    socket.on('error', (err: NodeJS.ErrnoException) =>
      this.lost(
        new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', `the D-Bus connection to ${printable(address.path)} failed (${err.code ?? err.message})`, undefined, {
          cause: err,
        }),
      ),
    );
    socket.on('close', () => this.lost(new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', `the D-Bus connection to ${printable(address.path)} was closed`)));
    // Messages are read from the next turn of the event loop on, once the caller has had the
    // connection and could listen for signals: the stream flows from then on ('data', its
    // cheapest path), first with the bytes that came with the handshake's line (the manager sends
    // signals from the start on its private socket), which were put back into it.
    setImmediate(() => socket.on('data', (chunk: Buffer) => this.readMessages(chunk)));
  }

  /**
   * Cuts what the socket sent (`chunk`, after what was left of the last one) into whole messages
   * (D-Bus specification, "Message Format": a 16-byte fixed header with the body's and the header
   * fields' lengths, the fields padded to 8 bytes, the body) and decodes each (`decode`; one that
   * cannot be decoded loses the connection with `ERR_SWAYSOCK_DBUS_REPLY`), except signals no
   * listener asked for: their member name is not among the header fields' bytes, so they are
   * dropped unparsed (the manager's private socket sends every signal to every peer; decoding them
   * all cost more CPU than the calls); and except a reply to an encoded call that repeats its last
   * reply ({@link answeredAsBefore}).
   */
  private readMessages(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 16) {
      const le = this.buffered[0] === 0x6c; // 'l'
      const u32 = (offset: number) => (le ? this.buffered.readUInt32LE(offset) : this.buffered.readUInt32BE(offset));
      const fieldsEnd = 16 + u32(12);
      const bodyLength = u32(4);
      const size = 16 + Math.ceil(u32(12) / 8) * 8 + bodyLength;
      if (size > MAX_MESSAGE_BYTES) {
        this.lost(new DBusError('ERR_SWAYSOCK_DBUS_REPLY', `${printable(this.address.path)} sent a message of ${size} bytes, more than D-Bus allows`));
        this.socket.destroy();
        return;
      }
      if (this.buffered.length < size) return;
      const bytes = this.buffered.subarray(0, size);
      this.buffered = this.buffered.subarray(size);
      if (bytes[1] === SIGNAL && !this.listenedFor(bytes.subarray(16, fieldsEnd))) continue;
      if (bytes[1] === METHOD_RETURN && this.answeredAsBefore(bytes, le, size - bodyLength)) continue;
      let message: Message;
      try {
        message = decode(bytes);
      } catch (err) {
        this.lost(
          new DBusError(
            'ERR_SWAYSOCK_DBUS_REPLY',
            `${printable(this.address.path)} sent a message that cannot be decoded (${(err as Error).message})`,
            undefined,
            { cause: err },
          ),
        );
        this.socket.destroy();
        return;
      }
      this.receive(message, bytes.subarray(size - bodyLength));
    }
  }

  /**
   * Settles the call a method return answers, without decoding it, when the call was
   * {@link encode}d and its last reply had the very same body bytes: with the body decoded then
   * (the same array). The serial it answers is read from the header fields as the D-Bus
   * specification lays them out ("Message Format": 8-aligned (BYTE code, VARIANT) structs; the
   * REPLY_SERIAL field, code 5, is a UINT32). Returns false for the caller to decode it.
   */
  private answeredAsBefore(bytes: Buffer, le: boolean, bodyAt: number): boolean {
    const serial = replySerialOf(bytes, le);
    const p = serial === null ? undefined : this.pending.get(serial);
    const last = p?.encoded?.lastReply;
    if (p === undefined || last === undefined || last === null || !last.bytes.equals(bytes.subarray(bodyAt))) return false;
    this.pending.delete(serial!);
    p.deadline.cancel();
    p.resolve(last.body);
    return true;
  }

  /** Whether a signal's header fields (`fields`, raw bytes) name a member some listener asked for; no decoding, no allocation per member. */
  private listenedFor(fields: Buffer): boolean {
    for (const member of this.signalMembers.keys()) if (fields.includes(member)) return true;
    return false;
  }

  /**
   * Connects to `address`, authenticates with EXTERNAL (our UID) and, on a bus, says `Hello`.
   * @param timeoutMs deadline of all of it, in ms.
   * @throws DBusError `ERR_SWAYSOCK_DBUS_CONNECT` (`cause`: the ConnectError with its errno code),
   *   `ERR_SWAYSOCK_DBUS_AUTH`, or `ERR_SWAYSOCK_DBUS_TIMEOUT`; the socket is closed first.
   */
  static async open(address: DBusAddress, timeoutMs: number): Promise<DBusConnection> {
    const deadline = Date.now() + timeoutMs;
    let socket: Socket;
    try {
      socket = await connectUnix(address.path, timeoutMs);
    } catch (err) {
      const code = hasCode<ConnectError>(err, 'ERR_SWAYSOCK_CONNECT') ? err.systemCode : 'EUNKNOWN';
      throw new DBusError('ERR_SWAYSOCK_DBUS_CONNECT', `cannot connect to ${printable(address.path)} (${code})`, undefined, { cause: err });
    }
    try {
      await authenticate(socket, Math.max(1, deadline - Date.now()), address.path);
    } catch (err) {
      socket.destroy();
      throw err;
    }
    const connection = new DBusConnection(socket, address);
    if (address.bus) {
      try {
        await connection.call({ ...BUS_DRIVER, member: 'Hello' }, Math.max(1, deadline - Date.now()));
      } catch (err) {
        connection.close();
        const e = err as DBusError;
        throw e.code === 'ERR_SWAYSOCK_DBUS_CALL'
          ? new DBusError('ERR_SWAYSOCK_DBUS_AUTH', `the bus at ${printable(address.path)} refused Hello: ${e.message}`, e.dbusName)
          : e;
      }
    }
    return connection;
  }

  /** True once the connection is closed or lost; every call fails then. */
  get closed(): boolean {
    return this.closedBy !== null;
  }

  /** Why the connection was closed or lost; null while it is open. */
  get closeReason(): string | null {
    return this.closedBy?.message ?? null;
  }

  /**
   * Sends a method call and resolves with the reply's body (decoded along its signature; `[]`
   * for none). Calls need not wait for each other: several may be in flight on one connection.
   * `call` may be one {@link encode}d before: sent as it is, with a new serial.
   * @param timeoutMs deadline for the reply, in ms.
   * @throws DBusError `ERR_SWAYSOCK_DBUS_CALL` (the peer's error, with `dbusName`),
   *   `ERR_SWAYSOCK_DBUS_TIMEOUT`, `ERR_SWAYSOCK_DBUS_CLOSED`, or `ERR_SWAYSOCK_DBUS_REPLY` when
   *   `body` does not match `signature`.
   */
  call(call: MethodCall | EncodedCall, timeoutMs: number): Promise<unknown[]> {
    let encoded: EncodedCall;
    try {
      encoded = call instanceof EncodedCall ? call : this.encode(call);
    } catch (err) {
      return Promise.reject(err);
    }
    const { what } = encoded;
    if (this.closedBy !== null) return Promise.reject(new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', `${what}: ${this.closedBy.message}`));
    const serial = this.serial++;
    // The serial is a field of the fixed header (D-Bus specification, "Message Format": bytes
    // 8-11, in the message's byte order), so a copy with it written in is the call as the codec
    // would encode it with that serial.
    const bytes = Buffer.from(encoded.bytes);
    if (bytes[0] === 0x6c) bytes.writeUInt32LE(serial, 8);
    else bytes.writeUInt32BE(serial, 8);
    return new Promise<unknown[]>((resolve, reject) => {
      const deadline = new Deadline(timeoutMs, () => {
        this.pending.delete(serial);
        reject(new DBusError('ERR_SWAYSOCK_DBUS_TIMEOUT', `${what}: no reply from ${printable(this.address.path)} within ${timeoutMs} ms`));
      });
      this.pending.set(serial, { resolve, reject, deadline, what, encoded: call instanceof EncodedCall ? encoded : undefined });
      this.socket.write(bytes);
    });
  }

  /**
   * Encodes a method call for this connection once (the destination kept on a bus, left out on a
   * direct connection), to be sent with {@link call} as often as needed: for a call a program
   * repeats, such as a property read every few seconds, it saves the codec's marshalling, the
   * costliest part of a call in code that runs too seldom to be optimised.
   * @throws DBusError `ERR_SWAYSOCK_DBUS_REPLY` when `body` does not match `signature`.
   */
  encode(call: MethodCall): EncodedCall {
    const what = `${call.interface}.${call.member}`;
    try {
      return new EncodedCall(what, codec.marshall({ type: METHOD_CALL, serial: 1, ...call, destination: this.address.bus ? call.destination : undefined }));
    } catch (err) {
      throw new DBusError('ERR_SWAYSOCK_DBUS_REPLY', `${what}: cannot encode the call: ${(err as Error).message}`, undefined, { cause: err });
    }
  }

  /**
   * Calls `listener` with every signal named `member` (e.g. `JobRemoved`) received from now on;
   * returns a function that removes it. Signals that no listener names are not decoded.
   */
  onSignal(member: string, listener: (signal: Signal) => void): () => void {
    let listeners = this.signalMembers.get(member);
    if (listeners === undefined) this.signalMembers.set(member, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.signalMembers.delete(member);
    };
  }

  /** Calls `listener` once when the connection is closed or lost (at once if it already is); returns a function that removes it. */
  onClose(listener: (reason: DBusError) => void): () => void {
    if (this.closedBy !== null) {
      listener(this.closedBy);
      return () => {};
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /**
   * Adds a match rule on a bus (`org.freedesktop.DBus.AddMatch`; D-Bus specification, "Match
   * Rules"), so that the bus routes the broadcast signals it names to us. A no-op on a direct
   * connection, where the peer sends what it sends.
   * @throws DBusError as {@link call}.
   */
  async addMatch(rule: string, timeoutMs: number): Promise<void> {
    if (this.address.bus) await this.call({ ...BUS_DRIVER, member: 'AddMatch', signature: 's', body: [rule] }, timeoutMs);
  }

  /** Closes the connection; pending calls fail with `ERR_SWAYSOCK_DBUS_CLOSED`. Idempotent. */
  close(): void {
    this.lost(new DBusError('ERR_SWAYSOCK_DBUS_CLOSED', `the D-Bus connection to ${printable(this.address.path)} was closed by us`));
    this.socket.destroy();
  }

  private lost(reason: DBusError): void {
    if (this.closedBy !== null) return;
    this.closedBy = reason;
    for (const [serial, p] of this.pending) {
      p.deadline.cancel();
      this.pending.delete(serial);
      p.reject(new DBusError(reason.code, `${p.what}: ${reason.message}`, undefined, { cause: reason }));
    }
    for (const listener of this.closeListeners) listener(reason);
    this.closeListeners.clear();
  }

  /** Hands a decoded message to its call or its signal's listeners; `bodyBytes`: its body as received. */
  private receive(m: Message, bodyBytes: Buffer): void {
    if (m.type === SIGNAL) {
      const signal = { path: m.path ?? '', interface: m.interface ?? '', member: m.member ?? '', body: m.body ?? [] };
      for (const listener of this.signalMembers.get(signal.member) ?? []) listener(signal);
      return;
    }
    if (m.type !== METHOD_RETURN && m.type !== ERROR) return; // calls to us: we export nothing
    const p = m.replySerial === undefined ? undefined : this.pending.get(m.replySerial);
    if (p === undefined) return; // timed out already
    this.pending.delete(m.replySerial!);
    p.deadline.cancel();
    if (m.type === METHOD_RETURN) {
      const body = m.body ?? [];
      if (p.encoded !== undefined) p.encoded.lastReply = { bytes: Buffer.from(bodyBytes), body };
      p.resolve(body);
    } else {
      const text = typeof m.body?.[0] === 'string' ? m.body[0] : '';
      p.reject(new DBusError('ERR_SWAYSOCK_DBUS_CALL', `${p.what}: ${m.errorName ?? 'error'}${text ? `: ${text}` : ''}`, m.errorName));
    }
  }
}

/**
 * Decodes one whole message with the library's parser, synchronously, so that what it throws on
 * bytes that are no valid message is caught here rather than thrown out of a stream's event
 * handler. The parser reads from a stream ('readable' events, `read(n)`); this hands it the one
 * message as such a stream. (The codec's single-buffer `unmarshall` cannot be used: it fails on a
 * message with no signature field, which every reply without a body is.)
 * @throws what the parser throws when `bytes` is not a valid message; DBusError
 *   `ERR_SWAYSOCK_DBUS_REPLY` when it yields none.
 */
function decode(bytes: Buffer): Message {
  let offset = 0;
  let onReadable: (() => void) | undefined;
  const oneMessage = {
    on(_event: 'readable', listener: () => void) {
      onReadable = listener;
    },
    read(size: number): Buffer | null {
      if (offset + size > bytes.length) return null;
      offset += size;
      return bytes.subarray(offset - size, offset);
    },
  };
  let decoded: Message | undefined;
  codec.unmarshalMessages(oneMessage as unknown as Readable, (m) => (decoded = m), {});
  onReadable?.();
  if (decoded === undefined) throw new DBusError('ERR_SWAYSOCK_DBUS_REPLY', 'no whole message');
  return decoded;
}

/**
 * The REPLY_SERIAL header field of a whole message (`bytes`, byte order `le`), or null when none
 * is found (the caller then decodes the message). D-Bus specification, "Message Format": after
 * the 16-byte fixed part, an array of structs (BYTE code, VARIANT value), each aligned to 8; in
 * the header a variant's signature is one type code (BYTE 1, the code, NUL), so its value starts
 * 4 bytes into the struct, aligned to 4: `u` (REPLY_SERIAL is code 5), `s` or `o` (UINT32 length,
 * the bytes, NUL), `g` (BYTE length, the bytes, NUL).
 */
function replySerialOf(bytes: Buffer, le: boolean): number | null {
  const u32 = (offset: number) => (le ? bytes.readUInt32LE(offset) : bytes.readUInt32BE(offset));
  const end = 16 + u32(12); // within `bytes`: the caller has the whole message
  for (let at = 16; at + 8 <= end; at = Math.ceil(at / 8) * 8) {
    const type = bytes[at + 1] === 1 ? String.fromCharCode(bytes[at + 2]!) : '';
    const value = at + 4;
    if (type === 'u') {
      if (bytes[at] === 5) return u32(value);
      at = value + 4;
    } else if (type === 's' || type === 'o') at = value + 4 + u32(value) + 1;
    else if (type === 'g') at = value + 1 + bytes[value]! + 1;
    else return null;
  }
  return null;
}

/** An abstract socket's path with its NUL shown as `@`, as ss(8) shows it. */
const printable = (path: string): string => (path.startsWith('\0') ? `@${path.slice(1)}` : path);

/**
 * The client side of the SASL handshake (D-Bus specification, "Authentication Protocol"), EXTERNAL
 * only: sends the NUL byte, `AUTH EXTERNAL <our UID in hex>` and `BEGIN` at once, and reads the
 * server's one line, `OK <guid>`. `BEGIN` goes out with the `AUTH` line, as sd-bus clients send it,
 * not after `OK`: systemd's server (seen with systemd 252) leaves a message that arrives in the
 * same read as a late `BEGIN` unprocessed until more data comes, so the first call would hang.
 * Bytes after the line are put back for the message parser.
 * @throws DBusError `ERR_SWAYSOCK_DBUS_AUTH` (refused, or closed) or `ERR_SWAYSOCK_DBUS_TIMEOUT` after `timeoutMs`.
 */
function authenticate(socket: Socket, timeoutMs: number, path: string): Promise<void> {
  const uid = process.getuid?.() ?? 0;
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const finish = (err: DBusError | null) => {
      deadline.cancel();
      socket.off('close', onClose);
      socket.off('readable', onReadable);
      if (err) reject(err);
      else resolve();
    };
    const onClose = () => finish(new DBusError('ERR_SWAYSOCK_DBUS_AUTH', `${printable(path)} closed the connection during authentication`));
    const onReadable = () => {
      for (let chunk: Buffer | null; (chunk = socket.read() as Buffer | null) !== null; ) received = Buffer.concat([received, chunk]);
      const eol = received.indexOf('\r\n');
      if (eol === -1) {
        if (received.length > 4096) finish(new DBusError('ERR_SWAYSOCK_DBUS_AUTH', `${printable(path)} sent no authentication line`));
        return;
      }
      const line = received.subarray(0, eol).toString('latin1');
      const rest = received.subarray(eol + 2);
      if (!line.startsWith('OK '))
        return finish(new DBusError('ERR_SWAYSOCK_DBUS_AUTH', `${printable(path)} refused EXTERNAL authentication as UID ${uid}: ${line}`));
      if (rest.length > 0) socket.unshift(rest);
      finish(null);
    };
    const deadline = new Deadline(timeoutMs, () =>
      finish(new DBusError('ERR_SWAYSOCK_DBUS_TIMEOUT', `no authentication from ${printable(path)} within ${timeoutMs} ms`)),
    );
    socket.once('close', onClose);
    socket.on('error', () => {}); // 'close' follows and reports it
    socket.on('readable', onReadable);
    socket.write(`\0AUTH EXTERNAL ${Buffer.from(String(uid)).toString('hex')}\r\nBEGIN\r\n`);
  });
}
