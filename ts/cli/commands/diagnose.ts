/**
 * `swaysock diagnose socket-health [--json] [--socket PATH] [--timeout S]`: the daemon's `get_socket_health`,
 * as a short summary or the exact JSON object. Exit 0 healthy, 1 stale or disconnected,
 * 2 daemon unreachable or no answer within `--timeout`.
 */
import type { CommandModule } from 'yargs';
import { daemonOptions, withDaemon, type DaemonArgs } from '../daemon.js';
import { formatHealth } from '../format.js';

const socketHealth: CommandModule<object, DaemonArgs> = {
  command: 'socket-health',
  describe: "Report the Sway IPC socket's health (exit 0 healthy, 1 stale/disconnected, 2 daemon unreachable)",
  builder: (y) => daemonOptions(y),
  handler: (args) =>
    withDaemon(args, async (client) => {
      const health = await client.call('get_socket_health');
      process.stdout.write(args.json ? `${JSON.stringify(health)}\n` : formatHealth(health));
      process.exitCode = health.status === 'healthy' ? 0 : 1;
    }),
};

export const diagnoseCommand: CommandModule<object, object> = {
  command: 'diagnose',
  describe: 'Diagnose the Sway session',
  builder: (y) => y.command(socketHealth).demandCommand(1, 'Name what to diagnose: socket-health'),
  handler: () => {},
};
