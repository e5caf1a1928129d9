/**
 * Tells swaysock-healthd what a cleanup removed (`cleanup.removed`), so its health history
 * records it; the daemon is the only writer of that history. Best effort: no daemon, a refusal
 * or no answer within the timeout changes nothing about the cleanup.
 */
import { existsSync } from 'node:fs';
import { DaemonClient } from '../rpc/client.js';
import { defaultDaemonSocket } from '../paths/paths.js';
import { MAX_CLEANUP_REMOVALS } from '../rpc/protocol.js';
import type { Entry } from './run.js';

/** Whole budget of the report (connect and answer), in ms. */
export const REPORT_TIMEOUT_MS = 1000;

/**
 * Sends the removals to the daemon serving in `runtimeDir` (at most {@link MAX_CLEANUP_REMOVALS}: the method's limit).
 * @returns whether the daemon recorded them. Never throws.
 */
export async function reportRemovals(runtimeDir: string, removed: readonly Entry[], timeoutMs = REPORT_TIMEOUT_MS): Promise<boolean> {
  if (removed.length === 0) return true;
  const socket = defaultDaemonSocket(runtimeDir);
  // No socket file, no daemon: the connect() would fail with ENOENT after building a socket.
  if (!existsSync(socket)) return false;
  let client: DaemonClient | null = null;
  try {
    // process.uptime() is monotonic, like performance.now(), without loading node:perf_hooks.
    const started = process.uptime();
    client = await DaemonClient.connect(socket, { timeoutMs });
    const params = { removed: removed.slice(0, MAX_CLEANUP_REMOVALS).map((e) => ({ path: e.path, reason: e.reason })) };
    await client.call('cleanup.removed', params, Math.max(1, timeoutMs - (process.uptime() - started) * 1000));
    return true;
  } catch {
    return false;
  } finally {
    client?.close();
  }
}
