/**
 * Check 4, services that talk to Sway but are not bound to its session: the processes connected
 * to Sway's IPC socket (ipc-peers.ts), by systemd unit, without Sway's own unit or scope and our
 * units; each unit not `PartOf=` (or `BindsTo=`) and `After=` `sway-session.target` is a problem,
 * with the fix for where the unit comes from (unit-origin.ts).
 */
import { UNITS } from '../../units/definitions.js';
import type { DoctorContext } from '../context.js';
import { socketPeers, type SocketPeer } from '../ipc-peers.js';
import { listProperty, showUnits } from '../systemd.js';
import { bindFix, unitOrigin } from '../unit-origin.js';
import { info, ok, problem, type Found } from '../types.js';

const TARGET = 'sway-session.target';

/** Check 4. @returns its findings. @throws when ss or systemctl fails (the runner reports it as an error). */
export async function checkClients(ctx: DoctorContext): Promise<Found[]> {
  const sway = await ctx.sway();
  if (!sway) return [info('no live Sway: no IPC clients to look at')];
  const swayUnit = await ctx.swayUnit();
  const peers = await socketPeers(sway.path, new Set([process.pid, ...(sway.pid === null ? [] : [sway.pid])]));
  const skip = new Set([...Object.keys(UNITS), ...(swayUnit ? [swayUnit] : [])]);
  const byUnit = new Map<string, SocketPeer[]>();
  const loose: SocketPeer[] = [];
  for (const p of peers) {
    if (p.unit === null) loose.push(p);
    else if (!skip.has(p.unit)) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), p]);
  }
  const out: Found[] = [];
  const units = [...byUnit.keys()].sort();
  const props = await showUnits(units, ['Id', 'LoadState', 'PartOf', 'BindsTo', 'After', 'FragmentPath']);
  const bound: string[] = [];
  const other: string[] = [];
  units.forEach((unit, i) => {
    const p = props[i]!;
    const procs = byUnit
      .get(unit)!
      .map((x) => `PID ${x.pid} (${x.comm})`)
      .join(', ');
    if (p.LoadState !== 'loaded') {
      other.push(`${unit}: ${procs}, not a unit of this user manager (a login session or a system service)`);
      return;
    }
    const partOf = [...listProperty(p, 'PartOf'), ...listProperty(p, 'BindsTo')].includes(TARGET);
    const after = listProperty(p, 'After').includes(TARGET);
    if (partOf && after) {
      bound.push(`${unit}: ${procs}`);
      return;
    }
    const missing = [partOf ? null : 'PartOf=', after ? null : 'After='].filter((m) => m !== null).join(' and ');
    out.push(
      problem(
        `${unit} talks to Sway but lacks ${missing}${TARGET}: it can start before Sway and outlive it, keeping a dead socket`,
        [
          `${unit}: ${procs} connected to ${sway.path}`,
          `PartOf=${p.PartOf || '(none)'}`,
          `After=${p.After || '(none)'}`,
          `unit file: ${p.FragmentPath || '(none)'}`,
        ],
        bindFix(unit, unitOrigin(p.FragmentPath ?? '')),
      ),
    );
  });
  const evidence = [
    `Sway's own unit: ${swayUnit ?? 'none'} (skipped, with ours)`,
    ...bound.map((b) => `bound: ${b}`),
    ...other,
    ...loose.map((p) => `PID ${p.pid} (${p.comm}): in no systemd unit`),
  ];
  if (out.length === 0)
    out.push(ok(units.length === 0 ? 'no other service holds a connection to Sway' : `every service connected to Sway is bound to ${TARGET}`, evidence));
  else out.push(info(`${peers.length} process(es) connected to Sway`, evidence));
  return out;
}
