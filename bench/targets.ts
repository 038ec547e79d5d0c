import { highestConcurrency } from './compare';
import type { ModeName } from './modes';
import type { BenchQuery } from './queries';
import type { ModeResult, QueryResult } from './run-mode';
import { ratio } from './stats';

/** A target with the figure measured for it; targets are reported, never asserted. */
export interface TargetResult {
  readonly target: string;
  /** The measured figure in words, such as "7 requests". */
  readonly measured: string;
  /** Null when the run lacks the modes or figures the target needs. */
  readonly pass: boolean | null;
}

/** Largest service time added over the backend's critical path, p50, in ms. */
export const MAX_ADDED_LATENCY_MS = 2;
/** Minimum factor by which batching must cut the member summary's backend requests. */
export const MIN_REQUEST_REDUCTION = 20;
/** Minimum factor by which the service must out-serve Medplum on the provider search. */
export const MIN_THROUGHPUT_FACTOR = 5;
/** Largest RSS growth over a soak run, as a fraction of the RSS at its start. */
export const MAX_SOAK_GROWTH = 0.1;

/** Evaluates the comparison run's targets. */
export function evaluateTargets(
  queries: readonly BenchQuery[],
  modes: readonly ModeResult[],
): TargetResult[] {
  const service = (name: string) => queryOf(modes, 'service', name);
  const results: TargetResult[] = [];
  for (const query of queries) {
    const ours = service(query.name);
    const requests = ours?.probe.maxBackendRequests;
    results.push({
      target: `${query.name}: backend requests <= levels (${query.levels})`,
      measured: requests === undefined ? 'not run' : `${requests} requests`,
      pass: requests === undefined ? null : requests <= query.levels,
    });
  }
  const reduction = ratio(
    queryOf(modes, 'unbatched', 'member-summary')?.probe.backendRequests,
    service('member-summary')?.probe.backendRequests,
  );
  results.push({
    target: `member-summary: at least ${MIN_REQUEST_REDUCTION}x fewer backend requests than batching off`,
    measured: reduction === null ? 'not run' : `${reduction.toFixed(1)}x fewer`,
    pass: reduction === null ? null : reduction >= MIN_REQUEST_REDUCTION,
  });
  for (const query of queries) {
    const added = service(query.name)?.probe.addedOverBackendP50;
    results.push({
      target: `${query.name}: added latency over the backend critical path, p50 <= ${MAX_ADDED_LATENCY_MS} ms`,
      measured: added == null ? 'not run' : `${added.toFixed(2)} ms`,
      pass: added == null ? null : added <= MAX_ADDED_LATENCY_MS,
    });
  }
  const ours = highestConcurrency(service('provider-search')?.runs ?? []);
  const medplum = highestConcurrency(
    queryOf(modes, 'medplum', 'provider-search')?.runs ?? [],
  );
  const factor = ratio(ours?.throughput, medplum?.throughput);
  results.push({
    target: `provider-search: throughput at least ${MIN_THROUGHPUT_FACTOR}x Medplum's (c=${ours?.connections ?? '?'})`,
    measured: factor === null ? 'not run' : `${factor.toFixed(2)}x`,
    pass: factor === null ? null : factor >= MIN_THROUGHPUT_FACTOR,
  });
  return results;
}

/** Evaluates the soak target from the RSS at the start and end of the run. */
export function evaluateSoak(startRss: number, endRss: number): TargetResult {
  const growth = ratio(endRss - startRss, startRss);
  return {
    target: `soak: RSS growth < ${MAX_SOAK_GROWTH * 100}%`,
    measured:
      growth === null
        ? `${formatMiB(startRss)} to ${formatMiB(endRss)}`
        : `${(growth * 100).toFixed(1)}% (${formatMiB(startRss)} to ${formatMiB(endRss)})`,
    pass: growth === null ? endRss <= startRss : growth < MAX_SOAK_GROWTH,
  };
}

/** Formats the target as one PASS, MISS or N/A line. */
export function formatTarget(result: TargetResult): string {
  let verdict = 'N/A ';
  if (result.pass !== null) {
    verdict = result.pass ? 'PASS' : 'MISS';
  }
  return `${verdict} ${result.target}: ${result.measured}`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function queryOf(
  modes: readonly ModeResult[],
  mode: ModeName,
  query: string,
): QueryResult | undefined {
  return modes
    .find((candidate) => candidate.mode === mode)
    ?.queries.find((candidate) => candidate.query === query);
}
