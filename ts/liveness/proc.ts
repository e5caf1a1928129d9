/**
 * What /proc says about a process (proc(5)): is it a live Sway, when did it start, which Wayland
 * display does it hold. Reads only; never signals a process.
 */
import { readFileSync, readlinkSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Process names that mean "Sway": `sway`, and `.sway-wrapped`, the name nixpkgs' wrapper gives
 * the real binary (seen in `comm` or `/proc/PID/exe` on NixOS while Sway starts).
 */
export const SWAY_PROCESS_NAMES: ReadonlySet<string> = new Set(['sway', '.sway-wrapped']);

/**
 * - `sway`: the process exists, is not a zombie, and its `comm` or `exe` basename is a Sway name;
 * - `other`: it exists and is something else (the PID was reused);
 * - `zombie`: state `Z`, dead but not reaped (its fds are closed), whatever its name;
 * - `absent`: no such process;
 * - `unknown`: /proc could not tell (e.g. a permission error); callers must not treat it as dead.
 */
export type ProcessKind = 'sway' | 'other' | 'zombie' | 'absent' | 'unknown';

/**
 * Fields of /proc/PID/stat (proc(5)) that we use. `comm` decoded as UTF-8 (an invalid byte as
 * U+FFFD); `startTicks` is field 22, in clock ticks since boot.
 */
export interface ProcStat {
  comm: string;
  state: string;
  startTicks: number;
}

/** Reads /proc/PID/stat; null when the process does not exist. @throws other read errors (EACCES, ...). */
export function readProcStat(pid: number, procRoot = '/proc'): ProcStat | null {
  const dir = join(procRoot, String(pid));
  // Most PIDs named by stale sockets are gone: learn that without an exception, which costs Node
  // several times the syscall (cleanup asks for thousands of PIDs in one run).
  if (statSync(dir, { throwIfNoEntry: false }) === undefined) return null;
  let text: string;
  try {
    // UTF-8, as process names are usually written; also Node's native fast path for reading a
    // whole file (any other encoding takes its JavaScript one, whose first call cost ~0.5 ms of a
    // cleanup's start-up here). An invalid byte in comm becomes U+FFFD, never a parenthesis or space.
    text = readFileSync(join(dir, 'stat'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH') return null;
    throw err;
  }
  // comm is in parentheses and may itself contain ") ", so split at the last one.
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const rest = text.slice(close + 2).split(' ');
  return { comm: text.slice(open + 1, close), state: rest[0] ?? '?', startTicks: Number(rest[19]) };
}

/** Classifies a PID; see {@link ProcessKind}. Never throws. */
export function processKind(pid: number, procRoot = '/proc'): ProcessKind {
  let stat: ProcStat | null;
  try {
    stat = readProcStat(pid, procRoot);
  } catch {
    return 'unknown';
  }
  if (stat === null) return 'absent';
  if (stat.state === 'Z' || stat.state === 'X') return 'zombie';
  if (SWAY_PROCESS_NAMES.has(stat.comm)) return 'sway';
  try {
    if (SWAY_PROCESS_NAMES.has(basename(readlinkSync(join(procRoot, String(pid), 'exe'))))) return 'sway';
  } catch {
    // exe is unreadable for other users' processes and gone for kernel threads; comm decided.
  }
  return 'other';
}

/**
 * Wayland displays (`wayland-N`) whose lock file `RUNTIME_DIR/wayland-N.lock` the process holds
 * open: a compositor keeps it for its whole life. Sway sets WAYLAND_DISPLAY with setenv(3), so
 * /proc/PID/environ does not show it; the fd table does. Empty when unreadable.
 */
export function waylandDisplaysOf(pid: number, runtimeDir: string, procRoot = '/proc'): string[] {
  const displays: string[] = [];
  let fds: string[];
  try {
    fds = readdirSync(join(procRoot, String(pid), 'fd'));
  } catch {
    return displays;
  }
  const prefix = join(runtimeDir, 'wayland-');
  for (const fd of fds) {
    let target: string;
    try {
      target = readlinkSync(join(procRoot, String(pid), 'fd', fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith('.lock')) displays.push(basename(target, '.lock'));
  }
  return displays;
}

/**
 * The environment a process started with (NUL-separated /proc/PID/environ; later setenv(3)
 * calls do not show). @throws the read error (ENOENT when gone, EACCES for another user's process).
 */
export function readEnviron(pid: number, procRoot = '/proc'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of readFileSync(join(procRoot, String(pid), 'environ'), 'utf8').split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}
