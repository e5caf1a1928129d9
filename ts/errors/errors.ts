/**
 * The one error base of swaysock: every failure a caller may handle is a {@link SwaysockError}
 * with a stable string `code` from {@link ERROR_CODES} (Node's convention: `ERR_SWAYSOCK_…`).
 * Callers decide by code, never by class: each lazily loaded bundle has its own copy of a class,
 * so `instanceof` holds only inside one bundle (docs/design.md, "Errors"), while a code holds
 * everywhere. docs/protocol.md, "Error codes", lists the same codes with the CLI's exit codes.
 */

/** Every code a swaysock error carries, with its meaning. */
export const ERROR_CODES = {
  ERR_SWAYSOCK_USAGE: 'a command line the program does not accept',
  ERR_SWAYSOCK_VARIABLE_NAME: 'a `swaysock session --env` argument whose name is no environment variable name',
  ERR_SWAYSOCK_LISTEN_ADDRESS: 'a `--metrics-listen` address the daemon does not accept',
  ERR_SWAYSOCK_CONNECT: 'a Unix socket could not be connected to (`systemCode`: the errno name, `ETIMEDOUT` past the deadline)',
  ERR_SWAYSOCK_UNSAFE_DIRECTORY: 'a directory that must be private is not (a symlink, another owner, group or other access)',
  ERR_SWAYSOCK_LOCK_TIMEOUT: 'a PID lock could not be taken before its deadline',
  ERR_SWAYSOCK_LOCK_UNSTABLE: 'a PID lock file kept changing while it was being taken',
  ERR_SWAYSOCK_EXEC: 'a program we run (systemctl, ss, loginctl) is missing or failed',
  ERR_SWAYSOCK_IPC_TIMEOUT: 'Sway gave no IPC reply in time',
  ERR_SWAYSOCK_IPC_CLOSED: "Sway's IPC connection closed before the reply",
  ERR_SWAYSOCK_IPC_REPLY: 'an IPC reply that is not the JSON the request expects',
  ERR_SWAYSOCK_IPC_BAD_MAGIC: 'an IPC frame without the "i3-ipc" magic string',
  ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE: "an IPC frame whose payload exceeds the decoder's bound",
  ERR_SWAYSOCK_DBUS_ADDRESS: 'a D-Bus address with no Unix socket in it',
  ERR_SWAYSOCK_DBUS_CONNECT: 'a D-Bus socket could not be connected to',
  ERR_SWAYSOCK_DBUS_AUTH: 'the D-Bus peer refused the authentication or `Hello`',
  ERR_SWAYSOCK_DBUS_TIMEOUT: 'no D-Bus reply within the deadline',
  ERR_SWAYSOCK_DBUS_CLOSED: 'the D-Bus connection closed or failed',
  ERR_SWAYSOCK_DBUS_CALL: 'the D-Bus peer answered with an error (`dbusName`)',
  ERR_SWAYSOCK_DBUS_REPLY: 'a D-Bus message that cannot be encoded or decoded, or a reply of the wrong shape',
  ERR_SWAYSOCK_JOB_FAILED: 'a systemd job ended with a result other than `done` or `skipped`',
  ERR_SWAYSOCK_DAEMON_UNREACHABLE: "swaysock-healthd's socket could not be connected to (`systemCode`: the errno name)",
  ERR_SWAYSOCK_DAEMON_RPC: 'swaysock-healthd answered with a JSON-RPC error (`rpcName`, `rpcCode`)',
  ERR_SWAYSOCK_DAEMON_CLOSED: 'swaysock-healthd closed the connection before the answer',
  ERR_SWAYSOCK_DAEMON_TIMEOUT: 'swaysock-healthd gave no answer within the deadline',
  ERR_SWAYSOCK_RPC: 'a method handler of the daemon answers with a JSON-RPC error (`rpcCode`)',
  ERR_SWAYSOCK_SOCKET_PATH: 'a socket cannot be served at its path (unsafe directory, not a socket, served by another)',
  ERR_SWAYSOCK_SESSION_LOCKED: 'another `swaysock session` holds the session lock',
  ERR_SWAYSOCK_CLEANUP: 'the cleanup could not run (runtime directory unreadable, lock not taken)',
  ERR_SWAYSOCK_MIGRATE: 'a unit cannot be migrated to sway-session.target',
  ERR_SWAYSOCK_UNIT_KIND: 'a unit file name of a kind swaysock does not make',
  ERR_SWAYSOCK_UNIT_SETTING: 'a unit setting with no value (a default of null that nobody filled in)',
  ERR_SWAYSOCK_UNIT_WORD: 'a word of a unit command line that would need quoting',
  ERR_SWAYSOCK_INSTALLATION: 'where swaysock is installed cannot be told, or the installation lacks a program',
  ERR_SWAYSOCK_NO_SWAY: 'no live Sway IPC socket was found',
  ERR_SWAYSOCK_SWAY_UNREACHABLE: 'Sway could not be connected to, or did not answer',
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED:
    'a Sway config `include` that doctor does not expand (command substitution, a character wordexp(3) refuses, an unclosed quote)',
  ERR_SWAYSOCK_CHECK_DEADLINE: 'a doctor check gave no result within its deadline',
  ERR_SWAYSOCK_FILE: 'a file could not be read, written or removed',
  ERR_SWAYSOCK_NO_HISTORY: 'no daemon answered and no health history file was found',
  ERR_SWAYSOCK_STABLE_SOCKET: '`swaysock env` cannot name the stable socket (nothing listens, open to others, or not served)',
} as const;

/** A stable error code (a key of {@link ERROR_CODES}). */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * A failure a caller can handle: `code` is stable (never reworded); `message` is for people and
 * may change. Subclasses exist only where they carry fields, and set `name` themselves (esbuild
 * renames a class whose name collides inside a bundle, so the class's own name is not reliable).
 */
export class SwaysockError extends Error {
  readonly code: ErrorCode;

  /** @param options `cause`: the error this one reports (kept, not shown in `message`). */
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'SwaysockError';
  }
}

/**
 * Whether `err` is a swaysock error with one of `codes` (any swaysock error when none are given);
 * works across bundles. `E` narrows to a subclass whose fields the caller reads, and only that
 * subclass's codes are accepted: `hasCode<ConnectError>(err, 'ERR_SWAYSOCK_CONNECT') ? err.systemCode : …`.
 */
export function hasCode<E extends SwaysockError = SwaysockError>(err: unknown, ...codes: E['code'][]): err is E {
  if (!(err instanceof Error) || !('code' in err) || typeof err.code !== 'string' || !Object.hasOwn(ERROR_CODES, err.code)) return false;
  return codes.length === 0 || codes.includes(err.code as ErrorCode);
}
