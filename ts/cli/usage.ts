/**
 * The command-line layer's exit codes and usage errors, shared by `swaysock`, `swaysock-healthd`
 * and `swaysock-cleanup`; and where Sway's sockets live: `--runtime-dir` if given, else
 * `$XDG_RUNTIME_DIR`. Never /tmp unless passed explicitly: Sway aborts without XDG_RUNTIME_DIR,
 * so it never puts its socket in /tmp.
 */
import { hasCode, SwaysockError, type ErrorCode } from '../errors/errors.js';
import type { DaemonRpcError } from '../rpc/client.js';

/** Exit code: stale, disconnected, not found, or the command could not do its work. */
export const EXIT_FAILURE = 1;
/** Exit code: swaysock-healthd cannot be reached or gave no answer in time. */
export const EXIT_DAEMON_UNREACHABLE = 2;
/** EX_USAGE of sysexits.h: the exit code of every usage error. */
export const EXIT_USAGE = 64;

/** An exit code of the programs. */
export type ExitCode = typeof EXIT_FAILURE | typeof EXIT_DAEMON_UNREACHABLE | typeof EXIT_USAGE;

/**
 * The exit code a program gives when a command stops on an error with that code
 * (docs/protocol.md, "Error codes", lists the same): the usage errors 64, the daemon giving no
 * answer 2, everything else 1. A `ERR_SWAYSOCK_DAEMON_RPC` is 2 when the daemon turned the client
 * away (`TOO_MANY_CLIENTS`): see {@link exitCodeOf}.
 */
export const EXIT_CODES: { readonly [C in ErrorCode]: ExitCode } = {
  ERR_SWAYSOCK_USAGE: EXIT_USAGE,
  ERR_SWAYSOCK_VARIABLE_NAME: EXIT_USAGE,
  ERR_SWAYSOCK_LISTEN_ADDRESS: EXIT_USAGE,
  ERR_SWAYSOCK_CONNECT: EXIT_FAILURE,
  ERR_SWAYSOCK_UNSAFE_DIRECTORY: EXIT_FAILURE,
  ERR_SWAYSOCK_LOCK_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_LOCK_UNSTABLE: EXIT_FAILURE,
  ERR_SWAYSOCK_EXEC: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_CLOSED: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_REPLY: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_BAD_MAGIC: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_ADDRESS: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CONNECT: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_AUTH: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CLOSED: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CALL: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_REPLY: EXIT_FAILURE,
  ERR_SWAYSOCK_JOB_FAILED: EXIT_FAILURE,
  ERR_SWAYSOCK_DAEMON_UNREACHABLE: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_DAEMON_RPC: EXIT_FAILURE,
  ERR_SWAYSOCK_DAEMON_CLOSED: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_DAEMON_TIMEOUT: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_RPC: EXIT_FAILURE,
  ERR_SWAYSOCK_SOCKET_PATH: EXIT_FAILURE,
  ERR_SWAYSOCK_SESSION_LOCKED: EXIT_FAILURE,
  ERR_SWAYSOCK_CLEANUP: EXIT_FAILURE,
  ERR_SWAYSOCK_MIGRATE: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_KIND: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_SETTING: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_WORD: EXIT_FAILURE,
  ERR_SWAYSOCK_INSTALLATION: EXIT_FAILURE,
  ERR_SWAYSOCK_NO_SWAY: EXIT_FAILURE,
  ERR_SWAYSOCK_SWAY_UNREACHABLE: EXIT_FAILURE,
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED: EXIT_FAILURE,
  ERR_SWAYSOCK_CHECK_DEADLINE: EXIT_FAILURE,
  ERR_SWAYSOCK_FILE: EXIT_FAILURE,
  ERR_SWAYSOCK_NO_HISTORY: EXIT_FAILURE,
  ERR_SWAYSOCK_STABLE_SOCKET: EXIT_FAILURE,
};

/** The exit code for `err` ({@link EXIT_CODES}); 1 for an error without a swaysock code. */
export function exitCodeOf(err: unknown): ExitCode {
  if (!hasCode(err)) return EXIT_FAILURE;
  if (hasCode<DaemonRpcError>(err, 'ERR_SWAYSOCK_DAEMON_RPC') && err.rpcName === 'TOO_MANY_CLIENTS') return EXIT_DAEMON_UNREACHABLE;
  return EXIT_CODES[err.code];
}

/** A usage error the programs report with exit code 64 (EX_USAGE): `ERR_SWAYSOCK_USAGE`. */
export class UsageError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_USAGE';
  constructor(message: string) {
    super('ERR_SWAYSOCK_USAGE', message);
    this.name = 'UsageError';
  }
}

/** @throws UsageError when neither `explicit` nor `XDG_RUNTIME_DIR` is set. */
export function resolveRuntimeDir(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError('XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR');
  return dir;
}

/**
 * Reports an error a command threw and sets process.exitCode to {@link exitCodeOf} it: a usage
 * error (64, EX_USAGE) with a pointer to `--help`.
 * @param program the name that starts the message.
 */
export function reportError(err: unknown, program = 'swaysock'): void {
  const code = exitCodeOf(err);
  process.stderr.write(`${program}: ${(err as Error).message}\n${code === EXIT_USAGE ? `Run '${program} --help' for usage.\n` : ''}`);
  process.exitCode = code;
}
