/** Order statistics for benchmark samples (ms), and how round trips of two peers are sampled fairly. */
import { performance } from 'node:perf_hooks';

/** The q-quantile (0..1) of `samples` by nearest rank. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** "label: p50 X ms, p99 Y ms" with 3 decimals. */
export function describe(label: string, samples: number[]): string {
  return `${label}: p50 ${quantile(samples, 0.5).toFixed(4)} ms, p99 ${quantile(samples, 0.99).toFixed(3)} ms (n=${samples.length})`;
}

/**
 * `n` round trips of each (durations in ms), in alternating blocks of 500 after a warm-up, so that both see the same
 * machine (load from other processes drifts over a run; measured one after the other, the ratio
 * swung from 1.3x to 3.7x between runs here).
 */
export async function interleaved(n: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  const samples: [number[], number[]] = [[], []];
  const fns = [a, b];
  for (let i = 0; i < 500; i++) await Promise.all([a(), b()]);
  for (let block = 0; block < (2 * n) / 500; block++) {
    const which = block % 2;
    for (let i = 0; i < 500; i++) {
      const t0 = performance.now();
      await fns[which]!();
      samples[which]!.push(performance.now() - t0);
    }
  }
  return samples;
}
