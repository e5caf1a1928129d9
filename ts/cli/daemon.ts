/**
 * What the daemon-talking commands (diagnose, status, watch) share: the `--socket` and `--json`
 * options, the connection, and exit code 2 with a helpful message when the daemon cannot be reached.
 */
import { resolveRuntimeDir } from '../liveness/runtime-dir.js';
import { DaemonClient, DaemonClosedError, DaemonRpcError, DaemonUnreachableError } from '../rpc/client.js';
import { RpcErrorCode } from '../rpc/codes.js';
import { defaultDaemonSocket } from '../rpc/socket-path.js';
import type { ArgsOf } from './options.js';

/** Exit code when swaysock-healthd cannot be reached. */
export const EXIT_DAEMON_UNREACHABLE = 2;

/** The options of every command that talks to the daemon (option table, options.ts). */
export const DAEMON_OPTIONS = {
  socket: { type: 'string', value: 'PATH', describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" },
  json: { type: 'boolean', describe: 'Print JSON' },
} as const;

export type DaemonArgs = ArgsOf<typeof DAEMON_OPTIONS>;

/** The daemon's socket path from `--socket` or the default. @throws UsageError without XDG_RUNTIME_DIR. */
export function daemonSocketPath(args: DaemonArgs): string {
  return args.socket ?? defaultDaemonSocket(resolveRuntimeDir(undefined));
}

/** The message for an unreachable daemon: where, why, and how to start it. */
export function unreachableMessage(err: DaemonUnreachableError): string {
  return `swaysock: cannot reach swaysock-healthd at ${err.socketPath} (${err.code}).\n` +
    'Start it with `systemctl --user start swaysock-healthd.service`, or run `swaysock-healthd` in a Sway session.\n';
}

/**
 * Connects, runs `fn`, closes. Exit code 2 with a message on stderr when the daemon cannot be
 * reached ({@link unreachableMessage}), or when it turns us away (too many clients) or drops the
 * connection before answering: in each case no answer about Sway came.
 */
export async function withDaemon(args: DaemonArgs, fn: (client: DaemonClient) => Promise<void>): Promise<void> {
  let client: DaemonClient;
  try {
    client = await DaemonClient.connect(daemonSocketPath(args));
  } catch (err) {
    if (!(err instanceof DaemonUnreachableError)) throw err;
    process.stderr.write(unreachableMessage(err));
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
    return;
  }
  try {
    await fn(client);
  } catch (err) {
    const refused = err instanceof DaemonRpcError && err.code === RpcErrorCode.TOO_MANY_CLIENTS;
    if (!refused && !(err instanceof DaemonClosedError)) throw err;
    process.stderr.write(`swaysock: swaysock-healthd at ${client.socketPath} gave no answer: ${err.message}\n`);
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
  } finally {
    client.close();
  }
}
