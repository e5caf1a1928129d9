/**
 * Live-socket discovery: which Sway IPC socket a client should use. A drop-in for
 * `sway --get-socketpath` that never returns a dead socket. Reads only: it never changes anything
 * on disk.
 *
 * A candidate is a socket we own that answers `GET_VERSION` (sway-ipc(7)) within a timeout:
 * an explicit path; the caller's `SWAYSOCK`; the user manager's `SWAYSOCK`; every
 * `sway-ipc.<uid>.<pid>.sock` of our UID in the runtime directory. The two `SWAYSOCK` values are
 * exact paths, whatever their names (Sway binds a preset `SWAYSOCK` as it is); an empty value
 * counts as unset. A socket that answers is usable whatever its name says (a Sway in another PID
 * namespace has another PID). Among several the choice is, in order: the one the caller's
 * `SWAYSOCK` names; the one the user manager's `SWAYSOCK` names; the one holding the Wayland
 * display asked for (else the manager's `WAYLAND_DISPLAY`); else a live-Sway PID first, newest by
 * process start time.
 *
 * Discovery reads no environment of its own: callers pass the caller's `SWAYSOCK` and the
 * manager's environment explicitly (the daemon's own `$SWAYSOCK` is a snapshot from its start).
 *
 * Our own stable socket (docs/stable-socket.md) answers `GET_VERSION` too, through whichever Sway
 * it reaches; it is never a candidate: a socket file with the device and inode of the one at the
 * default stable path, or of one in `exclude`, is left out before any connect.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SwayIpcClient, type SwayVersion } from '../ipc/client.js';
import { inspectSocketFile, sameIdentity, type SocketIdentity } from '../liveness/probe.js';
import { defaultStableSocket } from '../paths/paths.js';
import { processKind, readProcStat, waylandDisplaysOf, type ProcessKind } from '../liveness/proc.js';
import { parseSwaySocketName } from '../liveness/socket-name.js';
import type { ManagerEnv } from '../systemd/manager.js';

/** A socket that answered `GET_VERSION`. */
export interface SwayCandidate {
  /** Path as found (not resolved). */
  path: string;
  /** PID encoded in the name, or null when the name is not `sway-ipc.UID.PID.sock`. */
  pid: number | null;
  /** What that PID is now (`absent` when the name carries none). */
  process: ProcessKind;
  /** The `GET_VERSION` reply. */
  version: SwayVersion;
  /** Start time of `pid` in clock ticks since boot (proc(5) field 22); null when unknown. */
  startTicks: number | null;
  /** Wayland displays (`wayland-N`) whose lock file `pid` holds open. */
  waylandDisplays: string[];
  /** dev/ino of the socket file when it was validated. */
  identity: SocketIdentity;
}

/** What decided the choice. `newest` and `only` are not decided by the environment. */
export type DecidedBy = 'explicit' | 'swaysock' | 'manager-swaysock' | 'wayland-display' | 'newest' | 'only';

export interface DiscoveryResult {
  /** The socket to use, or null when none answers. */
  chosen: SwayCandidate | null;
  /** Every live candidate, chosen first, then newest first. */
  candidates: SwayCandidate[];
  decidedBy: DecidedBy | null;
  /** Several live candidates and the environment did not decide between them. */
  ambiguous: boolean;
}

/**
 * A socket path from an environment variable: the value, or null when unset or empty (Sway and
 * its clients would take an empty `SWAYSOCK` as a path; we take it as unset).
 */
export function socketVariable(value: string | undefined | null): string | null {
  return value ? value : null;
}

export interface DiscoveryOptions {
  /** Directory to scan (`--runtime-dir`, else `$XDG_RUNTIME_DIR`; see resolveRuntimeDir). */
  runtimeDir: string;
  /** Owner to accept; default process.getuid(). */
  uid?: number;
  /** `--sway-socket PATH`: only this path is considered. */
  swaySocket?: string;
  /** The caller's `SWAYSOCK` (a candidate, and first in the choice); null/empty: none. */
  swaysock: string | null | undefined;
  /** The user manager's environment (its `SWAYSOCK` is a candidate); null when unknown. */
  managerEnv: ManagerEnv;
  /** Display name to prefer (`wayland-N`); default the manager's `WAYLAND_DISPLAY`. */
  waylandDisplay?: string;
  /** Timeout of each connect + `GET_VERSION`, in ms (default 500). */
  timeoutMs?: number;
  /** Socket files that are ours, never candidates (the daemon's stable socket at a custom path). */
  exclude?: SocketIdentity[];
}

/** Default per-candidate validation timeout, in ms. */
export const DEFAULT_DISCOVERY_TIMEOUT_MS = 500;

/**
 * Connects to `path`, asks `GET_VERSION` and closes (full close). Null when it does not answer
 * within `timeoutMs` ms, is not a socket owned by `uid`, or is one of `exclude` (same dev/ino:
 * then no connect is made). Never throws.
 */
export async function validateSwaySocket(
  path: string,
  uid: number,
  timeoutMs = DEFAULT_DISCOVERY_TIMEOUT_MS,
  exclude: readonly SocketIdentity[] = [],
): Promise<SwayCandidate | null> {
  const file = await inspectSocketFile(path, uid);
  if (file.kind !== 'socket') return null;
  if (exclude.some((e) => sameIdentity(e, file.identity))) return null;
  let client: SwayIpcClient | null = null;
  let version: SwayVersion;
  try {
    client = await SwayIpcClient.connect(path, { timeoutMs });
    version = await client.getVersion(timeoutMs);
    if (typeof version?.human_readable !== 'string') return null;
  } catch {
    return null;
  } finally {
    client?.close();
  }
  const name = parseSwaySocketName(path.slice(path.lastIndexOf('/') + 1));
  const pid = name !== null && name.uid === uid ? name.pid : null;
  let startTicks: number | null = null;
  if (pid !== null) {
    try {
      startTicks = readProcStat(pid)?.startTicks ?? null;
    } catch {
      startTicks = null;
    }
  }
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  return {
    path,
    pid,
    process: pid === null ? 'absent' : processKind(pid),
    version,
    startTicks,
    waylandDisplays: pid === null ? [] : waylandDisplaysOf(pid, dir),
    identity: file.identity,
  };
}

/** Paths of `sway-ipc.<uid>.<pid>.sock` entries of `uid` in `dir`; empty when unreadable. */
async function scan(dir: string, uid: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => join(dir, n));
}

/** `extra` plus the identity of the socket at the default stable path, if one is there. */
async function stableSockets(runtimeDir: string, uid: number, extra: SocketIdentity[] = []): Promise<SocketIdentity[]> {
  const atDefault = await inspectSocketFile(defaultStableSocket(runtimeDir), uid);
  return atDefault.kind === 'socket' ? [...extra, atDefault.identity] : extra;
}

/** Newest first: live Sway PIDs before others, then by start time (unknown last). */
function byPreference(a: SwayCandidate, b: SwayCandidate): number {
  const live = Number(b.process === 'sway') - Number(a.process === 'sway');
  if (live !== 0) return live;
  return (b.startTicks ?? -1) - (a.startTicks ?? -1);
}

/**
 * Finds the live Sway socket; see the module comment for the order. Never throws for I/O
 * faults (an unreadable directory or a dead socket is simply no candidate).
 */
export async function discoverSway(options: DiscoveryOptions): Promise<DiscoveryResult> {
  const uid = options.uid ?? process.getuid!();
  const timeoutMs = options.timeoutMs ?? DEFAULT_DISCOVERY_TIMEOUT_MS;
  const exclude = await stableSockets(options.runtimeDir, uid, options.exclude);
  if (options.swaySocket !== undefined) {
    const only = await validateSwaySocket(options.swaySocket, uid, timeoutMs, exclude);
    return { chosen: only, candidates: only ? [only] : [], decidedBy: only ? 'explicit' : null, ambiguous: false };
  }
  const swaysock = socketVariable(options.swaysock);
  const managerEnv = options.managerEnv;
  const managerSock = socketVariable(managerEnv?.SWAYSOCK);
  const paths = new Set(await scan(options.runtimeDir, uid));
  if (swaysock !== null) paths.add(swaysock);
  if (managerSock !== null) paths.add(managerSock);
  const found = await Promise.all([...paths].map((p) => validateSwaySocket(p, uid, timeoutMs, exclude)));
  const candidates = found.filter((c): c is SwayCandidate => c !== null).sort(byPreference);
  const pick = (chosen: SwayCandidate | undefined, decidedBy: DecidedBy): DiscoveryResult | null =>
    chosen ? { chosen, candidates: [chosen, ...candidates.filter((c) => c !== chosen)], decidedBy, ambiguous: false } : null;

  if (candidates.length === 0) return { chosen: null, candidates, decidedBy: null, ambiguous: false };
  const bySwaysock = pick(
    candidates.find((c) => c.path === swaysock),
    'swaysock',
  );
  if (bySwaysock) return bySwaysock;
  if (candidates.length === 1) return pick(candidates[0], 'only')!;

  const byManager =
    managerSock !== null
      ? pick(
          candidates.find((c) => c.path === managerSock),
          'manager-swaysock',
        )
      : null;
  if (byManager) return byManager;
  const display = options.waylandDisplay || managerEnv?.WAYLAND_DISPLAY;
  const holders = display ? candidates.filter((c) => c.waylandDisplays.includes(display)) : [];
  if (holders.length === 1) return pick(holders[0], 'wayland-display')!;
  return { chosen: candidates[0]!, candidates, decidedBy: 'newest', ambiguous: true };
}
