/**
 * A deadline for an answer from another process (a connect, a reply, a job's signal) that does not
 * blame the peer for a stall of our own. In each turn of Node's event loop, expired timers run
 * before sockets are read (libuv's timers phase comes before its poll phase). After this process
 * did not run for longer than the deadline (a busy or slow machine, a long synchronous step such
 * as loading code), a plain `setTimeout` fires first and reports a timeout although the answer is
 * already waiting in the socket. Here the expiry waits for that turn's poll phase (`setImmediate`
 * callbacks run after it): an answer already there is read first, and its handler cancels the
 * deadline. A peer that has not answered still times out, one loop turn later.
 */
export class Deadline {
  private done = false;
  private timer: NodeJS.Timeout | null;
  private immediate: NodeJS.Immediate | null = null;

  /** Calls `onExpire` once, `ms` ms from now (and after the I/O pending then is read), unless cancelled first. */
  constructor(ms: number, onExpire: () => void) {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.immediate = setImmediate(() => {
        this.immediate = null;
        if (this.done) return;
        this.done = true;
        onExpire();
      });
    }, ms);
  }

  /** Stops the deadline; `onExpire` is not called after this. Idempotent. */
  cancel(): void {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }
}
