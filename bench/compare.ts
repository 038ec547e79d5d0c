import type { ModeName } from './modes';
import type { LoadRun, ModeResult, QueryResult } from './run-mode';
import { ratio } from './stats';

/**
 * How many times better the service is than another mode on one query,
 * so that a ratio above 1 always favours the service: the other mode's
 * backend requests, c=1 p50 latency and CPU per query over the service's,
 * and the service's throughput at the highest concurrency over the other
 * mode's. Null where either figure is missing or zero.
 */
export interface Comparison {
  readonly query: string;
  readonly against: ModeName;
  readonly backendRequests: number | null;
  readonly latencyP50: number | null;
  readonly throughput: number | null;
  readonly cpuMsPerQuery: number | null;
}

/** Compares the service with every other mode present, query by query. */
export function compareModes(modes: readonly ModeResult[]): Comparison[] {
  const service = modes.find((mode) => mode.mode === 'service');
  if (service === undefined) {
    return [];
  }
  const comparisons: Comparison[] = [];
  for (const other of modes) {
    if (other.mode === 'service') {
      continue;
    }
    for (const ours of service.queries) {
      const theirs = other.queries.find((q) => q.query === ours.query);
      if (theirs !== undefined) {
        comparisons.push(compareQuery(ours, theirs, other.mode));
      }
    }
  }
  return comparisons;
}

function compareQuery(
  ours: QueryResult,
  theirs: QueryResult,
  against: ModeName,
): Comparison {
  const ourLowest = lowestConcurrency(ours.runs);
  const theirLowest = lowestConcurrency(theirs.runs);
  const ourHighest = highestConcurrency(ours.runs);
  const theirHighest = highestConcurrency(theirs.runs);
  return {
    query: ours.query,
    against,
    backendRequests: ratio(
      theirs.probe.backendRequests,
      ours.probe.backendRequests,
    ),
    latencyP50: ratio(
      theirLowest?.reportedLatency.p50,
      ourLowest?.reportedLatency.p50,
    ),
    throughput: ratio(ourHighest?.throughput, theirHighest?.throughput),
    cpuMsPerQuery: ratio(
      theirHighest?.cpuMsPerQuery,
      ourHighest?.cpuMsPerQuery,
    ),
  };
}

/** Returns the run with the fewest connections. */
export function lowestConcurrency(
  runs: readonly LoadRun[],
): LoadRun | undefined {
  return [...runs].sort((a, b) => a.connections - b.connections)[0];
}

/** Returns the run with the most connections. */
export function highestConcurrency(
  runs: readonly LoadRun[],
): LoadRun | undefined {
  return [...runs].sort((a, b) => b.connections - a.connections)[0];
}
