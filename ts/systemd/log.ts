/**
 * Log lines for stderr. When stderr is connected to the journal (systemd.exec(5): `JOURNAL_STREAM`
 * holds `dev:inode` of that stream, compared with fstat of fd 2), each line carries an sd-daemon
 * priority prefix (sd-daemon(3): `<3>` error, `<4>` warning, `<5>` notice, `<6>` info, `<7>` debug)
 * so journald records the priority; on a terminal or a file the lines are plain.
 */
import { fstatSync } from 'node:fs';

/** sd-daemon(3) priorities. */
export const Priority = { err: 3, warning: 4, notice: 5, info: 6, debug: 7 } as const;
export type PriorityName = keyof typeof Priority;

/** True when fd 2 is the stream named by `JOURNAL_STREAM` (`dev:inode`, decimal). Never throws. */
export function stderrIsJournal(env: NodeJS.ProcessEnv = process.env): boolean {
  const stream = env.JOURNAL_STREAM;
  if (!stream) return false;
  const [dev, ino] = stream.split(':');
  try {
    const st = fstatSync(2, { bigint: true });
    return String(st.dev) === dev && String(st.ino) === ino;
  } catch {
    return false;
  }
}

/** A line logger: `log('warning', 'text')` writes one line to stderr. */
export type Logger = (priority: PriorityName, message: string) => void;

/**
 * Makes a logger that writes to `write` (default: stderr), with sd-daemon prefixes when
 * `journal` (default: {@link stderrIsJournal}). Newlines in a message are replaced by spaces so
 * one call is one journal entry.
 */
export function createLogger(options: { journal?: boolean; write?: (line: string) => void } = {}): Logger {
  const journal = options.journal ?? stderrIsJournal();
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  return (priority, message) => {
    const text = message.replace(/\n/g, ' ');
    write(journal ? `<${Priority[priority]}>${text}\n` : `${text}\n`);
  };
}
