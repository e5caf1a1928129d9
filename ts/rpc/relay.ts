/**
 * The stable socket's own figures, as `daemon.status` reports them (`stable_socket`,
 * schemas/daemon-status.schema.json) and the `swaysock_stable_socket_*` metrics mirror them.
 */

/** Totals since the daemon started. Bytes are counted as they are handed to the other side. */
export interface RelayCounters {
  /** Clients paired with a Sway (relayed connections made). */
  connections: number;
  /** Clients that found no Sway to reach and waited for one. */
  waited_for_sway: number;
  /** Clients whose connect found Sway's listen backlog full and was queued until Sway accepted (connector.ts). */
  waited_for_backlog: number;
  /** Connect attempts that found that backlog full (EAGAIN), first attempts included. */
  backlog_retries: number;
  /** Clients closed (EOF) because no Sway came within the wait (`--stable-wait`). */
  closed_without_sway: number;
  /** Bytes forwarded from clients to Sway, what they sent while waiting included. */
  bytes_to_sway: number;
  /** Bytes forwarded from Sway to clients. */
  bytes_to_clients: number;
}

/** The stable socket now. */
export interface RelayStatus {
  /** Its path. */
  path: string;
  /** Relayed connections open now. */
  connections: number;
  /** Clients waiting now: for a Sway, or for room in its listen backlog. */
  waiting: number;
  counters: RelayCounters;
}
