/**
 * The text form of a doctor report: one group per check, each finding as a mark and a line,
 * its evidence indented, then its fix. ANSI colour only when asked (the CLI asks on a terminal
 * unless NO_COLOR is set).
 */
import type { DoctorReport } from './run.js';
import { CHECK_IDS, CHECK_TITLES, type Severity } from './types.js';

const MARK: Record<Severity, string> = { ok: 'ok', info: '--', warning: 'WARN', problem: 'PROBLEM', error: 'ERROR' };
const COLOUR: Record<Severity, string> = { ok: '32', info: '2', warning: '33', problem: '31;1', error: '35' };

/** Renders `report`; `colour` adds ANSI SGR sequences. */
export function formatReport(report: DoctorReport, colour: boolean): string {
  const paint = (code: string, s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const id of CHECK_IDS) {
    const findings = report.findings.filter((f) => f.check === id);
    if (findings.length === 0) continue;
    lines.push(paint('1', CHECK_TITLES[id]));
    for (const f of findings) {
      lines.push(`  ${paint(COLOUR[f.severity], `[${MARK[f.severity]}]`)} ${f.summary}`);
      for (const e of f.evidence) lines.push(`      ${paint('2', e)}`);
      if (f.fix !== null) lines.push(`      ${paint('36', 'fix:')} ${f.fix}`);
    }
    lines.push('');
  }
  const c = report.counts;
  const verdict =
    report.exit_code === 1
      ? paint(COLOUR.problem, `${c.problem} problem(s)`)
      : report.exit_code === 2
        ? paint(COLOUR.error, `no problem found, but ${c.error} check(s) could not run`)
        : paint(COLOUR.ok, 'no problem');
  lines.push(`${verdict}; ${c.warning} warning(s)`);
  return `${lines.join('\n')}\n`;
}
