/**
 * `swaysock metrics [--socket PATH] [--timeout S] [--output FILE]`: the daemon's Prometheus metrics (text
 * format 0.0.4, from `daemon.metrics`) on stdout, or written to FILE atomically (a temporary
 * file renamed over it, as node_exporter's textfile collector requires). Exit 2 when the daemon
 * cannot be reached or gives no answer within `--timeout`.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, withDaemon } from '../daemon.js';

export const metricsCommand = defineCommand({
  words: ['metrics'],
  describe: "Print swaysock-healthd's Prometheus metrics (text format 0.0.4)",
  options: {
    socket: DAEMON_OPTIONS.socket,
    timeout: DAEMON_OPTIONS.timeout,
    output: { type: 'string', value: 'FILE', describe: "Write them to FILE atomically (for node_exporter's textfile collector) instead of stdout" },
  },
  run: (args) =>
    withDaemon({ socket: args.socket, json: false, timeout: args.timeout }, async (client) => {
      const text = await client.call('daemon.metrics');
      if (args.output === undefined) {
        process.stdout.write(text);
        return;
      }
      const temporary = `${args.output}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, text, { mode: 0o644 });
        renameSync(temporary, args.output);
      } catch (err) {
        rmSync(temporary, { force: true });
        throw new Error(`cannot write ${args.output}: ${(err as Error).message}`);
      }
    }),
});
