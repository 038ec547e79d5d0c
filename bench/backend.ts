import { loadSandboxData } from '../src/sandbox/data/load';
import { SANDBOX_BASE_PATH, startSandbox } from '../src/sandbox/server';
import { startLatencyProxy, type LatencyProxy } from './latency-proxy';
import type { BenchOptions } from './options';

/** The sandbox FHIR server behind the latency proxy. */
export interface BenchBackend {
  /** FHIR base URL through the proxy. */
  readonly fhirBaseUrl: string;
  readonly proxy: LatencyProxy;
  /** Resources loaded, per resource type. */
  readonly countsByType: Readonly<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Loads the example data and `options.members` generated members into the
 * sandbox on a free port, and starts the latency proxy in front of it.
 */
export async function startBenchBackend(
  options: BenchOptions,
): Promise<BenchBackend> {
  const data = await loadSandboxData({
    members: { count: options.members, seed: options.seed },
  });
  const sandbox = await startSandbox({ resources: data.resources, port: 0 });
  const proxy = await startLatencyProxy({
    upstreamOrigin: new URL(sandbox.baseUrl).origin,
    delayMs: options.delayMs,
    jitterMs: options.jitterMs,
  });
  return {
    fhirBaseUrl: `${proxy.origin}${SANDBOX_BASE_PATH}`,
    proxy,
    countsByType: data.countsByType,
    close: async () => {
      await proxy.close();
      await sandbox.close();
    },
  };
}
