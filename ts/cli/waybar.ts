/**
 * The socket health as a waybar custom module's JSON object (waybar-custom(5), `"return-type":
 * "json"`): `text` (the status), `alt` (the status, for `format-icons`), `tooltip`, `class` (the
 * status, for CSS) and `percentage` (100 healthy, 50 stale, 0 disconnected or no daemon).
 */
import type { HealthStatus, SocketHealth } from '../rpc/health.js';

export interface WaybarObject {
  text: string;
  alt: string;
  tooltip: string;
  class: string;
  percentage: number;
}

const PERCENTAGE: Record<HealthStatus, number> = { healthy: 100, stale: 50, disconnected: 0 };

/** The module's object for a health object. */
export function waybarHealth(h: SocketHealth): WaybarObject {
  const lines = [`Sway IPC: ${h.status}`, `socket: ${h.socket_path ?? 'none found yet'}${h.status === 'disconnected' && h.socket_path ? ' (last known)' : ''}`];
  if (h.sway_version !== null) lines.push(`Sway ${h.sway_version}${h.sway_pid === null ? '' : `, PID ${h.sway_pid}`}`);
  lines.push(`reconnections: ${h.reconnection_count}`);
  if (h.environment_matches !== null) lines.push(`user manager's SWAYSOCK ${h.environment_matches ? 'matches' : 'does NOT match'}`);
  return { text: h.status, alt: h.status, tooltip: lines.join('\n'), class: h.status, percentage: PERCENTAGE[h.status] };
}

/** The module's object while swaysock-healthd cannot be reached at `socketPath`. */
export function waybarUnreachable(socketPath: string, why: string): WaybarObject {
  return { text: 'no daemon', alt: 'unreachable', tooltip: `swaysock-healthd at ${socketPath}: ${why}`, class: 'unreachable', percentage: 0 };
}
