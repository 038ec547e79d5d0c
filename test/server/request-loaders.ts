import pino from 'pino';
import type { BackendSettings } from '../../src/config';
import { Deadline, FhirClient, RequestStats } from '../../src/fhir';
import {
  DEFAULT_LOADER_SETTINGS,
  RequestLoaders,
  type LoaderSettings,
} from '../../src/loaders';

export interface LoaderOptions {
  /** Overrides of the default loader settings, such as `maxUrlLength`. */
  readonly settings?: Partial<LoaderSettings>;
  /** The caller's access token, sent to backends that forward it. */
  readonly bearerToken?: string;
}

/** The loaders of one simulated GraphQL request and what they cost. */
export interface LoaderRequest {
  readonly loaders: RequestLoaders;
  /** Backend requests sent so far, by backend and by resource type. */
  readonly stats: RequestStats;
  close(): Promise<void>;
}

/**
 * Creates the DataLoaders of one request over a new FHIR client, without
 * the GraphQL server, so a test can call them key by key. Retries are off,
 * so each backend request is counted once.
 */
export function createRequestLoaders(
  backends: BackendSettings,
  options: LoaderOptions = {},
): LoaderRequest {
  const client = new FhirClient({
    backends,
    logger: pino({ level: 'silent' }),
    maxRetries: 0,
  });
  const stats = new RequestStats();
  const session = client.forRequest({
    deadline: Deadline.after(5000),
    stats,
    bearerToken: options.bearerToken,
  });
  const loaders = new RequestLoaders(client, session, {
    ...DEFAULT_LOADER_SETTINGS,
    ...options.settings,
  });
  return { loaders, stats, close: () => client.close() };
}
