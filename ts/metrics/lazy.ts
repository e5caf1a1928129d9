/**
 * The daemon's metrics, loaded when first asked for: prom-client's import costs more than the rest
 * of the daemon's start-up, so registry.ts is a bundle of its own (dist/swaysock-metrics.mjs,
 * scripts/build.mjs) that a daemon nobody scrapes never loads (docs/metrics.md).
 */
import type { DaemonMetrics, MetricsSource } from './registry.js';

/** Metrics that load on the first {@link LazyMetrics.load}. */
export interface LazyMetrics {
  /** Loads prom-client and builds the registry once; later calls give the same. */
  load(): Promise<DaemonMetrics>;
  /** The metrics once loaded; null before (a validation then records nothing: no series yet). */
  current(): DaemonMetrics | null;
}

/** Metrics over `source`, not loaded yet. */
export function lazyMetrics(source: MetricsSource): LazyMetrics {
  let metrics: DaemonMetrics | null = null;
  let loading: Promise<DaemonMetrics> | null = null;
  return {
    load: () =>
      (loading ??= import('./registry.js').then(({ createMetrics }) => {
        metrics = createMetrics(source);
        return metrics;
      })),
    current: () => metrics,
  };
}
