import {
  coveredTime,
  mean,
  percentile,
  ratio,
  summarizeLatencies,
} from '../../bench/stats';

describe('percentile', () => {
  const values = [15, 20, 35, 40, 50];

  it.each([
    [5, 15],
    [30, 20],
    [40, 20],
    [50, 35],
    [100, 50],
  ])('returns the nearest-rank %i-th percentile', (p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('ignores input order', () => {
    expect(percentile([50, 15, 40, 20, 35], 50)).toBe(35);
  });

  it('returns NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it.each([0, -1, 101, Number.NaN])('rejects percentile %p', (p) => {
    expect(() => percentile(values, p)).toThrow(
      `percentile must be in (0, 100], received ${p}`,
    );
  });
});

describe('summarizeLatencies', () => {
  it('reports p50, p95, p99 and max', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(summarizeLatencies(values)).toEqual({
      count: 100,
      p50: 50,
      p95: 95,
      p99: 99,
      max: 100,
    });
  });

  it('reports NaN figures for no values', () => {
    const summary = summarizeLatencies([]);
    expect(summary.count).toBe(0);
    expect(summary.p50).toBeNaN();
    expect(summary.max).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides the value by the baseline', () => {
    expect(ratio(40, 8)).toBe(5);
  });

  it.each([
    [1, 0],
    [1, -2],
    [null, 2],
    [2, undefined],
    [Number.NaN, 2],
    [2, Number.POSITIVE_INFINITY],
  ])('returns null for %p over %p', (value, baseline) => {
    expect(ratio(value, baseline)).toBeNull();
  });
});

describe('coveredTime', () => {
  const window = { start: 0, end: 100 };

  it('counts overlapping intervals once', () => {
    const intervals = [
      { start: 10, end: 30 },
      { start: 20, end: 40 },
      { start: 35, end: 38 },
    ];
    expect(coveredTime(intervals, window)).toBe(30);
  });

  it('adds disjoint intervals', () => {
    const intervals = [
      { start: 50, end: 70 },
      { start: 10, end: 30 },
    ];
    expect(coveredTime(intervals, window)).toBe(40);
  });

  it('clips intervals to the window', () => {
    const intervals = [
      { start: -10, end: 10 },
      { start: 90, end: 120 },
      { start: 150, end: 160 },
    ];
    expect(coveredTime(intervals, window)).toBe(20);
  });

  it('returns 0 for no intervals', () => {
    expect(coveredTime([], window)).toBe(0);
  });
});

describe('mean', () => {
  it('averages the values', () => {
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('returns NaN for no values', () => {
    expect(mean([])).toBeNaN();
  });
});
