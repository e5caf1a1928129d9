/**
 * `swaysock metrics [--socket PATH] [--timeout S] [--output FILE [--remove]]`: the daemon's
 * Prometheus metrics (text format 0.0.4, from `daemon.metrics`) on stdout, or written to FILE
 * atomically (a temporary file renamed over it, as node_exporter's textfile collector requires).
 * Exit 2 when the daemon cannot be reached or gives no answer within `--timeout`; with `--output`
 * FILE is then removed, so the collector exports no figures of a daemon that is gone.
 * `--remove` only removes FILE (the textfile units' ExecStop=, at the session's end).
 */
import { rmSync } from 'node:fs';
import { SwaysockError } from '../../errors/errors.js';
import { writeFileAtomic } from '../../fs/atomic-write.js';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, withDaemon } from '../daemon.js';
import { UsageError } from '../usage.js';

/** Removes `path` if it is there. @throws SwaysockError `ERR_SWAYSOCK_FILE` naming it when that fails (not for a missing file). */
function removeOutput(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch (err) {
    throw new SwaysockError('ERR_SWAYSOCK_FILE', `cannot remove ${path}: ${(err as Error).message}`, { cause: err });
  }
}

export const metricsCommand = defineCommand({
  words: ['metrics'],
  describe: "Print swaysock-healthd's Prometheus metrics (text format 0.0.4)",
  options: {
    socket: DAEMON_OPTIONS.socket,
    timeout: DAEMON_OPTIONS.timeout,
    output: {
      type: 'string',
      value: 'FILE',
      describe: "Write them to FILE atomically (for node_exporter's textfile collector) instead of stdout; remove FILE when no daemon answers",
    },
    remove: { type: 'boolean', describe: 'With --output: only remove FILE (at the end of a session)' },
  },
  check: (args) => {
    if (args.remove && args.output === undefined) throw new UsageError('--remove goes with --output FILE');
  },
  run: async (args) => {
    if (args.remove && args.output !== undefined) {
      removeOutput(args.output);
      return;
    }
    const answered = await withDaemon({ socket: args.socket, json: false, timeout: args.timeout }, async (client) => {
      const text = await client.call('daemon.metrics');
      if (args.output === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileAtomic(args.output, text, 0o644);
      } catch (err) {
        throw new SwaysockError('ERR_SWAYSOCK_FILE', `cannot write ${args.output}: ${(err as Error).message}`, { cause: err });
      }
    });
    if (!answered && args.output !== undefined) removeOutput(args.output);
  },
});
