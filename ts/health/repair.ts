/**
 * What the daemon does about the user manager's `SWAYSOCK`/`I3SOCK` (docs/healthd.md,
 * "Environment repair"). Wirings that never tear the session down (NixOS's exec line,
 * home-manager's) leave a `SWAYSOCK` that can outlive its Sway, and another wiring may point it at
 * another Sway. The rule:
 * - the manager names the socket we use: only `I3SOCK` is brought in step, if it differs;
 * - it names another live Sway (answers `GET_VERSION` within the validation timeout): that is a
 *   choice, not damage; the monitor follows it (once it has held, see monitor.ts), never writes
 *   ours back;
 * - it names nothing live (unset, empty, dead, hung) while we are connected: set both to ours;
 * - disconnected for longer than the grace period and it names a dead socket: unset both, so no
 *   service started later inherits a dead path.
 * With a stable socket (docs/stable-socket.md), `SWAYSOCK` naming it is right whatever the state
 * (only `I3SOCK` is brought in step), and a repair writes it rather than the live Sway's own path.
 */
import { socketVariable, type SwayCandidate } from '../discovery/discover.js';
import type { ManagerEnv } from '../systemd/manager.js';
import { sameIdentity, sameSocketFile, type SocketIdentity } from '../liveness/probe.js';

/** Variables kept in step with the live socket (i3 clients read I3SOCK). */
export const SOCKET_VARIABLES = ['SWAYSOCK', 'I3SOCK'] as const;
/** Default grace period before unsetting a dead `SWAYSOCK`, in ms. */
export const DEFAULT_UNSET_GRACE_MS = 10_000;

/** Outcome of {@link planEnvironment}. */
export type EnvironmentPlan =
  /** Nothing to do (no user manager, or it is right, or within the grace period). */
  | { kind: 'keep' }
  /** The manager's `SWAYSOCK` names another live Sway: this one. */
  | { kind: 'follow'; candidate: SwayCandidate }
  /** Set these variables (values: the live socket); `message` says why, for the log. */
  | { kind: 'set'; vars: Record<string, string>; message: string }
  /** Unset these variables; `message` says why. */
  | { kind: 'unset'; names: string[]; message: string };

export interface PlanInput {
  /** The connection in use, or null while disconnected. */
  connection: { path: string; identity: SocketIdentity } | null;
  /** How long no connection has been up, in ms (0 while connected). */
  disconnectedForMs: number;
  /** The manager's environment; null when none answers. */
  env: ManagerEnv;
  /** Grace period before a dead `SWAYSOCK` is unset, in ms. */
  graceMs: number;
  /** Validates a socket as discovery does (null: nothing live answers there). */
  probe: (path: string) => Promise<SwayCandidate | null>;
  /** The daemon's stable socket, if it serves one. */
  stableSocket?: string;
}

/** Decides what to do about the manager's socket variables; see the module comment. Never throws. */
export async function planEnvironment(input: PlanInput): Promise<EnvironmentPlan> {
  const { connection, env } = input;
  if (env === null) return { kind: 'keep' };
  const named = socketVariable(env.SWAYSOCK);
  const stable = input.stableSocket;
  const right = (connection !== null && named === connection.path) || (named !== null && stable !== undefined && sameSocketFile(named, stable));
  if (right) {
    if (env.I3SOCK === named) return { kind: 'keep' };
    return { kind: 'set', vars: { I3SOCK: named }, message: `I3SOCK=${named} (was ${env.I3SOCK || 'unset'})` };
  }
  const candidate = named === null ? null : await input.probe(named);
  if (candidate !== null) {
    const same = connection !== null && sameIdentity(candidate.identity, connection.identity);
    return same ? { kind: 'keep' } : { kind: 'follow', candidate };
  }
  if (connection !== null) {
    const wanted = stable ?? connection.path;
    const vars = Object.fromEntries(SOCKET_VARIABLES.map((name) => [name, wanted]));
    return { kind: 'set', vars, message: `SWAYSOCK=${wanted} (was ${named ?? 'unset'}, which names no live Sway)` };
  }
  if (named !== null && input.disconnectedForMs > input.graceMs) {
    const seconds = Math.round(input.disconnectedForMs / 1000);
    return { kind: 'unset', names: [...SOCKET_VARIABLES], message: `${named} is dead and no Sway has been alive for ${seconds} s` };
  }
  return { kind: 'keep' };
}
