/** Order statistics for benchmark samples (ms). */

/** The q-quantile (0..1) of `samples` by nearest rank. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** "label: p50 X ms, p99 Y ms" with 3 decimals. */
export function describe(label: string, samples: number[]): string {
  return `${label}: p50 ${quantile(samples, 0.5).toFixed(4)} ms, p99 ${quantile(samples, 0.99).toFixed(3)} ms (n=${samples.length})`;
}
