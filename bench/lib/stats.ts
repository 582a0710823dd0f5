/**
 * Summaries of benchmark samples. Percentiles are nearest-rank, so a p95 is always a latency that was
 * actually measured; the median of an even count is the mean of the middle two.
 */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The p-th percentile (0 < p ≤ 100) by nearest rank: the smallest sample with at least p% at or below it. */
export function percentile(xs: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`A percentile must be in (0, 100]; got ${p}.`);
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil((p / 100) * s.length) - 1]!;
}

export interface RunSample {
  /** Requests completed per second of wall time. */
  rps: number;
  p50: number;
  p95: number;
}

/** A load run's figures from its latencies (ms) and wall time (s). */
export function summarise(latenciesMs: readonly number[], wallS: number): RunSample {
  return { rps: wallS > 0 ? latenciesMs.length / wallS : NaN, p50: percentile(latenciesMs, 50), p95: percentile(latenciesMs, 95) };
}

/** The median over rounds of a ratio taken within each round (interleaved runs share conditions). */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('Ratios need as many samples on each side.');
  return median(a.map((x, i) => x / b[i]!));
}
