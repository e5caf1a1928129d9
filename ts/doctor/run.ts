/**
 * Runs every check of `swaysock doctor` at once (each read-only, each with a deadline) and
 * collects their findings in check order. A check that throws or misses its deadline gives one
 * `error` finding instead of stopping the others.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { SwaysockError } from '../errors/errors.js';
import { Deadline } from '../net/deadline.js';
import { checkClients } from './checks/clients.js';
import { checkDaemon } from './checks/daemon.js';
import { checkEnvironment } from './checks/environment.js';
import { checkHost } from './checks/host.js';
import { checkSockets } from './checks/sockets.js';
import { checkSway } from './checks/sway.js';
import { checkTarget } from './checks/target.js';
import { checkWanted } from './checks/wanted.js';
import { DoctorContext, type DoctorOptions } from './context.js';
import { CHECK_IDS, type CheckId, type Finding, type Found, type Severity } from './types.js';

/** Deadline of one check, in ms: above the sum of the timeouts of the calls it makes in turn (systemctl twice, then systemd-analyze). */
export const CHECK_DEADLINE_MS = 60_000;

const CHECKS: Record<CheckId, (ctx: DoctorContext) => Promise<Found[]>> = {
  sway: checkSway,
  environment: checkEnvironment,
  target: checkTarget,
  clients: checkClients,
  wanted: checkWanted,
  sockets: checkSockets,
  daemon: checkDaemon,
  host: checkHost,
};

/** Exit status: 0 nothing is a problem, 1 a problem was found, 2 doctor could not inspect something (and found no problem). */
export type DoctorExit = 0 | 1 | 2;

/** The `--json` document (schemas/doctor.schema.json). */
export interface DoctorReport {
  swaysock_version: string;
  runtime_dir: string;
  findings: Finding[];
  counts: Record<Severity, number>;
  exit_code: DoctorExit;
}

/** Runs `check`, turning a throw or a missed deadline into an `error` finding. */
async function guarded(id: CheckId, ctx: DoctorContext): Promise<Finding[]> {
  let deadline: Deadline | undefined;
  const late = new Promise<never>((_, reject) => {
    deadline = new Deadline(CHECK_DEADLINE_MS, () => reject(new SwaysockError('ERR_SWAYSOCK_CHECK_DEADLINE', `no result within ${CHECK_DEADLINE_MS} ms`)));
  });
  try {
    const found = await Promise.race([CHECKS[id](ctx), late]);
    return found.map((f) => ({ check: id, ...f }));
  } catch (err) {
    return [{ check: id, severity: 'error', summary: `doctor could not run this check: ${(err as Error).message}`, evidence: [], fix: null }];
  } finally {
    deadline?.cancel();
  }
}

/** Runs all checks. Never throws. */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const ctx = new DoctorContext(options);
  const findings = (await Promise.all(CHECK_IDS.map((id) => guarded(id, ctx)))).flat();
  const counts: Record<Severity, number> = { ok: 0, info: 0, warning: 0, problem: 0, error: 0 };
  for (const f of findings) counts[f.severity]++;
  const exit_code: DoctorExit = counts.problem > 0 ? 1 : counts.error > 0 ? 2 : 0;
  return { swaysock_version: packageJson.version, runtime_dir: options.runtimeDir, findings, counts, exit_code };
}
