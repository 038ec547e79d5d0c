import { compareModes } from '../../bench/compare';
import type { ModeName } from '../../bench/modes';
import type { ProbeResult } from '../../bench/probe';
import type { BenchQuery } from '../../bench/queries';
import type { LoadRun, ModeResult } from '../../bench/run-mode';
import {
  evaluateSoak,
  evaluateTargets,
  formatTarget,
} from '../../bench/targets';

const LATENCY = { count: 10, p50: 100, p95: 120, p99: 130, max: 140 };

function run(connections: number, throughput: number, p50 = 100): LoadRun {
  const latency = { ...LATENCY, p50 };
  return {
    connections,
    latency,
    reportedLatency: latency,
    completed: 10,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    durationSeconds: 1,
    throughput,
    cpuMsPerQuery: 10,
  };
}

function probeOf(backendRequests: number, added: number | null): ProbeResult {
  return {
    requests: 5,
    backendRequests,
    maxBackendRequests: backendRequests,
    proxiedRequests: backendRequests,
    latencyP50: 100,
    addedOverBackendP50: added,
    backendCriticalPathP50: added === null ? null : 60,
    byResourceType: undefined,
    errors: [],
    emptyResponses: 0,
  };
}

function mode(
  name: ModeName,
  backendRequests: number,
  throughput: number,
  added: number | null = null,
): ModeResult {
  return {
    mode: name,
    peakRssBytes: 1,
    queries: [
      {
        query: 'member-summary',
        probe: probeOf(backendRequests, added),
        runs: [run(1, throughput / 4, 80), run(64, throughput)],
      },
      {
        query: 'provider-search',
        probe: probeOf(backendRequests, added),
        runs: [run(1, throughput / 4, 80), run(64, throughput)],
      },
    ],
  };
}

const QUERIES = [
  { name: 'member-summary', levels: 3 },
  { name: 'provider-search', levels: 3 },
] as unknown as BenchQuery[];

describe('evaluateTargets', () => {
  const results = evaluateTargets(QUERIES, [
    mode('service', 3, 60, 1.5),
    mode('unbatched', 90, 20, 1.5),
    mode('medplum', 4, 10),
  ]);
  const byTarget = (prefix: string) =>
    results.filter((result) => result.target.startsWith(prefix));

  it('compares backend requests with the levels', () => {
    expect(byTarget('member-summary: backend requests')[0]).toEqual({
      target: 'member-summary: backend requests <= levels (3)',
      measured: '3 requests',
      pass: true,
    });
  });

  it('reports the reduction against batching off', () => {
    const [reduction] = byTarget('member-summary: at least 20x');
    expect(reduction?.measured).toBe('30.0x fewer');
    expect(reduction?.pass).toBe(true);
  });

  it('checks the added latency', () => {
    const [added] = byTarget('member-summary: added latency');
    expect(added?.measured).toBe('1.50 ms');
    expect(added?.pass).toBe(true);
  });

  it('compares throughput with Medplum at the highest concurrency', () => {
    const [throughput] = byTarget('provider-search: throughput');
    expect(throughput?.target).toContain('(c=64)');
    expect(throughput?.measured).toBe('6.00x');
    expect(throughput?.pass).toBe(true);
  });

  it('gives N/A when a mode did not run', () => {
    const partial = evaluateTargets(QUERIES, [mode('service', 3, 60, 1.5)]);
    const throughput = partial.find((r) => r.target.includes('throughput'));
    expect(throughput?.pass).toBeNull();
    expect(throughput?.measured).toBe('not run');
  });
});

describe('evaluateSoak', () => {
  const MiB = 2 ** 20;

  it('passes growth under 10%', () => {
    const result = evaluateSoak(200 * MiB, 210 * MiB);
    expect(result.pass).toBe(true);
    expect(result.measured).toBe('5.0% (200 MiB to 210 MiB)');
  });

  it('misses growth of 10% or more', () => {
    expect(evaluateSoak(200 * MiB, 220 * MiB).pass).toBe(false);
  });
});

describe('formatTarget', () => {
  it.each([
    [true, 'PASS'],
    [false, 'MISS'],
    [null, 'N/A '],
  ])('marks pass %p as %s', (pass, verdict) => {
    expect(formatTarget({ target: 't', measured: 'm', pass })).toBe(
      `${verdict} t: m`,
    );
  });
});

describe('compareModes', () => {
  const comparisons = compareModes([
    mode('service', 3, 60),
    mode('medplum', 6, 15),
  ]);
  const [summary] = comparisons;

  it('compares every query against every other mode', () => {
    expect(comparisons.map((c) => [c.query, c.against])).toEqual([
      ['member-summary', 'medplum'],
      ['provider-search', 'medplum'],
    ]);
  });

  it('orients every ratio so above 1 favours the service', () => {
    expect(summary?.backendRequests).toBe(2);
    expect(summary?.throughput).toBe(4);
    expect(summary?.latencyP50).toBe(1);
    expect(summary?.cpuMsPerQuery).toBe(1);
  });

  it('returns nothing without the service', () => {
    expect(compareModes([mode('medplum', 6, 15)])).toEqual([]);
  });
});
