import type { BenchBackend } from './backend';
import type { LoadGenerator } from './load-generator';
import { formatNumber } from './markdown';
import type { LoadResult } from './load-worker';
import { MODES, type ModeName } from './modes';
import type { BenchOptions } from './options';
import { probe, warmUp, type ProbeResult } from './probe';
import { QUERIES, requestBodies, type QueryName } from './queries';
import { ServerProcess } from './server-process';
import type { LatencySummary } from './stats';

/** Unmeasured requests before a query's load runs, so that its code is compiled. */
const WARM_UP_REQUESTS = 4;

/** One load run of one query at one concurrency. */
export interface LoadRun extends LoadResult {
  readonly connections: number;
  /**
   * The latency reported for comparison: as measured, except for modes
   * that do not cross the proxy, which get their backend requests times
   * the mean delay added.
   */
  readonly reportedLatency: LatencySummary;
  /** Service process CPU time per completed query, in ms. */
  readonly cpuMsPerQuery: number;
}

export interface QueryResult {
  readonly query: QueryName;
  readonly probe: ProbeResult;
  readonly runs: readonly LoadRun[];
}

export interface ModeResult {
  readonly mode: ModeName;
  readonly queries: readonly QueryResult[];
  /** Largest RSS of the mode's process over its whole life, in bytes. */
  readonly peakRssBytes: number;
}

/**
 * Starts the mode's process, probes each query's cost with sequential
 * requests, then loads it at each concurrency, reading the process's CPU
 * time before and after each run.
 */
export async function runMode(
  mode: ModeName,
  options: BenchOptions,
  backend: BenchBackend,
  load: LoadGenerator,
  log: (line: string) => void,
): Promise<ModeResult> {
  const info = MODES.find((candidate) => candidate.name === mode);
  const server = await ServerProcess.start({
    mode,
    fhirBaseUrl: backend.fhirBaseUrl,
    publicCache: options.publicCache,
    members: { count: options.members, seed: options.seed },
  });
  try {
    const queries: QueryResult[] = [];
    for (const query of QUERIES) {
      const text = mode === 'medplum' ? query.fhir : query.service;
      const bodies = requestBodies(query, text);
      log(`${mode} ${query.name}`);
      await warmUp(server.url, bodies, WARM_UP_REQUESTS);
      const measured = await loadQuery(server, bodies, options, load, log);
      const proxy = info?.overNetwork ? backend.proxy : undefined;
      const probed = await probe(
        server.url,
        bodies,
        options.probeRequests,
        proxy,
      );
      log(
        `  sequential: ${formatNumber(probed.backendRequests)} backend requests, p50 ${formatNumber(probed.latencyP50)} ms, ${formatNumber(probed.addedOverBackendP50)} ms over the backend critical path${probed.errors.length ? `, errors: ${probed.errors.join(' | ')}` : ''}`,
      );
      const delayPerQuery = info?.overNetwork
        ? 0
        : probed.backendRequests * (options.delayMs + options.jitterMs / 2);
      const runs = measured.map((run) => ({
        ...run,
        reportedLatency: shift(run.latency, delayPerQuery),
      }));
      queries.push({ query: query.name, probe: probed, runs });
    }
    const stats = await server.stats();
    return { mode, queries, peakRssBytes: stats.maxRssBytes };
  } finally {
    await server.stop();
  }
}

/** Loads one query at each concurrency, reading the server's CPU time around each run. */
async function loadQuery(
  server: ServerProcess,
  bodies: readonly string[],
  options: BenchOptions,
  load: LoadGenerator,
  log: (line: string) => void,
): Promise<Array<Omit<LoadRun, 'reportedLatency'>>> {
  const runs: Array<Omit<LoadRun, 'reportedLatency'>> = [];
  for (const connections of options.concurrencies) {
    const before = await server.stats();
    const result = await load.run({
      url: server.url,
      bodies,
      connections,
      amount: Math.max(options.minRequests, options.rounds * connections),
      durationSeconds: options.durationSeconds,
    });
    const after = await server.stats();
    const cpuMsPerQuery =
      (after.cpuMs - before.cpuMs) / Math.max(1, result.completed);
    runs.push({ ...result, connections, cpuMsPerQuery });
    log(
      `  c=${connections}: ${formatNumber(result.throughput)} req/s, p50 ${formatNumber(result.latency.p50)} ms, p99 ${formatNumber(result.latency.p99)} ms, CPU ${formatNumber(cpuMsPerQuery)} ms/query${result.non2xx + result.errors > 0 ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ''}`,
    );
  }
  return runs;
}

/** Adds `ms` to every latency figure; percentiles move with a constant shift. */
function shift(latency: LatencySummary, ms: number): LatencySummary {
  return {
    count: latency.count,
    p50: latency.p50 + ms,
    p95: latency.p95 + ms,
    p99: latency.p99 + ms,
    max: latency.max + ms,
  };
}
