/**
 * `swaysock session`'s terminal, when it has one. Sway started from a login shell on a virtual
 * console passes that console to what it execs as stdin (and as stdout and stderr, unless they are
 * redirected). When the login ends the console is hung up, while the session still has its
 * teardown to do, and two things would end it badly:
 * - a log line written to the hung-up terminal fails (EIO), and an unhandled stream error ends the
 *   process before its teardown: the session ignores write errors on a terminal's stdio (the
 *   line is lost; there is nowhere left to write it);
 * - at exit Node restores, on each stdio fd that was a terminal when it started, the terminal
 *   modes it saw then (node::ResetStdio); on a hung-up terminal that fails with EIO, which Node
 *   takes for a broken invariant: it aborts (SIGABRT, exit status 134, a core dump) after a
 *   teardown that went well. Node leaves alone an fd that no longer refers to the file it saw at
 *   start-up, so before the session exits each stdio fd that was a terminal and no longer is one
 *   (isatty(3) fails after the hangup) is replaced by /dev/null.
 */
import { closeSync, openSync } from 'node:fs';
import { isatty } from 'node:tty';

/** What {@link guardTerminal} set up: `release()` before exiting. */
export interface TerminalGuard {
  /** The stdio fds (0, 1, 2) that were terminals at start-up. */
  readonly fds: readonly number[];
  /** Replaces each of {@link fds} that is no longer a terminal by /dev/null; returns those fds. @throws Error from open(2). */
  release(): number[];
}

/** Call at start-up, before anything is written: records which stdio fds are terminals and ignores write errors on them. */
export function guardTerminal(): TerminalGuard {
  const fds = [0, 1, 2].filter((fd) => isatty(fd));
  if (fds.includes(1)) process.stdout.on('error', () => {});
  if (fds.includes(2)) process.stderr.on('error', () => {});
  return {
    fds,
    release() {
      const released: number[] = [];
      for (const fd of fds) {
        if (isatty(fd)) continue;
        closeSync(fd);
        // open(2) returns the lowest free fd: the one just closed, since the lower ones are open.
        const opened = openSync('/dev/null', fd === 0 ? 'r' : 'w');
        if (opened !== fd) closeSync(opened); // not expected; a closed fd is left alone by Node too
        released.push(fd);
      }
      return released;
    },
  };
}
