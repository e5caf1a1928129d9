/**
 * `swaysock watch [--format text|json|waybar] [--json] [--timeout S]`: streams health changes
 * (`subscribe` + `socket_health_changed`); when the daemon goes away, is not there yet, turns it
 * away or does not answer `subscribe` within `--timeout`, it says so once on stderr and retries
 * (backoff 100 ms to 2 s) until interrupted. The stream itself has no deadline: a quiet daemon is
 * a healthy one. `--format waybar`
 * prints a waybar custom-module object per line (waybar.ts), one more when the daemon cannot be
 * reached, so the bar never shows a stale state. Exits 0 when its reader has gone (EPIPE on the
 * next line it writes).
 */
import { hasCode } from '../../errors/errors.js';
import { DaemonClient, type DaemonUnreachableError } from '../../rpc/client.js';
import type { SocketHealth } from '../../rpc/protocol.js';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, daemonSocketPath, daemonTimeoutMs, isNoAnswer } from '../daemon.js';
import { UsageError } from '../usage.js';
import { waybarHealth, waybarUnreachable } from '../waybar.js';

const FORMATS = ['text', 'json', 'waybar'] as const;
type Format = (typeof FORMATS)[number];

function line(h: SocketHealth, format: Format): string {
  if (format === 'json') return JSON.stringify(h);
  if (format === 'waybar') return JSON.stringify(waybarHealth(h));
  return `${new Date().toISOString()} ${h.status} ${h.socket_path ?? '-'} reconnections=${h.reconnection_count}${h.latency_ms === null ? '' : ` latency=${h.latency_ms}ms`}`;
}

export const watchCommand = defineCommand({
  words: ['watch'],
  describe: 'Stream socket-health changes; reconnects when the daemon restarts',
  options: {
    ...DAEMON_OPTIONS,
    format: { type: 'string', value: 'FORMAT', default: 'text', describe: "text, json (as --json) or waybar (a custom module's JSON object per line)" },
  },
  run: async (args) => {
    if (!(FORMATS as readonly string[]).includes(args.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${args.format}'`);
    const format: Format = args.json ? 'json' : (args.format as Format);
    // The reader went away (a bar that exited): nothing is left to watch for.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(0);
    });
    const print = (h: SocketHealth): void => void process.stdout.write(`${line(h, format)}\n`);
    const path = daemonSocketPath(args);
    const timeoutMs = daemonTimeoutMs(args);
    let delay = 100;
    let warned = false;
    /** Says why once per outage (not on every retry), then waits with backoff. */
    const retry = async (why: string): Promise<void> => {
      if (!warned) {
        process.stderr.write(`swaysock: ${why}; retrying\n`);
        if (format === 'waybar') process.stdout.write(`${JSON.stringify(waybarUnreachable(path, why))}\n`);
      }
      warned = true;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2000);
    };
    for (;;) {
      let client: DaemonClient;
      try {
        client = await DaemonClient.connect(path, { timeoutMs });
      } catch (err) {
        if (!hasCode<DaemonUnreachableError>(err, 'ERR_SWAYSOCK_DAEMON_UNREACHABLE')) throw err;
        await retry(`waiting for swaysock-healthd at ${path} (${err.systemCode})`);
        continue;
      }
      const closed = new Promise<void>((resolve) => client.once('close', resolve));
      client.on('notification', (method, params) => {
        if (method === 'socket_health_changed') print(params);
      });
      try {
        print(await client.call('subscribe'));
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
