/**
 * Check 2, SWAYSOCK and I3SOCK where doctor can read them: the caller's environment and the
 * systemd user manager's. Each is live (the session's Sway), our stable socket (it listens and
 * reaches whichever Sway is live: docs/stable-socket.md), another live Sway, dead, empty or unset. dbus-daemon's activation environment has no call that reads it back: said, not guessed.
 */
import { validateSwaySocket } from '../../discovery/discover.js';
import { probeSocket, sameSocketFile } from '../../liveness/probe.js';
import { defaultStableSocket } from '../../paths/paths.js';
import { IPC_TIMEOUT_MS, type DoctorContext } from '../context.js';
import { error, info, ok, problem, warning, type Found } from '../types.js';

type State = 'unset' | 'empty' | 'live' | 'stable' | 'other-sway' | 'dead';

const VARIABLES = ['SWAYSOCK', 'I3SOCK'] as const;

/** Check 2. @returns one finding per variable and place, and the D-Bus note; never throws. */
export async function checkEnvironment(ctx: DoctorContext): Promise<Found[]> {
  const live = await ctx.sway();
  const states = new Map<string, Promise<State>>();
  const stable = defaultStableSocket(ctx.options.runtimeDir);
  const classify = (value: string | undefined): Promise<State> => {
    if (value === undefined) return Promise.resolve('unset');
    if (value === '') return Promise.resolve('empty');
    if (value === live?.path) return Promise.resolve('live');
    if (!states.has(value)) {
      const state = sameSocketFile(value, stable)
        ? probeSocket(value, IPC_TIMEOUT_MS).then((p): State => (p.kind === 'listening' ? 'stable' : 'dead'))
        : validateSwaySocket(value, ctx.uid, IPC_TIMEOUT_MS).then((c): State => (c === null ? 'dead' : 'other-sway'));
      states.set(value, state);
    }
    return states.get(value)!;
  };
  const out: Found[] = [];
  const manager = await ctx.managerEnv();
  if (manager === null) out.push(error("the user manager's environment: no user manager answers `systemctl --user show-environment`", [], null));
  for (const name of VARIABLES) {
    if (manager !== null) out.push(judgeManager(name, manager[name], await classify(manager[name]), live?.path ?? null));
    out.push(judgeCaller(name, ctx.env[name], await classify(ctx.env[name]), live?.path ?? null));
  }
  out.push(info("dbus-daemon's activation environment (D-Bus-activated services) is not checked: no D-Bus call reads it back"));
  return out;
}

function judgeManager(name: string, value: string | undefined, state: State, live: string | null): Found {
  const where = `user manager: ${name}=${value ?? '(unset)'}`;
  const set = live ? `systemctl --user set-environment ${name}=${live}` : `systemctl --user unset-environment ${name}`;
  switch (state) {
    case 'live':
      return ok(`the user manager's ${name} is the live Sway's socket`, [where]);
    case 'stable':
      return ok(`the user manager's ${name} is the stable socket, which reaches the live Sway`, [where]);
    case 'unset':
      return live
        ? warning(
            `the user manager has no ${name} while Sway runs: services started now cannot find Sway through it`,
            [where],
            `${set} (the session starter should import it: \`exec swaysock session\`)`,
          )
        : ok(`the user manager has no ${name} (no Sway runs)`, [where]);
    case 'empty':
      return warning(`the user manager's ${name} is empty`, [where], set);
    case 'other-sway':
      return warning(`the user manager's ${name} names a live Sway other than the session's`, [where, `the session's Sway: ${live}`], set);
    case 'dead':
      return problem(`the user manager's ${name} is stale: nothing answers at ${value}; every service started now gets a dead socket`, [where], set);
  }
}

function judgeCaller(name: string, value: string | undefined, state: State, live: string | null): Found {
  const where = `this shell: ${name}=${value ?? '(unset)'}`;
  const set = live ? `export ${name}=${live}   # or: export ${name}=$(swaysock discover)` : `unset ${name}`;
  switch (state) {
    case 'live':
      return ok(`this shell's ${name} is the live Sway's socket`, [where]);
    case 'stable':
      return ok(`this shell's ${name} is the stable socket, which reaches the live Sway`, [where]);
    case 'unset':
      return ok(`this shell has no ${name} (normal outside Sway's own children)`, [where]);
    case 'empty':
      return warning(`this shell's ${name} is empty`, [where], set);
    case 'other-sway':
      return warning(`this shell's ${name} names a live Sway other than the session's`, [where, `the session's Sway: ${live}`], set);
    case 'dead':
      return warning(`this shell's ${name} is stale: nothing answers at ${value}`, [where], set);
  }
}
