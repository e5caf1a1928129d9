/**
 * Tells swaysock-healthd what a cleanup removed (`cleanup.removed`), so its health history
 * records it; the daemon is the only writer of that history. Best effort: no daemon, a refusal
 * or no answer within the timeout changes nothing about the cleanup.
 */
import { DaemonClient } from '../rpc/client.js';
import { defaultDaemonSocket } from '../rpc/socket-path.js';
import type { Entry } from './run.js';

/** Whole budget of the report (connect and answer), in ms. */
export const REPORT_TIMEOUT_MS = 1000;

/**
 * Sends the removals to the daemon serving in `runtimeDir` (at most 256: the method's limit).
 * @returns whether the daemon recorded them. Never throws.
 */
export async function reportRemovals(runtimeDir: string, removed: readonly Entry[], timeoutMs = REPORT_TIMEOUT_MS): Promise<boolean> {
  if (removed.length === 0) return true;
  let client: DaemonClient | null = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    });
    client = await Promise.race([DaemonClient.connect(defaultDaemonSocket(runtimeDir), timeoutMs), deadline]);
    const params = { removed: removed.slice(0, 256).map((e) => ({ path: e.path, reason: e.reason })) };
    await Promise.race([client.call('cleanup.removed', params), deadline]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    client?.close();
  }
}
