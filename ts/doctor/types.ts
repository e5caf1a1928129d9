/**
 * What `swaysock doctor` reports (docs/doctor.md, schemas/doctor.schema.json): each check gives
 * findings; each finding has a severity, the evidence it rests on and, unless all is well, the
 * exact command or Nix option that fixes it.
 */

/**
 * - `ok`: as it should be;
 * - `info`: a fact worth knowing that doctor does not judge (e.g. what it cannot read);
 * - `warning`: works, but fragile or worth a look (exit 0);
 * - `problem`: something is mis-wired now (exit 1);
 * - `error`: doctor could not inspect this (exit 2 when no problem was found).
 */
export type Severity = 'ok' | 'info' | 'warning' | 'problem' | 'error';

/** The checks, in the order they run and print. */
export const CHECK_IDS = ['sway', 'environment', 'target', 'clients', 'wanted', 'sockets', 'daemon', 'host'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Headings of the checks for the text output. */
export const CHECK_TITLES: Record<CheckId, string> = {
  sway: 'Sway',
  environment: 'SWAYSOCK / I3SOCK',
  target: 'sway-session.target',
  clients: 'Services talking to Sway',
  wanted: 'Wanted by the session, not running',
  sockets: 'Stale sockets',
  daemon: 'swaysock-healthd',
  host: 'Host',
};

/** One finding. */
export interface Finding {
  check: CheckId;
  severity: Severity;
  /** One line: what was found. */
  summary: string;
  /** What it rests on: paths, unit properties, command output (one fact per entry). */
  evidence: string[];
  /** The command or Nix option that fixes it; null when nothing needs fixing. */
  fix: string | null;
}

/** A finding without its check (a check's own functions build these). */
export type Found = Omit<Finding, 'check'>;

/** Shorthands for building {@link Found} values. */
export const ok = (summary: string, evidence: string[] = []): Found => ({ severity: 'ok', summary, evidence, fix: null });
export const info = (summary: string, evidence: string[] = []): Found => ({ severity: 'info', summary, evidence, fix: null });
export const error = (summary: string, evidence: string[], fix: string | null): Found => ({ severity: 'error', summary, evidence, fix });
export const warning = (summary: string, evidence: string[], fix: string | null): Found => ({ severity: 'warning', summary, evidence, fix });
export const problem = (summary: string, evidence: string[], fix: string | null): Found => ({ severity: 'problem', summary, evidence, fix });
