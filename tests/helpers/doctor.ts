/**
 * `swaysock doctor --json` (dist/swaysock.cjs) run as the test user against a user manager, its
 * report checked against schemas/doctor.schema.json with ajv, and lookups of its findings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { DoctorReport } from '../../ts/doctor/run.js';
import type { CheckId, Finding, Severity } from '../../ts/doctor/types.js';
import { CLI } from './daemon.js';
import type { UserManager } from './user-manager.js';

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'doctor.schema.json'), 'utf8')),
);

/** One doctor run: its exit code, stderr and parsed report. */
export interface DoctorRun {
  code: number;
  stderr: string;
  report: DoctorReport;
}

/**
 * The report in `stdout` of `doctor --json`.
 * @throws Error when it is not JSON or does not match the schema (ajv's errors in the message).
 */
export function parseReport(stdout: string): DoctorReport {
  let report: DoctorReport;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`doctor --json printed no JSON: ${stdout}`);
  }
  if (!validate(report)) throw new Error(`doctor --json does not match its schema: ${JSON.stringify(validate.errors)}`);
  return report;
}

/** Runs `swaysock doctor --json` with the manager's environment plus `extraEnv`. @throws as {@link parseReport}. */
export async function runDoctor(um: UserManager, extraEnv: Record<string, string> = {}): Promise<DoctorRun> {
  const r = await um.run(process.execPath, [CLI, 'doctor', '--json'], { extraEnv, timeoutMs: 60_000 });
  return { code: r.code, stderr: r.stderr, report: parseReport(r.stdout) };
}

/** The findings of `check` with `severity`, whose summary matches `summary`. */
export function findings(report: DoctorReport, check: CheckId, severity: Severity, summary: RegExp): Finding[] {
  return report.findings.filter((f) => f.check === check && f.severity === severity && summary.test(f.summary));
}

/** Every problem and error, one line each (for assertion messages). */
export function problems(report: DoctorReport): string {
  return report.findings
    .filter((f) => f.severity === 'problem' || f.severity === 'error')
    .map((f) => `${f.check}: ${f.summary} [${f.evidence.join(' | ')}]`)
    .join('\n');
}
