/** Check 1, Sway: is one running, which socket discovery picks, how many live Sways there are. */
import type { SwayCandidate } from '../../discovery/discover.js';
import type { DoctorContext } from '../context.js';
import { ok, warning, type Found } from '../types.js';

const describe = (c: SwayCandidate) => `${c.path}: Sway ${c.version.human_readable}${c.pid === null ? '' : `, PID ${c.pid} (${c.process})`}`;

/** Check 1. @returns its findings; never throws (discovery does not). */
export async function checkSway(ctx: DoctorContext): Promise<Found[]> {
  const d = await ctx.discovery();
  if (d.chosen === null) {
    return [
      warning(
        'no live Sway: no socket of ours answers GET_VERSION',
        [`scanned ${ctx.options.runtimeDir}/sway-ipc.${ctx.uid}.*.sock${ctx.env.SWAYSOCK ? ` and $SWAYSOCK=${ctx.env.SWAYSOCK}` : ''}`],
        'start Sway; the checks below that need it are skipped',
      ),
    ];
  }
  const evidence = d.candidates.map(describe);
  if (d.ambiguous) {
    return [
      warning(
        `${d.candidates.length} live Sways and nothing in the environment decides between them; clients pick the newest`,
        evidence,
        `set SWAYSOCK to the one you mean, e.g. \`systemctl --user set-environment SWAYSOCK=${d.chosen.path}\``,
      ),
    ];
  }
  const more = d.candidates.length > 1 ? ` (${d.candidates.length} live Sways; chosen by ${d.decidedBy})` : '';
  return [ok(`Sway ${d.chosen.version.human_readable} is running${more}; socket ${d.chosen.path}`, evidence)];
}
