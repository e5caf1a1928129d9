/**
 * What the daemon-talking commands (diagnose, status, watch, history, metrics) share: the `--socket`, `--json` and
 * `--timeout` options, the connection, and exit code 2 with a message naming the socket when the
 * daemon cannot be reached or gives no answer in time.
 */
import { hasCode } from '../errors/errors.js';
import { DaemonClient, DEFAULT_DAEMON_TIMEOUT_MS, type DaemonUnreachableError } from '../rpc/client.js';
import { defaultDaemonSocket } from '../paths/paths.js';
import type { ArgsOf } from './options.js';
import { EXIT_DAEMON_UNREACHABLE, exitCodeOf, resolveRuntimeDir } from './usage.js';

/** The options of every command that talks to the daemon (option table, options.ts). */
export const DAEMON_OPTIONS = {
  socket: { type: 'string', value: 'PATH', describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" },
  json: { type: 'boolean', describe: 'Print JSON' },
  timeout: {
    type: 'number',
    value: 'S',
    default: DEFAULT_DAEMON_TIMEOUT_MS / 1000,
    describe: 'Seconds to wait for the connection and for each answer (exit 2 after)',
  },
} as const;

/** `timeout` in s (a positive number: the table parsers refuse anything else). */
export type DaemonArgs = ArgsOf<typeof DAEMON_OPTIONS>;

/** The daemon's socket path from `--socket` or the default. @throws UsageError without XDG_RUNTIME_DIR. */
export function daemonSocketPath(args: DaemonArgs): string {
  return args.socket ?? defaultDaemonSocket(resolveRuntimeDir(undefined));
}

/** `--timeout` in ms. */
export function daemonTimeoutMs(args: DaemonArgs): number {
  return args.timeout * 1000;
}

/** The message for an unreachable daemon: where, why, and how to start it. */
export function unreachableMessage(err: DaemonUnreachableError): string {
  return (
    `swaysock: cannot reach swaysock-healthd at ${err.socketPath} (${err.systemCode}).\n` +
    'Start it with `systemctl --user start swaysock-healthd.service`, or run `swaysock-healthd` in a Sway session.\n'
  );
}

/** The message for a daemon that gave no answer: where, why, and where to look. */
export function noAnswerMessage(socketPath: string, err: Error): string {
  const hint = hasCode(err, 'ERR_SWAYSOCK_DAEMON_TIMEOUT') ? '\nSee `systemctl --user status swaysock-healthd.service swaysock-healthd.socket`.' : '';
  return `swaysock: swaysock-healthd at ${socketPath} gave no answer: ${err.message}${hint}\n`;
}

/**
 * True for the errors that mean "no answer came": turned away (`TOO_MANY_CLIENTS`), dropped, or
 * the deadline passed; those whose exit code is 2 once connected ({@link exitCodeOf}).
 */
export function isNoAnswer(err: unknown): err is Error {
  return hasCode(err, 'ERR_SWAYSOCK_DAEMON_TIMEOUT', 'ERR_SWAYSOCK_DAEMON_CLOSED', 'ERR_SWAYSOCK_DAEMON_RPC') && exitCodeOf(err) === EXIT_DAEMON_UNREACHABLE;
}

/**
 * Connects, runs `fn`, closes. Exit code 2 with a message on stderr when the daemon cannot be
 * reached ({@link unreachableMessage}), or when it turns us away (too many clients), drops the
 * connection or does not answer within `--timeout` ({@link noAnswerMessage}): in each case no
 * answer about Sway came.
 * @returns false in those cases, true once `fn` has run to its end.
 * @throws UsageError without XDG_RUNTIME_DIR; what `fn` throws, other than the no-answer errors.
 */
export async function withDaemon(args: DaemonArgs, fn: (client: DaemonClient) => Promise<void>): Promise<boolean> {
  const timeoutMs = daemonTimeoutMs(args);
  let client: DaemonClient;
  try {
    client = await DaemonClient.connect(daemonSocketPath(args), { timeoutMs });
  } catch (err) {
    if (!hasCode<DaemonUnreachableError>(err, 'ERR_SWAYSOCK_DAEMON_UNREACHABLE')) throw err;
    process.stderr.write(unreachableMessage(err));
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
    return false;
  }
  try {
    await fn(client);
    return true;
  } catch (err) {
    if (!isNoAnswer(err)) throw err;
    process.stderr.write(noAnswerMessage(client.socketPath, err));
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
    return false;
  } finally {
    client.close();
  }
}
