/**
 * The one error base of swaysock: every failure a caller may handle is a {@link SwaysockError}
 * with a stable string `code` from {@link ERROR_CODES} (Node's convention: `ERR_SWAYSOCK_…`).
 * Callers decide by code, never by class: each lazily loaded bundle has its own copy of a class,
 * so `instanceof` holds only inside one bundle (docs/design.md, "Errors"), while a code holds
 * everywhere. docs/protocol.md, "Error codes", lists the same codes with the CLI's exit codes.
 */

/** Every code a swaysock error carries, with its meaning. */
export const ERROR_CODES = {
  ERR_SWAYSOCK_LISTEN_ADDRESS: 'a --metrics-listen address the daemon does not accept',
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

/** Whether `err` is a swaysock error with one of `codes` (any swaysock error when none are given); works across bundles. */
export function hasCode(err: unknown, ...codes: ErrorCode[]): err is SwaysockError {
  if (!(err instanceof Error) || !('code' in err) || typeof err.code !== 'string' || !Object.hasOwn(ERROR_CODES, err.code)) return false;
  return codes.length === 0 || codes.includes(err.code as ErrorCode);
}
