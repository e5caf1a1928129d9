/**
 * `swaysock diagnose socket-health [--json] [--socket PATH] [--timeout S]`: the daemon's `get_socket_health`,
 * as a short summary or the exact JSON object. Exit 0 healthy, 1 stale or disconnected,
 * 2 daemon unreachable or no answer within `--timeout`.
 */
import { defineCommand, type CommandGroup } from '../command.js';
import { DAEMON_OPTIONS, withDaemon } from '../daemon.js';
import { formatHealth } from '../format.js';

export const diagnoseGroup: CommandGroup = {
  word: 'diagnose',
  describe: 'Diagnose the Sway session',
  missing: 'Name what to diagnose: socket-health',
};

export const socketHealthCommand = defineCommand({
  words: ['diagnose', 'socket-health'],
  describe: "Report the Sway IPC socket's health (exit 0 healthy, 1 stale/disconnected, 2 daemon unreachable)",
  options: DAEMON_OPTIONS,
  run: async (args) => {
    await withDaemon(args, async (client) => {
      const health = await client.call('get_socket_health');
      process.stdout.write(args.json ? `${JSON.stringify(health)}\n` : formatHealth(health));
      process.exitCode = health.status === 'healthy' ? 0 : 1;
    });
  },
});
