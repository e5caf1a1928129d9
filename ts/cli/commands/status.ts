/** `swaysock status [--json] [--timeout S]`: swaysock-healthd's own state (`daemon.status`). Exit 2 when unreachable or no answer in time. */
import type { CommandModule } from 'yargs';
import { daemonOptions, withDaemon, type DaemonArgs } from '../daemon.js';

export const statusCommand: CommandModule<object, DaemonArgs> = {
  command: 'status',
  describe: "Show swaysock-healthd's own status (version, PID, uptime, clients, counters)",
  builder: (y) => daemonOptions(y),
  handler: (args) =>
    withDaemon(args, async (client) => {
      const s = await client.call('daemon.status');
      if (args.json) {
        process.stdout.write(`${JSON.stringify(s)}\n`);
        return;
      }
      const counters = Object.entries(s.counters).map(([k, v]) => `${k}=${v}`).join(' ');
      process.stdout.write(
        `swaysock-healthd ${s.version}, PID ${s.pid}, up ${s.uptime_seconds} s\n` +
          `  socket:  ${s.socket_activated ? 'passed by systemd (socket activation)' : s.socket_path}\n` +
          `  clients: ${s.clients} (${s.subscribers} subscribed)\n` +
          `  ${counters}\n`,
      );
    }),
};
