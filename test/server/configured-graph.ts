import pino from 'pino';
import type { BackendSettings } from '../../src/config';
import type { LoaderSettings } from '../../src/loaders';
import { startService } from '../../src/server/service';
import { postQuery, type TestGraph } from './test-graph';

export interface GraphOptions {
  readonly loaderSettings?: LoaderSettings;
  /** Deadline of each GraphQL request's backend calls, in milliseconds. */
  readonly requestTimeoutMs?: number;
}

/**
 * Starts the graph server on a free port over `backends`, like
 * `startTestGraph`, with a request deadline of the test's choosing, so a
 * test of a backend that never responds ends in well under a second.
 */
export async function startConfiguredGraph(
  backends: BackendSettings,
  options: GraphOptions = {},
): Promise<TestGraph> {
  const service = await startService({
    backends,
    logger: pino({ level: 'silent' }),
    loaderSettings: options.loaderSettings,
    settings: {
      host: '127.0.0.1',
      port: 0,
      development: true,
      requestTimeoutMs: options.requestTimeoutMs ?? 5000,
      cursorSecret: Buffer.alloc(32, 7),
    },
    client: { maxRetries: 0 },
    // These graphs test resolvers across many members; test/security
    // covers the protection.
    protection: { kind: 'off' },
  });
  return {
    url: service.url,
    service,
    query: (query, variables) => postQuery(service.url, query, variables),
    close: () => service.stop(),
  };
}
