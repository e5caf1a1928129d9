/**
 * Types for the module of @homebridge/dbus-native (pinned in package.json) that ts/dbus/ uses:
 * the message codec. Its index module also loads the library's bus object and introspection
 * layer (xml2js), which we do not need and which cost start-up time (docs/design.md, "D-Bus
 * client"), so we require the codec directly.
 */
declare module '@homebridge/dbus-native/lib/message.js' {
  import type { Readable } from 'node:stream';

  /**
   * A D-Bus message as the codec reads and writes it (D-Bus specification, "Message Format").
   * `type`: 1 method call, 2 method return, 3 error, 4 signal. `body` follows `signature`:
   * a variant is `[signatureTree, [value]]`, a dictionary `[[key, value], ...]`.
   */
  export interface Message {
    type?: number;
    flags?: number;
    serial?: number;
    replySerial?: number;
    path?: string;
    interface?: string;
    member?: string;
    destination?: string;
    sender?: string;
    errorName?: string;
    signature?: string;
    body?: unknown[];
  }
  /** Encodes one message (little-endian). @throws Error when `body` does not match `signature`. */
  export function marshall(message: Message): Buffer;
  /** Decodes every message read from `stream` (paused mode, 'readable' events) and calls `onMessage` with each. */
  export function unmarshalMessages(stream: Readable, onMessage: (message: Message) => void, opts: object): void;
  const _default: { marshall: typeof marshall; unmarshalMessages: typeof unmarshalMessages };
  export default _default;
}
