// Types of report.mjs for the TypeScript benchmarks.
/** One figure of a benchmark (see report.mjs). */
export interface Figure {
  figure: string;
  ours: number;
  unit: string;
  peer: { name: string; value: number } | null;
  goal: { ratio: number } | { below: number } | { atMost: number } | null;
}
export function record(f: Figure): { ratio: number | null; met: boolean | null };
export function formatValue(value: number, unit: string): string;
export function formatGoal(goal: Figure['goal'], unit: string): string;
export function formatMet(met: boolean | null): string;
