import { createServer } from 'node:net';
import type { Resource } from 'fhir/r4';
import pino from 'pino';
import type { BackendSettings } from '../../src/config';
import { loadBackendSettings } from '../../src/config';
import type { LoaderSettings } from '../../src/loaders';
import { loadSandboxData } from '../../src/sandbox/data/load';
import { startSandbox, type Sandbox } from '../../src/sandbox/server';
import { startService, type RunningService } from '../../src/server/service';

export interface GraphResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly text: string;
  readonly body: {
    data?: T | null;
    errors?: Array<{
      message: string;
      path?: ReadonlyArray<string | number>;
      extensions?: Record<string, unknown>;
    }>;
    extensions?: {
      backend?: {
        backendRequests: number;
        byResourceType: Record<string, number>;
      };
    };
  };
}

export interface TestGraph {
  readonly url: string;
  readonly service: RunningService;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphResponse<T>>;
  close(): Promise<void>;
}

export interface GraphOptions {
  readonly loaderSettings?: LoaderSettings;
  /**
   * Deadline of each GraphQL request's backend calls, in milliseconds, so a
   * test of a backend that never responds can end in well under a second.
   */
  readonly requestTimeoutMs?: number;
}

/** Starts the graph server on a free port over the given backends. */
export async function startTestGraph(
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

/** Sends one GraphQL operation and returns the status, raw text and body. */
export async function postQuery<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

export interface SandboxedGraph extends TestGraph {
  readonly sandbox: Sandbox;
  /** Every resource the sandbox serves. */
  readonly resources: readonly Resource[];
}

/**
 * Starts the sandbox with the default data (fixtures and 200 generated
 * members) plus `extra`, and the graph in front of it. `extra` is built
 * from the sandbox base URL, so crafted resources can hold absolute URLs.
 */
export async function startSandboxedGraph(
  extra: (baseUrl: string) => Resource[] = () => [],
): Promise<SandboxedGraph> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}/fhir/R4`;
  const data = await loadSandboxData();
  const resources = [...data.resources, ...extra(baseUrl)];
  const sandbox = await startSandbox({ resources, port });
  const backends = loadBackendSettings({}, { sandboxBaseUrl: sandbox.baseUrl });
  const graph = await startTestGraph(backends);
  return {
    ...graph,
    sandbox,
    resources,
    close: async () => {
      await graph.close();
      await sandbox.close();
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('no port assigned');
  }
  return address.port;
}
