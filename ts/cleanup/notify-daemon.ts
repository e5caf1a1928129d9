/**
 * Tells swaysock-healthd what a cleanup removed (`cleanup.removed`), so its health history
 * records it; the daemon is the only writer of that history. Best effort: no daemon, a refusal
 * or no answer within the timeout changes nothing about the cleanup.
 */
import { performance } from 'node:perf_hooks';
import { DaemonClient } from '../rpc/client.js';
import { defaultDaemonSocket, MAX_CLEANUP_REMOVALS } from '../rpc/protocol.js';
import type { Entry } from './run.js';

/** Whole budget of the report (connect and answer), in ms. */
export const REPORT_TIMEOUT_MS = 1000;

/**
 * Sends the removals to the daemon serving in `runtimeDir` (at most {@link MAX_CLEANUP_REMOVALS}: the method's limit).
 * @returns whether the daemon recorded them. Never throws.
 */
export async function reportRemovals(runtimeDir: string, removed: readonly Entry[], timeoutMs = REPORT_TIMEOUT_MS): Promise<boolean> {
  if (removed.length === 0) return true;
  let client: DaemonClient | null = null;
  try {
    const started = performance.now();
    client = await DaemonClient.connect(defaultDaemonSocket(runtimeDir), { timeoutMs });
    const params = { removed: removed.slice(0, MAX_CLEANUP_REMOVALS).map((e) => ({ path: e.path, reason: e.reason })) };
    await client.call('cleanup.removed', params, Math.max(1, timeoutMs - (performance.now() - started)));
    return true;
  } catch {
    return false;
  } finally {
    client?.close();
  }
}
