/** `swaysock status [--json] [--timeout S]`: swaysock-healthd's own state (`daemon.status`). Exit 2 when unreachable or no answer in time. */
import { defineCommand } from '../command.js';
import type { DaemonStatus } from '../../rpc/protocol.js';
import { DAEMON_OPTIONS, withDaemon } from '../daemon.js';

/** Counters as `name=value` words. */
const words = (counters: Record<string, number>): string =>
  Object.entries(counters)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/** The stable socket's lines of the text output; none when the daemon serves no stable socket. */
function relayLines(relay: DaemonStatus['stable_socket']): string {
  if (!relay) return '';
  return `  stable socket: ${relay.path}, ${relay.connections} relayed, ${relay.waiting} waiting\n    ${words({ ...relay.counters })}\n`;
}

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
      process.stdout.write(
        `swaysock-healthd ${s.version}, PID ${s.pid}, up ${s.uptime_seconds} s\n` +
          `  socket:  ${s.socket_activated ? 'passed by systemd (socket activation)' : s.socket_path}\n` +
          `  clients: ${s.clients} (${s.subscribers} subscribed)\n` +
          `  ${words(s.counters)}\n` +
          relayLines(s.stable_socket),
      );
    });
  },
});
