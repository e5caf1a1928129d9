/**
 * The command-line layer's exit codes and usage errors, shared by `swaysock`, `swaysock-healthd`
 * and `swaysock-cleanup`; and where Sway's sockets live: `--runtime-dir` if given, else
 * `$XDG_RUNTIME_DIR`. Never /tmp unless passed explicitly: Sway aborts without XDG_RUNTIME_DIR,
 * so it never puts its socket in /tmp.
 */
import { SwaysockError } from '../errors/errors.js';

/** Exit code: stale, disconnected, not found, or the command could not do its work. */
export const EXIT_FAILURE = 1;
/** Exit code: swaysock-healthd cannot be reached or gave no answer in time. */
export const EXIT_DAEMON_UNREACHABLE = 2;
/** EX_USAGE of sysexits.h: the exit code of every usage error. */
export const EXIT_USAGE = 64;

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
 * `value` of the numeric option `--name` when it is a positive finite number (yargs gives NaN
 * for `--name abc`).
 * @param unit what the number counts, for the message ("seconds", "milliseconds").
 * @throws UsageError otherwise.
 */
export function positiveOption(name: string, value: number, unit: string): number {
  if (!(Number.isFinite(value) && value > 0)) throw new UsageError(`--${name} must be a positive number of ${unit} (got ${Number.isNaN(value) ? 'no number' : value})`);
  return value;
}

/**
 * Reports an error a command threw and sets process.exitCode: a usage error with a pointer to
 * `--help` and 64 (EX_USAGE), anything else 1 ({@link EXIT_FAILURE}).
 */
export function reportError(err: unknown): void {
  const usage = err instanceof UsageError;
  process.stderr.write(`swaysock: ${(err as Error).message}\n${usage ? "Run 'swaysock --help' for usage.\n" : ''}`);
  process.exitCode = usage ? EXIT_USAGE : EXIT_FAILURE;
}
