/** One benchmark: runs, then returns rows for its table. Never asserts times. */
export interface Benchmark {
  name: string;
  /** What is measured and how, printed above the table. */
  description: string;
  run(): Promise<Array<Record<string, string | number>>>;
}

/** Percentile of a list of numbers (p in 0–100), nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Milliseconds with two decimals, for tables. */
export function ms(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Peak resident memory so far, in MiB. */
export function peakRssMiB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
