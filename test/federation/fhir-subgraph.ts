import pino from 'pino';
import type { BackendSettings } from '../../src/config';
import type { Protection } from '../../src/server/protection/protection';
import { startService, type RunningService } from '../../src/server/service';
import type { GraphResponse } from '../server/test-graph';
import { openTestProtection } from '../server/test-protection';

export interface FhirSubgraphOptions {
  readonly gatewaySecret?: string;
  /** Defaults to true: `extensions.backend` sent. */
  readonly development?: boolean;
  /**
   * Defaults to protection off in development and to enforced protection
   * with the development token key in production.
   */
  readonly protection?: Protection;
}

/**
 * Starts our FHIR subgraph on a free port of 127.0.0.1 over `backends`,
 * with the gateway secret and mode of the test's choosing.
 */
export async function startFhirSubgraph(
  backends: BackendSettings,
  options: FhirSubgraphOptions = {},
): Promise<RunningService> {
  return startService({
    backends,
    logger: pino({ level: 'silent' }),
    settings: {
      host: '127.0.0.1',
      port: 0,
      development: options.development ?? true,
      requestTimeoutMs: 5000,
      cursorSecret: Buffer.alloc(32, 7),
      gatewaySecret: options.gatewaySecret,
    },
    client: { maxRetries: 0 },
    // Production refuses protection off, so it gets the real one.
    protection:
      options.protection ??
      (options.development === false
        ? await openTestProtection()
        : { kind: 'off' }),
  });
}

/** Sends one GraphQL operation with `headers` and returns the response. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: {
    readonly variables?: Record<string, unknown>;
    readonly headers?: Record<string, string>;
  } = {},
): Promise<GraphResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}
