/** `swaysock status [--json] [--timeout S]`: swaysock-healthd's own state (`daemon.status`). Exit 2 when unreachable or no answer in time. */
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, withDaemon } from '../daemon.js';

export const statusCommand = defineCommand({
  words: ['status'],
  describe: "Show swaysock-healthd's own status (version, PID, uptime, clients, counters)",
  options: DAEMON_OPTIONS,
  run: async (args) => {
    await withDaemon(args, async (client) => {
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
    });
  },
});
