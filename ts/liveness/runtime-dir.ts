/**
 * Where Sway's sockets live: `--runtime-dir` if given, else `$XDG_RUNTIME_DIR`. Never /tmp unless
 * passed explicitly: Sway aborts without XDG_RUNTIME_DIR, so it never puts its socket in /tmp.
 */

/** EX_USAGE of sysexits.h: the exit code of every usage error. */
export const EXIT_USAGE = 64;

/** A usage error the CLI reports with exit code 64 (EX_USAGE). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** @throws UsageError when neither `explicit` nor `XDG_RUNTIME_DIR` is set. */
export function resolveRuntimeDir(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError('XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR');
  return dir;
}
