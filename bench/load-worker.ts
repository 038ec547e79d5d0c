import autocannon from 'autocannon';
import { summarizeLatencies, type LatencySummary } from './stats';

/**
 * One load run: `connections` clients send `bodies` in turn until they
 * have sent `amount` requests, or for `durationSeconds` when that is set.
 */
export interface LoadJob {
  readonly url: string;
  /** JSON request bodies; each connection cycles through them. */
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly amount: number;
  readonly durationSeconds?: number | undefined;
}

export interface LoadResult {
  readonly latency: LatencySummary;
  /** Responses received, any status. */
  readonly completed: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly durationSeconds: number;
  /** Responses per second over the run. */
  readonly throughput: number;
}

export type LoadWorkerMessage =
  | { readonly kind: 'result'; readonly result: LoadResult }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Generates load with autocannon in a process of its own, so that the
 * load generator's CPU is neither the benchmark's nor the service's. It
 * runs each LoadJob it receives over IPC and replies with a LoadResult;
 * latencies come from every response (autocannon's `response` event), so
 * p95 is exact rather than read off autocannon's fixed percentiles.
 */
function main(): void {
  process.on('message', (job: LoadJob) => {
    runJob(job).then(
      (result) => process.send?.({ kind: 'result', result }),
      (error: unknown) =>
        process.send?.({ kind: 'failed', message: String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}

function runJob(job: LoadJob): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  let lastResponse = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        ...(job.durationSeconds === undefined
          ? { amount: job.amount }
          : { duration: job.durationSeconds }),
        timeout: 60,
        requests: job.bodies.map((body) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })),
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        // autocannon's own duration ends on its next one-second tick,
        // which overstates the length of a short run.
        const seconds = (lastResponse - started) / 1000;
        resolve({
          latency: summarizeLatencies(latencies),
          completed: latencies.length,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          durationSeconds: seconds,
          throughput: seconds > 0 ? latencies.length / seconds : Number.NaN,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastResponse = performance.now();
    });
  });
}

main();
