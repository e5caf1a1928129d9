/**
 * Check 5, wanted but not running: while `sway-session.target` is active, each unit it wants
 * (Wants=, Requires=) that is inactive or failed, with systemd's reason: a failed start, a crash
 * loop (restarts), a missing unit, or a start job deleted to break an ordering cycle (named by
 * `systemd-analyze --user verify`, analyze.ts). A one-shot that ran and succeeded is fine; a
 * service that exited 0 by itself is a warning; one skipped by its conditions is noted.
 */
import type { DoctorContext } from '../context.js';
import { cycleLines, verifyUserUnits, type VerifyResult } from '../analyze.js';
import { listProperty, showUnits, type UnitProperties } from '../systemd.js';
import { info, ok, problem, warning, type Found } from '../types.js';

const PROPS = [
  'Id',
  'LoadState',
  'ActiveState',
  'SubState',
  'Result',
  'NRestarts',
  'Type',
  'ExecMainStatus',
  'ExecMainStartTimestampMonotonic',
  'ConditionResult',
  'ConditionTimestampMonotonic',
  'FragmentPath',
];
const RUNNING = new Set(['active', 'activating', 'reloading', 'deactivating']);

/** Check 5. @returns its findings. @throws when systemctl fails (the runner reports it as an error). */
export async function checkWanted(ctx: DoctorContext): Promise<Found[]> {
  const target = await ctx.target();
  if (target.ActiveState !== 'active') return [info('sway-session.target is not active: nothing it wants is expected to run')];
  const wanted = [...new Set([...listProperty(target, 'Wants'), ...listProperty(target, 'Requires')])].sort();
  const props = await showUnits(wanted, PROPS);
  const out: Found[] = [];
  const fine: string[] = [];
  let verified: Promise<VerifyResult> | undefined;
  // One verify for all: the target's start transaction holds every unit it wants.
  const verifyTarget = () => (verified ??= verifyUserUnits(['sway-session.target']));
  for (const [i, unit] of wanted.entries()) {
    const p = props[i]!;
    const finding = await judge(unit, p, verifyTarget);
    if (finding) out.push(finding);
    else fine.push(`${unit}: ${p.ActiveState}/${p.SubState}`);
  }
  if (out.length === 0) out.push(ok(`all ${wanted.length} unit(s) sway-session.target wants are running (or ran, for one-shots)`, fine));
  return out;
}

async function judge(unit: string, p: UnitProperties, verifyTarget: () => Promise<VerifyResult>): Promise<Found | null> {
  const state = `${unit}: LoadState=${p.LoadState}, ActiveState=${p.ActiveState}/${p.SubState}, Result=${p.Result}, NRestarts=${p.NRestarts ?? 0}`;
  if (p.LoadState === 'not-found') {
    return problem(
      `${unit} is wanted by sway-session.target but does not exist`,
      [state],
      `remove the wants link: \`systemctl --user disable ${unit}\` (or its line in sway-session.target.wants/), or install the unit`,
    );
  }
  if (RUNNING.has(p.ActiveState ?? '')) return null;
  const ran = Number(p.ExecMainStartTimestampMonotonic ?? 0) > 0;
  if (p.ActiveState === 'inactive' && p.Result === 'success' && ran) {
    if (p.Type === 'oneshot') return null;
    return warning(
      `${unit} is wanted by sway-session.target but exited by itself (status ${p.ExecMainStatus})`,
      [state],
      `if it should stay up, see \`journalctl --user -u ${unit}\`; a one-shot task should say Type=oneshot`,
    );
  }
  // ConditionResult is `no` also before any check: only a checked condition counts.
  if (p.ConditionResult === 'no' && Number(p.ConditionTimestampMonotonic ?? 0) > 0)
    return info(`${unit} is wanted by sway-session.target but was skipped: a Condition...= of it is not met`, [state]);
  const logs = `see \`systemctl --user status ${unit}\` and \`journalctl --user -u ${unit}\`, fix the cause, then \`systemctl --user reset-failed ${unit}; systemctl --user restart ${unit}\``;
  const restarts = Number(p.NRestarts ?? 0);
  if (p.ActiveState === 'failed' || p.Result !== 'success') {
    const loop = restarts > 0 || p.Result === 'start-limit-hit';
    const why = loop
      ? `a crash loop (restarted ${restarts} time(s), Result=${p.Result})`
      : `a failed start (Result=${p.Result}, exit status ${p.ExecMainStatus})`;
    return problem(`${unit} is wanted by sway-session.target but not running: ${why}`, [state], logs);
  }
  // The cycle shows only in the transaction that starts the target (the job systemd deleted was in it).
  const verify = await verifyTarget();
  const cycle = cycleLines(verify.lines, unit);
  if (cycle.length > 0) {
    return problem(
      `${unit} is wanted by sway-session.target but its start job was deleted to break an ordering cycle`,
      [state, ...cycle.map((l) => `systemd-analyze --user verify: ${l}`)],
      `break the cycle named above by dropping one of its orderings (\`systemctl --user cat ${unit}\`). The classic case, a unit enabled for graphical-session.target system-wide and redefined whole with After=sway-session.target: keep the vendor's unit and bind it with a drop-in (\`swaysock migrate ${unit}\`; home-manager: services.swaysock.sessionServices), or remove the system's wants link (NixOS: systemd.user.services.NAME.wantedBy = lib.mkForce [ ])`,
    );
  }
  return problem(
    `${unit} is wanted by sway-session.target but inactive, and systemd gives no failure`,
    [state, ...verify.lines.slice(0, 10).map((l) => `systemd-analyze --user verify: ${l}`)],
    `\`systemctl --user start ${unit}\`; if it does not stay up, ${logs}`,
  );
}
