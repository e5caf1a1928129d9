/**
 * Check 3, the target: `sway-session.target` active if and only if a Sway is alive, and who
 * starts it (wirings.ts): none, one, or several (which one stops it on a crash).
 */
import { IPC_TIMEOUT_MS, type DoctorContext } from '../context.js';
import { loadedConfig, type LoadedConfig } from '../loaded-config.js';
import { error, info, ok, problem, warning, type Found } from '../types.js';
import { recogniseStarters, removalHint, starterLabel, type Starter } from '../wirings.js';

const USE_SWAYSOCK =
  'put `exec swaysock session` in Sway\'s config (home-manager: services.swaysock.session.writeSwayConfig = true and services.swaysock.session.starter = "swaysock")';

/** Check 3. @returns its findings. @throws when systemctl fails (the runner reports it as an error). */
export async function checkTarget(ctx: DoctorContext): Promise<Found[]> {
  const [target, sway] = await Promise.all([ctx.target(), ctx.sway()]);
  const out: Found[] = [];
  const state = `sway-session.target: LoadState=${target.LoadState}, ActiveState=${target.ActiveState}`;
  if (target.LoadState !== 'loaded') {
    return [
      problem('sway-session.target is not installed', [state], 'install the units: `swaysock units --install --enable` (Nix: services.swaysock.enable = true)'),
    ];
  }
  const active = target.ActiveState === 'active';
  const swayState = sway ? `live Sway: ${sway.path}` : 'no live Sway';
  if (active && !sway) {
    out.push(
      problem(
        'sway-session.target is active but no Sway is alive: its services run without a compositor',
        [state, swayState],
        `systemctl --user stop sway-session.target; then ${USE_SWAYSOCK}, which stops it when Sway ends, crash included`,
      ),
    );
  } else if (!active && sway) {
    out.push(
      problem(
        'Sway runs but sway-session.target is not active: the services bound to it are not running',
        [state, swayState],
        "start the target from Sway's config; see the starters below",
      ),
    );
  } else {
    out.push(ok(active ? 'sway-session.target is active and Sway is alive' : 'sway-session.target is inactive and no Sway runs', [state, swayState]));
  }
  if (!sway) return out;

  let config: LoadedConfig;
  let uwsm: string[];
  try {
    config = await loadedConfig(sway, IPC_TIMEOUT_MS, ctx.env);
    uwsm = [...(await ctx.units()).values()].filter((u) => u.Id!.startsWith('wayland-wm@') && u.ActiveState === 'active').map((u) => u.Id!);
  } catch (err) {
    out.push(error(`could not read Sway's configuration: ${(err as Error).message}`, [], null));
    return out;
  }
  const includes = config.includes.map(
    (i) =>
      `${i.file}:${i.line}: ${i.text} -> ${i.files.length ? i.files.join(', ') : 'nothing'}${i.unresolved.length ? ` (unresolved: ${i.unresolved.join('; ')})` : ''}`,
  );
  if (includes.length)
    out.push(info(`Sway's config includes ${config.includes.length} line(s), read from disk now: they may have changed since Sway loaded them`, includes));
  out.push(judgeStarters(recogniseStarters(config.execs, uwsm), config.mainPath));
  return out;
}

function judgeStarters(starters: Starter[], mainPath: string): Found {
  const evidence = starters.flatMap((s) => s.evidence.map((e) => `${starterLabel(s)}: ${e}`));
  if (starters.length === 0) {
    return problem(`nothing in Sway's config (${mainPath} and its includes) starts sway-session.target, and no uwsm unit runs`, [], USE_SWAYSOCK);
  }
  if (starters.length > 1) {
    const crash = starters.map(
      (s) => `${starterLabel(s)} ${s.stopsOnCrash === null ? 'may or may not stop it' : s.stopsOnCrash ? 'stops it' : 'does not stop it'} when Sway crashes`,
    );
    const ours = starters.find((x) => x.name === 'swaysock');
    const fix = ours
      ? `keep swaysock, which stops the target on a crash, and remove the others: ${starters
          .filter((x) => x !== ours)
          .map(removalHint)
          .join('; ')}`
      : `keep one and remove the others (${starters.map(removalHint).join('; ')}); better, ${USE_SWAYSOCK} and remove them all`;
    return warning(`${starters.length} starters of sway-session.target: ${starters.map(starterLabel).join(' and ')}; ${crash.join('; ')}`, evidence, fix);
  }
  const s = starters[0]!;
  if (s.stopsOnCrash === false) {
    return warning(
      `sway-session.target is started by ${starterLabel(s)}, which does not stop it when Sway crashes`,
      evidence,
      `replace it: ${USE_SWAYSOCK}; ${removalHint(s)}`,
    );
  }
  return ok(`sway-session.target is started by ${starterLabel(s)}${s.stopsOnCrash ? ', which stops it when Sway ends, crash included' : ''}`, evidence);
}
