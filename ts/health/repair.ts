/**
 * Environment repair (docs/design.md, "The session's lifecycle"): for wirings that never tear the session
 * down (NixOS's exec line, home-manager's), the user manager's `SWAYSOCK` can outlive its Sway.
 * When it does not name the live Sway, set `SWAYSOCK` and `I3SOCK` to the live socket; when no
 * Sway has been alive for longer than a grace period and the manager's `SWAYSOCK` names a dead
 * socket, unset both, so no service started later inherits a dead path.
 */
import type { ManagerEnv } from '../discovery/discover.js';
import { sameSocketFile } from '../liveness/probe.js';
import type { Logger } from '../systemd/log.js';

/** Variables kept in step with the live socket (i3 clients read I3SOCK). */
export const SOCKET_VARIABLES = ['SWAYSOCK', 'I3SOCK'] as const;
/** Default grace period before unsetting a dead `SWAYSOCK`, in ms. */
export const DEFAULT_UNSET_GRACE_MS = 10_000;

export interface RepairOptions {
  /** How long no Sway must be alive before a dead `SWAYSOCK` is unset, in ms. */
  graceMs?: number;
  set: (vars: Record<string, string>) => Promise<void>;
  unset: (names: string[]) => Promise<void>;
  /** True when the path still answers as a live Sway. */
  isLive: (path: string) => Promise<boolean>;
  log: Logger;
  /** Called once per repair made. */
  onRepair?: () => void;
  /**
   * The daemon's stable socket (docs/stable-socket.md): a `SWAYSOCK` naming it is correct, never
   * unset, and a repair writes it rather than the live Sway's own path.
   */
  stableSocket?: string;
}

/**
 * Makes the `onEnvironment` hook of HealthMonitor. The hook never throws: a failed
 * `systemctl --user` is logged as a warning and the environment is reported as it was.
 */
export function environmentRepairer(options: RepairOptions) {
  const graceMs = options.graceMs ?? DEFAULT_UNSET_GRACE_MS;
  return async (live: string | null, disconnectedForMs: number, env: ManagerEnv): Promise<ManagerEnv> => {
    if (env === null) return env;
    const current = env.SWAYSOCK;
    const stable = options.stableSocket;
    if (stable !== undefined && current !== undefined && sameSocketFile(current, stable)) return env;
    try {
      if (live !== null && current !== live) {
        const wanted = stable ?? live;
        await options.set(Object.fromEntries(SOCKET_VARIABLES.map((name) => [name, wanted])));
        options.log('notice', `repaired the user manager's environment: SWAYSOCK=${wanted} (was ${current ?? 'unset'})`);
        options.onRepair?.();
        return { ...env, SWAYSOCK: wanted, I3SOCK: wanted };
      }
      if (live === null && current && disconnectedForMs > graceMs && !(await options.isLive(current))) {
        await options.unset([...SOCKET_VARIABLES]);
        options.log('notice', `unset SWAYSOCK and I3SOCK in the user manager: ${current} is dead and no Sway has been alive for ${Math.round(disconnectedForMs / 1000)} s`);
        options.onRepair?.();
        const { SWAYSOCK: _s, I3SOCK: _i, ...rest } = env;
        return rest;
      }
    } catch (err) {
      options.log('warning', `environment repair failed: ${(err as Error).message}`);
    }
    return env;
  };
}
