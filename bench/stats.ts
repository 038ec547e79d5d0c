/** Latency percentiles of one run, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * Returns the `p`-th percentile (0 < p ≤ 100) of `values` by the
 * nearest-rank method: the smallest value with at least p% of the values
 * at or below it. Returns NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) {
    throw new RangeError(`percentile must be in (0, 100], received ${p}`);
  }
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] ?? Number.NaN;
}

/** Summarises latencies (milliseconds) into p50, p95, p99 and max. */
export function summarizeLatencies(values: readonly number[]): LatencySummary {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/**
 * Returns `value / baseline`, or null when either is missing or the
 * baseline is not positive, so that a ratio is never Infinity or NaN.
 */
export function ratio(
  value: number | null | undefined,
  baseline: number | null | undefined,
): number | null {
  if (value == null || baseline == null) {
    return null;
  }
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) {
    return null;
  }
  return value / baseline;
}

/** A time interval `[start, end]` in milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Returns the length of the union of `intervals` clipped to `window`: the
 * time during which at least one of them was open. Overlapping backend
 * requests count once, which makes this the length of the backend's
 * critical path when the intervals are the backend requests of one query.
 */
export function coveredTime(
  intervals: readonly Interval[],
  window: Interval,
): number {
  const clipped = intervals
    .map((interval) => ({
      start: Math.max(interval.start, window.start),
      end: Math.min(interval.end, window.end),
    }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  let covered = 0;
  let openUntil = Number.NEGATIVE_INFINITY;
  for (const { start, end } of clipped) {
    if (end <= openUntil) {
      continue;
    }
    covered += end - Math.max(start, openUntil);
    openUntil = end;
  }
  return covered;
}

/** Returns the arithmetic mean, or NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
