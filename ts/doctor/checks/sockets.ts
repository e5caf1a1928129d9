/**
 * Check 6, stale sockets: the cleanup's own decision in a dry run (ts/cleanup; nothing removed,
 * no lock taken), and whether its timer is armed and how its last run ended.
 */
import { runCleanup } from '../../cleanup/run.js';
import { IPC_TIMEOUT_MS, type DoctorContext } from '../context.js';
import { error, ok, problem, warning, type Found } from '../types.js';

const ENABLE = 'systemctl --user enable --now swaysock-cleanup.timer (Nix: services.swaysock.enable = true installs it)';

/** Check 6. @returns its findings. @throws CleanupError when the runtime directory cannot be read. */
export async function checkSockets(ctx: DoctorContext): Promise<Found[]> {
  const [report, units] = await Promise.all([
    runCleanup({ runtimeDir: ctx.options.runtimeDir, uid: ctx.uid, dryRun: true, probeTimeoutMs: IPC_TIMEOUT_MS }),
    Promise.all([ctx.unit('swaysock-cleanup.timer'), ctx.unit('swaysock-cleanup.service')]).catch((err: Error) => err),
  ]);
  const out: Found[] = [];
  const stale = report.removed.map((e) => `${e.path}: ${e.reason}`);
  if (stale.length > 0)
    out.push(
      warning(
        `${stale.length} stale Sway socket(s) in ${report.runtime_dir}: clients that pick a socket by name may take a dead one`,
        stale,
        'swaysock cleanup   (the timer would remove them on its next run)',
      ),
    );
  else out.push(ok(`no stale Sway socket in ${report.runtime_dir}`));
  const unknown = report.kept.filter((k) => k.unknown).map((k) => `${k.path}: ${k.reason}`);
  if (unknown.length > 0) out.push(warning(`${unknown.length} socket(s) whose state could not be determined (kept)`, unknown, null));
  if (units instanceof Error) return [...out, error(`the cleanup timer's state: ${units.message}`, [], null)];
  const [timer, service] = units;
  const timerState = `swaysock-cleanup.timer: LoadState=${timer!.LoadState}, ActiveState=${timer!.ActiveState}, last trigger ${timer!.LastTriggerUSec || 'never'}`;
  if (timer!.LoadState !== 'loaded') out.push(warning('the cleanup timer is not installed', [timerState], ENABLE));
  else if (timer!.ActiveState !== 'active') out.push(problem('the cleanup timer is installed but not armed', [timerState], ENABLE));
  else out.push(ok('the cleanup timer is armed', [timerState]));
  const serviceState = `swaysock-cleanup.service: Result=${service!.Result}, exit status ${service!.ExecMainStatus}`;
  if (service!.LoadState === 'loaded' && (service!.ActiveState === 'failed' || service!.Result !== 'success')) {
    out.push(
      problem(
        'the last cleanup run failed',
        [serviceState],
        'see `systemctl --user status swaysock-cleanup.service`, then `systemctl --user reset-failed swaysock-cleanup.service`',
      ),
    );
  } else if (service!.LoadState === 'loaded') {
    out.push(ok('the last cleanup run (if any) succeeded', [serviceState]));
  }
  return out;
}
