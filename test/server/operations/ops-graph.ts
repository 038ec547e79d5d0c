import pino, { type Logger } from 'pino';
import { loadBackendSettings, type BackendSettings } from '../../../src/config';
import type { FhirClientOptions } from '../../../src/fhir';
import {
  loadOperationsSettings,
  type OperationsSettings,
} from '../../../src/server/operations/settings';
import { startService, type RunningService } from '../../../src/server/service';
import type { GraphResponse } from '../test-graph';

export interface OpsGraph {
  readonly service: RunningService;
  /** `http://127.0.0.1:<port>`, the origin of every route. */
  readonly origin: string;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphResponse<T>>;
  close(): Promise<void>;
}

export interface OpsGraphOptions {
  /** Default: the sandbox at `sandboxBaseUrl`. */
  readonly backends?: BackendSettings;
  readonly sandboxBaseUrl?: string;
  /**
   * Overrides of the defaults of an empty environment, public cache
   * included, without process metrics.
   */
  readonly operations?: Partial<OperationsSettings>;
  readonly logger?: Logger;
  readonly development?: boolean;
  readonly client?: Partial<Omit<FhirClientOptions, 'backends' | 'logger'>>;
}

/**
 * Starts the service with PHI protection off and the given operational
 * settings, so a test can set a limit or a cache time to live directly.
 */
export async function startOpsGraph(
  options: OpsGraphOptions,
): Promise<OpsGraph> {
  const development = options.development ?? true;
  const backends =
    options.backends ??
    loadBackendSettings({}, { sandboxBaseUrl: options.sandboxBaseUrl });
  const service = await startService({
    backends,
    logger: options.logger ?? pino({ level: 'silent' }),
    settings: {
      host: '127.0.0.1',
      port: 0,
      development,
      requestTimeoutMs: 5000,
      cursorSecret: Buffer.alloc(32, 7),
      operations: {
        ...loadOperationsSettings({}, development),
        processMetrics: false,
        ...options.operations,
      },
    },
    client: { maxRetries: 0, ...options.client },
    protection: { kind: 'off' },
  });
  const origin = new URL(service.url).origin;
  return {
    service,
    origin,
    query: (query, variables, headers) =>
      postGraphQL(service.url, { query, variables }, headers),
    close: () => service.stop(),
  };
}

/** Sends one GraphQL request and returns the status, raw text and body. */
export async function postGraphQL<T>(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}
