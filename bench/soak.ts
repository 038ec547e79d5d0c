import type { BenchBackend } from './backend';
import type { LoadGenerator } from './load-generator';
import { describeMachine } from './machine';
import type { BenchOptions } from './options';
import { QUERIES, requestBodies } from './queries';
import type { RssSample, RunSettings, SoakReport } from './report-types';
import { ServerProcess } from './server-process';
import { evaluateSoak } from './targets';

const SOAK_CONNECTIONS = 16;
const SAMPLE_EVERY_MS = 10_000;

/**
 * Runs `options.soakSeconds` of mixed load (every canonical query, in
 * turn on each connection) on the service and samples its RSS every 10 s.
 * The start figure is the first sample after a tenth of the run (at most
 * 60 s), so that start-up growth (JIT, heap sizing, connection pools) is
 * not counted as growth under load.
 */
export async function runSoak(
  options: BenchOptions,
  settings: RunSettings,
  backend: BenchBackend,
  load: LoadGenerator,
  log: (line: string) => void,
): Promise<Omit<SoakReport, 'machine' | 'date' | 'startedAt'>> {
  const seconds = options.soakSeconds ?? 600;
  const server = await ServerProcess.start({
    mode: 'service',
    fhirBaseUrl: backend.fhirBaseUrl,
    publicCache: options.publicCache,
    members: { count: options.members, seed: options.seed },
  });
  try {
    const bodies = interleave(
      QUERIES.map((query) => requestBodies(query, query.service)),
    );
    const samples: RssSample[] = [];
    const started = performance.now();
    const timer = setInterval(() => {
      void server.stats().then((stats) => {
        const sample = {
          seconds: Math.round((performance.now() - started) / 1000),
          rssBytes: stats.rssBytes,
        };
        samples.push(sample);
        log(
          `  ${sample.seconds} s: RSS ${(stats.rssBytes / 2 ** 20).toFixed(0)} MiB`,
        );
      });
    }, SAMPLE_EVERY_MS);
    const result = await load
      .run({
        url: server.url,
        bodies,
        connections: SOAK_CONNECTIONS,
        amount: 0,
        durationSeconds: seconds,
      })
      .finally(() => clearInterval(timer));
    const end = await server.stats();
    samples.push({
      seconds: Math.round(result.durationSeconds),
      rssBytes: end.rssBytes,
    });
    const settled = Math.min(60, seconds / 10);
    const last = samples[samples.length - 1] as RssSample;
    const startSample =
      samples.find((sample) => sample.seconds >= settled) ?? last;
    return {
      kind: 'soak',
      loadAverageAtEnd: describeMachine().loadAverage,
      settings,
      connections: SOAK_CONNECTIONS,
      samples,
      startSample,
      load: result,
      target: evaluateSoak(startSample.rssBytes, end.rssBytes),
    };
  } finally {
    await server.stop();
  }
}

/** Takes one item of each list in turn, so that every query recurs evenly. */
function interleave(lists: ReadonlyArray<readonly string[]>): string[] {
  const longest = Math.max(...lists.map((list) => list.length));
  const result: string[] = [];
  for (let index = 0; index < longest; index++) {
    for (const list of lists) {
      const item = list[index % list.length];
      if (item !== undefined) {
        result.push(item);
      }
    }
  }
  return result;
}
