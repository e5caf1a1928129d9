/**
 * `swaysock watch [--json] [--timeout S]`: streams health changes (`subscribe` +
 * `socket_health_changed`); when the daemon goes away, is not there yet, turns it away or does not
 * answer `subscribe` within `--timeout`, it says so once on stderr and retries (backoff 100 ms to
 * 2 s) until interrupted. The stream itself has no deadline: a quiet daemon is a healthy one.
 */
import { DaemonClient, DaemonUnreachableError } from '../../rpc/client.js';
import type { SocketHealth } from '../../rpc/protocol.js';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, daemonSocketPath, daemonTimeoutMs, isNoAnswer } from '../daemon.js';

function print(h: SocketHealth, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(h)}\n` : `${new Date().toISOString()} ${h.status} ${h.socket_path ?? '-'} reconnections=${h.reconnection_count}${h.latency_ms === null ? '' : ` latency=${h.latency_ms}ms`}\n`);
}

export const watchCommand = defineCommand({
  words: ['watch'],
  describe: 'Stream socket-health changes; reconnects when the daemon restarts',
  options: DAEMON_OPTIONS,
  run: async (args) => {
    const path = daemonSocketPath(args);
    const timeoutMs = daemonTimeoutMs(args);
    let delay = 100;
    let warned = false;
    /** Says why once per outage (not on every retry), then waits with backoff. */
    const retry = async (why: string): Promise<void> => {
      if (!warned) process.stderr.write(`swaysock: ${why}; retrying\n`);
      warned = true;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2000);
    };
    for (;;) {
      let client: DaemonClient;
      try {
        client = await DaemonClient.connect(path, { timeoutMs });
      } catch (err) {
        if (!(err instanceof DaemonUnreachableError)) throw err;
        await retry(`waiting for swaysock-healthd at ${path} (${err.code})`);
        continue;
      }
      const closed = new Promise<void>((resolve) => client.once('close', resolve));
      client.on('notification', (method, params) => {
        if (method === 'socket_health_changed') print(params, args.json);
      });
      try {
        print(await client.call('subscribe'), args.json);
      } catch (err) {
        // Turned away (too many clients), dropped before the answer, or no answer in time.
        client.close();
        if (!isNoAnswer(err)) throw err;
        await retry(`swaysock-healthd at ${path} gave no answer (${(err as Error).message})`);
        continue;
      }
      delay = 100;
      warned = false;
      await closed;
      process.stderr.write('swaysock: swaysock-healthd went away; reconnecting\n');
    }
  },
});
