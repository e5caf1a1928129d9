/**
 * Counts i3-ipc frames in a byte stream without buffering it (sway-ipc(7): a 14-byte header,
 * "i3-ipc" + payload length (uint32) + type (uint32), native byte order, then the payload).
 * The stable-socket proxy passes bytes through unchanged; it only needs to know how many
 * requests a client sent and how many replies Sway sent back (events, type bit 31 set, are not
 * replies), so that after a client's half-close it knows whether replies are still owed.
 * A header that lies whole in one chunk is read in place; only one split across chunks is copied.
 */
import { headerPayloadLength, headerType, IPC_EVENT_BIT, IPC_HEADER_BYTES } from '../ipc/codec.js';

/** Frames seen in one direction. Payloads are skipped, never copied; a header only when split across chunks. */
export class FrameCounter {
  /** Complete headers whose type has bit 31 clear (requests, or replies). */
  messages = 0;
  /** Complete headers whose type has bit 31 set (events). */
  events = 0;
  private readonly header = Buffer.alloc(IPC_HEADER_BYTES);
  private headerFill = 0;
  /** Payload bytes of the current frame still to skip. */
  private skip = 0;

  /** Advances over `chunk` (any size, any split of frames). */
  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - offset);
        this.skip -= n;
        offset += n;
        continue;
      }
      // A whole header in the chunk (the usual case): read in place, nothing copied.
      if (this.headerFill === 0 && chunk.length - offset >= IPC_HEADER_BYTES) {
        this.count(chunk, offset);
        offset += IPC_HEADER_BYTES;
        continue;
      }
      const n = Math.min(IPC_HEADER_BYTES - this.headerFill, chunk.length - offset);
      chunk.copy(this.header, this.headerFill, offset, offset + n);
      this.headerFill += n;
      offset += n;
      if (this.headerFill < IPC_HEADER_BYTES) return;
      this.headerFill = 0;
      this.count(this.header, 0);
    }
  }

  /** Counts the header at `offset` in `buf` and skips its payload next. */
  private count(buf: Buffer, offset: number): void {
    this.skip = headerPayloadLength(buf, offset);
    if ((headerType(buf, offset) & IPC_EVENT_BIT) !== 0) this.events += 1;
    else this.messages += 1;
  }

  /** True between frames (no partial header or payload pending). */
  get atBoundary(): boolean {
    return this.skip === 0 && this.headerFill === 0;
  }
}
