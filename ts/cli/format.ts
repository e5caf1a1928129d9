/** Human-readable renderings of the daemon's answers. */
import type { SocketHealth } from '../rpc/health.js';

/** A few lines summarising a `get_socket_health` result. */
export function formatHealth(h: SocketHealth): string {
  const lines = [`Sway IPC socket: ${h.status}`];
  const sway = h.sway_version ? ` (Sway ${h.sway_version}${h.sway_pid ? `, PID ${h.sway_pid}` : ''})` : '';
  lines.push(`  socket:      ${h.socket_path ?? 'none found yet'}${sway}${h.status === 'disconnected' && h.socket_path ? ' [last known]' : ''}`);
  if (h.latency_ms !== null) lines.push(`  latency:     ${h.latency_ms} ms`);
  lines.push(`  validated:   ${h.last_validated ?? 'never'}`);
  lines.push(`  connected:   ${h.uptime_seconds} s, ${h.reconnection_count} reconnection${h.reconnection_count === 1 ? '' : 's'}`);
  const env = h.environment_swaysock === null ? 'unknown or unset' : `${h.environment_swaysock} (${h.environment_matches ? 'matches' : 'does NOT match'})`;
  lines.push(`  SWAYSOCK in the user manager: ${env}`);
  return `${lines.join('\n')}\n`;
}
