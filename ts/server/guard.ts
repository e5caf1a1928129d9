/**
 * Guarding the sockets the daemon serves while it serves them. Node cannot ask a connecting peer's
 * UID (no SO_PEERCRED): who may connect is decided by the modes of the socket and its directory,
 * so they are checked again with every validation, and the daemon stops serving as soon as either
 * is opened up or the socket replaced (docs/healthd.md). A socket systemd passed is systemd's to
 * guard.
 */
import { checkServedSocket } from '../listen/served-socket.js';
import type { SocketIdentity } from '../liveness/probe.js';
import type { StableSocket } from '../proxy/serve.js';

/** What went wrong, and whether the file at the daemon's own path is still its socket to remove. */
export interface ServedSocketProblem {
  message: string;
  removeSocket: boolean;
}

/** The sockets to guard. */
export interface GuardedSockets {
  /** The daemon's own socket path. */
  socketPath: string;
  /** The identity of the socket it listens on there; null when systemd passed it. */
  served: SocketIdentity | null;
  /** The stable socket, when the daemon serves one (it checks its own file). */
  stable: Pick<StableSocket, 'check'> | null;
}

/**
 * The first problem of `sockets` now: the daemon's own socket's, else the stable socket's (whose
 * problem leaves the daemon's own socket its to remove); null when all holds. Synchronous lstats:
 * a few µs.
 */
export function servedSocketProblem(sockets: GuardedSockets): ServedSocketProblem | null {
  const stableProblem = sockets.stable?.check() ?? null;
  return (
    (sockets.served === null ? null : checkServedSocket(sockets.socketPath, sockets.served)) ?? (stableProblem && { ...stableProblem, removeSocket: true })
  );
}
