/**
 * The i3/sway IPC wire format, as specified in sway-ipc(7) and i3's ipc.html:
 *
 *   "i3-ipc" (6 bytes) | payload length (uint32) | message type (uint32) | payload (JSON, UTF-8)
 *
 * Integers are in the host's native byte order. Replies carry the request's type; events carry
 * their event number with bit 31 set.
 */
import { endianness } from 'node:os';
import { SwaysockError } from '../errors/errors.js';

/** The 6-byte magic string that starts every frame. */
export const IPC_MAGIC = Buffer.from('i3-ipc', 'ascii');
/** Header size in bytes: magic (6) + length (4) + type (4). */
export const IPC_HEADER_BYTES = 14;
/** Default bound on one payload, in bytes (16 MiB); a larger announced length is a protocol error. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** Bit 31 of the type field marks an event (sway-ipc(7), "EVENTS"). */
export const IPC_EVENT_BIT = 0x80000000;

const LITTLE = endianness() === 'LE';

/** The payload length, in bytes, of the header at `offset` in `buf` (native byte order). */
export function headerPayloadLength(buf: Buffer, offset: number): number {
  return LITTLE ? buf.readUInt32LE(offset + 6) : buf.readUInt32BE(offset + 6);
}

/** The type field of the header at `offset` in `buf` (native byte order), {@link IPC_EVENT_BIT} included. */
export function headerType(buf: Buffer, offset: number): number {
  return LITTLE ? buf.readUInt32LE(offset + 10) : buf.readUInt32BE(offset + 10);
}

/** Message types of sway-ipc(7) ("MESSAGES AND REPLIES"). */
export const IpcMessageType = {
  RUN_COMMAND: 0,
  GET_WORKSPACES: 1,
  SUBSCRIBE: 2,
  GET_OUTPUTS: 3,
  GET_TREE: 4,
  GET_MARKS: 5,
  GET_BAR_CONFIG: 6,
  GET_VERSION: 7,
  GET_BINDING_MODES: 8,
  GET_CONFIG: 9,
  SEND_TICK: 10,
  SYNC: 11,
  GET_BINDING_STATE: 12,
  GET_INPUTS: 100,
  GET_SEATS: 101,
} as const;

/** Event numbers of sway-ipc(7) ("EVENTS"), without bit 31; keys are the names used in SUBSCRIBE. */
export const IpcEventType = {
  workspace: 0,
  output: 1,
  mode: 2,
  window: 3,
  barconfig_update: 4,
  binding: 5,
  shutdown: 6,
  tick: 7,
  bar_state_update: 0x14,
  input: 0x15,
} as const;

/** Name of an event number (bit 31 already cleared), or `event-N` for numbers sway-ipc(7) does not list. */
export function eventName(code: number): string {
  for (const [name, value] of Object.entries(IpcEventType)) if (value === code) return name;
  return `event-${code}`;
}

/** One decoded frame. `type` has bit 31 cleared; `isEvent` says whether it was set. */
export interface IpcFrame {
  type: number;
  isEvent: boolean;
  payload: Buffer;
}

/**
 * A peer broke the wire format; the stream cannot be resynchronised. `code` names the fault:
 * `ERR_SWAYSOCK_IPC_BAD_MAGIC` or `ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE`.
 */
export class IpcProtocolError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_IPC_BAD_MAGIC' | 'ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE';
  constructor(code: 'ERR_SWAYSOCK_IPC_BAD_MAGIC' | 'ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE', message: string) {
    super(code, message);
    this.name = 'IpcProtocolError';
  }
}

/**
 * Encodes one message: header plus payload.
 * @param type message type (see {@link IpcMessageType}); bit 31 may be set to encode an event.
 * @param payload UTF-8 string or bytes; empty by default.
 */
export function encodeFrame(type: number, payload: string | Buffer = ''): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const frame = Buffer.allocUnsafe(IPC_HEADER_BYTES + body.length);
  IPC_MAGIC.copy(frame, 0);
  if (LITTLE) {
    frame.writeUInt32LE(body.length, 6);
    frame.writeUInt32LE(type >>> 0, 10);
  } else {
    frame.writeUInt32BE(body.length, 6);
    frame.writeUInt32BE(type >>> 0, 10);
  }
  body.copy(frame, IPC_HEADER_BYTES);
  return frame;
}

/**
 * Incremental decoder: feed it the chunks a stream delivers, in order, and it returns every frame
 * completed so far. Frames split across chunks and several frames in one chunk both decode.
 * After it has thrown, the decoder is unusable (the stream has lost its framing).
 */
export class FrameDecoder {
  private pending: Buffer | null = null;

  /** @param maxPayloadBytes largest payload accepted, in bytes (default 16 MiB). */
  constructor(private readonly maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES) {}

  /**
   * Adds a chunk and returns the frames it completes (possibly none).
   * @throws IpcProtocolError `BAD_MAGIC` when a header does not start with "i3-ipc";
   *   `PAYLOAD_TOO_LARGE` when a header announces more than `maxPayloadBytes`.
   *   Both are raised as soon as the 14 header bytes are in, never after waiting for the payload.
   */
  push(chunk: Buffer): IpcFrame[] {
    const buf = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = null;
    const frames: IpcFrame[] = [];
    let offset = 0;
    while (buf.length - offset >= IPC_HEADER_BYTES) {
      if (buf.compare(IPC_MAGIC, 0, 6, offset, offset + 6) !== 0) {
        throw new IpcProtocolError(
          'ERR_SWAYSOCK_IPC_BAD_MAGIC',
          `bad IPC magic ${JSON.stringify(buf.toString('latin1', offset, offset + 6))}, expected "i3-ipc"`,
        );
      }
      const length = headerPayloadLength(buf, offset);
      if (length > this.maxPayloadBytes) {
        throw new IpcProtocolError('ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE', `IPC payload of ${length} bytes exceeds the bound of ${this.maxPayloadBytes} bytes`);
      }
      const end = offset + IPC_HEADER_BYTES + length;
      if (buf.length < end) break;
      const raw = headerType(buf, offset);
      frames.push({
        type: (raw & ~IPC_EVENT_BIT) >>> 0,
        isEvent: (raw & IPC_EVENT_BIT) !== 0,
        payload: buf.subarray(offset + IPC_HEADER_BYTES, end),
      });
      offset = end;
    }
    if (offset < buf.length) this.pending = Buffer.from(buf.subarray(offset));
    return frames;
  }

  /** Bytes received that do not yet form a whole frame. */
  get bufferedBytes(): number {
    return this.pending?.length ?? 0;
  }
}
