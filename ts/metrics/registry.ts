/**
 * swaysock-healthd's Prometheus metrics (prom-client, text exposition format 0.0.4), built from
 * the daemon's own figures when they are collected, so they agree with `get_socket_health` and
 * `daemon.status` by construction. This module is bundled on its own (dist/swaysock-metrics.mjs)
 * and loaded by the daemon only when metrics are first asked for (docs/metrics.md).
 *
 * Names follow Prometheus conventions: `swaysock_` prefix, base units (seconds), `_total` for
 * counters. The status is a gauge with a `state` label, one series per state (1 for the current
 * one), because the 0.0.4 format has no state set.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HealthStatus, SocketHealth } from '../rpc/health.js';
import type { RelayStatus } from '../rpc/relay.js';

/** `GET_VERSION` latency buckets in s: 10 µs to 1 s, 1-2.5-5 per decade. */
export const LATENCY_BUCKETS_S = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** The daemon's figures a collection reads. */
export interface MetricsSource {
  health(): SocketHealth;
  clients(): number;
  subscribers(): number;
  /** The `daemon.status` counters (requests, errors, clients_refused, clients_dropped, validations, ...). */
  counters(): Record<string, number>;
  /** The stable socket's figures (`daemon.status` `stable_socket`); null when the daemon serves none: then no such series. */
  stableSocket?: (() => RelayStatus) | null;
}

/** Counter name (without prefix and `_total`) and help, read from the `daemon.status` counter of the same name. */
const COUNTERS: [name: string, help: string][] = [
  ['validations', 'GET_VERSION validations run'],
  ['validation_failures', 'Validations that timed out or found the socket file gone or replaced'],
  ['environment_repairs', "Repairs of the user manager's SWAYSOCK/I3SOCK"],
  ['requests', 'JSON-RPC request lines received'],
  ['errors', 'JSON-RPC error responses sent'],
  ['clients_refused', 'Connections refused because --max-clients were connected'],
  ['clients_dropped', 'Clients dropped because they did not read their output'],
  ['cleanup_removals', 'Stale sockets swaysock-cleanup reported removing'],
];

const STATES: readonly HealthStatus[] = ['healthy', 'stale', 'disconnected'];

/** The registry and what feeds it. */
export interface DaemonMetrics {
  /** Records one answered `GET_VERSION` round trip, in ms. */
  observeLatency(ms: number): void;
  /** The exposition text (format 0.0.4). */
  text(): Promise<string>;
  /** Its HTTP `Content-Type`. */
  contentType: string;
}

/** Counters mirror the daemon's own totals: set to them at each collection. */
function setCounter(c: Counter, value: number): void {
  c.reset();
  c.inc(value);
}

/** The same for a counter with one label: each of its series set to its total. */
function setLabelled(c: Counter, series: [child: Counter.Internal, value: number][]): void {
  c.reset();
  for (const [child, value] of series) child.inc(value);
}

/** Builds the registry over `source`; every series exists from the start (labels bound ahead). */
export function createMetrics(source: MetricsSource): DaemonMetrics {
  const registry = new Registry();
  const registers = [registry];
  const status = new Gauge({ name: 'swaysock_status', help: 'Health of the Sway IPC socket: 1 for the current state', labelNames: ['state'], registers });
  const byState = new Map(STATES.map((s) => [s, status.labels({ state: s })]));
  const reconnections = new Counter({ name: 'swaysock_reconnections_total', help: 'Connections to Sway made after the first one', registers });
  const uptime = new Gauge({
    name: 'swaysock_connection_uptime_seconds',
    help: 'How long the current Sway connection has been up (0 while disconnected)',
    registers,
  });
  const clients = new Gauge({ name: 'swaysock_connected_clients', help: 'JSON-RPC clients connected', registers });
  const subscribers = new Gauge({ name: 'swaysock_subscribers', help: 'Clients subscribed to socket_health_changed', registers });
  const counters = COUNTERS.map(([name, help]) => [name, new Counter({ name: `swaysock_${name}_total`, help, registers })] as const);
  const latency = new Histogram({
    name: 'swaysock_validation_latency_seconds',
    help: 'GET_VERSION round trip of answered validations',
    buckets: LATENCY_BUCKETS_S,
    registers,
  });
  const collectRelay = source.stableSocket ? relayMetrics(source.stableSocket, registers) : null;

  const collect = (): void => {
    const h = source.health();
    for (const [s, child] of byState) child.set(s === h.status ? 1 : 0);
    setCounter(reconnections, h.reconnection_count);
    uptime.set(h.uptime_seconds);
    clients.set(source.clients());
    subscribers.set(source.subscribers());
    const totals = source.counters();
    for (const [name, c] of counters) setCounter(c, totals[name] ?? 0);
    collectRelay?.();
  };

  return {
    observeLatency: (ms) => latency.observe(ms / 1000),
    text: () => {
      collect();
      return registry.metrics();
    },
    contentType: registry.contentType,
  };
}

/**
 * The stable socket's series (docs/metrics.md), read from `status` at each collection.
 * @returns the collection step.
 */
function relayMetrics(status: () => RelayStatus, registers: Registry[]): () => void {
  const p = 'swaysock_stable_socket';
  const open = new Gauge({ name: `${p}_open_connections`, help: 'Relayed connections open now', registers });
  const waiting = new Gauge({ name: `${p}_waiting_clients`, help: 'Clients waiting now for a Sway or for room in its listen backlog', registers });
  const connections = new Counter({ name: `${p}_connections_total`, help: 'Clients paired with a Sway', registers });
  const waits = new Counter({
    name: `${p}_waits_total`,
    help: 'Clients that waited: for a Sway (reason no_sway) or for room in its listen backlog (reason backlog_full)',
    labelNames: ['reason'],
    registers,
  });
  const noSway = waits.labels({ reason: 'no_sway' });
  const backlogFull = waits.labels({ reason: 'backlog_full' });
  const retries = new Counter({ name: `${p}_backlog_retries_total`, help: "Connects that found Sway's listen backlog full (EAGAIN)", registers });
  const closed = new Counter({ name: `${p}_closed_without_sway_total`, help: 'Clients closed because no Sway came within the wait', registers });
  const bytes = new Counter({ name: `${p}_bytes_total`, help: 'Bytes relayed, by direction', labelNames: ['direction'], registers });
  const toSway = bytes.labels({ direction: 'to_sway' });
  const toClients = bytes.labels({ direction: 'to_client' });
  return () => {
    const s = status();
    open.set(s.connections);
    waiting.set(s.waiting);
    setCounter(connections, s.counters.connections);
    setLabelled(waits, [
      [noSway, s.counters.waited_for_sway],
      [backlogFull, s.counters.waited_for_backlog],
    ]);
    setCounter(retries, s.counters.backlog_retries);
    setCounter(closed, s.counters.closed_without_sway);
    setLabelled(bytes, [
      [toSway, s.counters.bytes_to_sway],
      [toClients, s.counters.bytes_to_clients],
    ]);
  };
}
