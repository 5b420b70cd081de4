/** The p-th percentile (nearest rank) of a list of timings, rounded to 0.1 ms. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[rank] ?? 0) * 10) / 10;
}

/** Median, 95th percentile and maximum of a list of timings (ms, rounded to 0.1). */
export function summarise(values: number[]): { p50: number; p95: number; max: number; runs: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100), runs: values.length };
}
