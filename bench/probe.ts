import type { LatencyProxy } from './latency-proxy';
import { coveredTime, mean, percentile } from './stats';

/** Cost of one query in one mode, measured with sequential requests. */
export interface ProbeResult {
  readonly requests: number;
  /** Mean backend requests per query, as the response reports them. */
  readonly backendRequests: number;
  readonly maxBackendRequests: number;
  /** Mean requests per query that crossed the latency proxy. */
  readonly proxiedRequests: number;
  /** Median latency of these sequential requests, in ms. */
  readonly latencyP50: number;
  /**
   * Median of each request's latency less the time during which at least
   * one of its backend requests was open at the proxy, in ms: the time the
   * implementation adds over the backend's critical path, including the
   * two local HTTP hops. Null for modes that do not cross the proxy.
   */
  readonly addedOverBackendP50: number | null;
  /** Median time with a backend request open, in ms. */
  readonly backendCriticalPathP50: number | null;
  /** Backend requests of the first request by resource type, where the mode reports them. */
  readonly byResourceType: Readonly<Record<string, number>> | undefined;
  /** Distinct GraphQL error messages seen, at most three. */
  readonly errors: readonly string[];
  /** Responses whose `data` was null or missing. */
  readonly emptyResponses: number;
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string }>;
  extensions?: {
    backend?: {
      backendRequests?: number;
      byResourceType?: Record<string, number>;
    };
  };
}

/** Sends `count` unmeasured requests, so that the code they run is compiled. */
export async function warmUp(
  url: string,
  bodies: readonly string[],
  count: number,
): Promise<void> {
  for (let index = 0; index < count; index++) {
    await post(url, bodies[index % bodies.length] ?? '');
  }
}

/**
 * Sends `count` requests one after another, cycling through `bodies`, and
 * measures what each costs. The requests are sequential, so the proxy's
 * record of backend requests between the start and end of one request
 * belongs to that request.
 */
export async function probe(
  url: string,
  bodies: readonly string[],
  count: number,
  proxy: LatencyProxy | undefined,
): Promise<ProbeResult> {
  const latencies: number[] = [];
  const added: number[] = [];
  const critical: number[] = [];
  const backendRequests: number[] = [];
  const proxied: number[] = [];
  const errors = new Set<string>();
  let emptyResponses = 0;
  let byResourceType: Record<string, number> | undefined;
  for (let index = 0; index < count; index++) {
    const body = bodies[index % bodies.length] ?? '';
    proxy?.startRecording();
    const start = performance.now();
    const response = await post(url, body);
    const end = performance.now();
    const intervals = proxy?.stopRecording() ?? [];
    latencies.push(end - start);
    if (proxy !== undefined) {
      const covered = coveredTime(intervals, { start, end });
      critical.push(covered);
      added.push(end - start - covered);
    }
    proxied.push(intervals.length);
    backendRequests.push(response.extensions?.backend?.backendRequests ?? 0);
    byResourceType ??= response.extensions?.backend?.byResourceType;
    for (const error of response.errors ?? []) {
      if (errors.size < 3) {
        errors.add(error.message ?? 'error without a message');
      }
    }
    if (response.data == null) {
      emptyResponses++;
    }
  }
  return {
    requests: count,
    backendRequests: mean(backendRequests),
    maxBackendRequests: Math.max(...backendRequests),
    proxiedRequests: mean(proxied),
    latencyP50: percentile(latencies, 50),
    addedOverBackendP50: proxy ? percentile(added, 50) : null,
    backendCriticalPathP50: proxy ? percentile(critical, 50) : null,
    byResourceType,
    errors: [...errors],
    emptyResponses,
  };
}

async function post(url: string, body: string): Promise<GraphqlBody> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphqlBody;
  } catch {
    return {
      data: null,
      errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }],
    };
  }
}
