import pino from 'pino';
import type { BackendConfig, BackendSettings } from '../../../src/config';
import {
  Deadline,
  FhirClient,
  RequestStats,
  type FhirClientOptions,
  type FhirSession,
} from '../../../src/fhir';

export const silentLogger = pino({ level: 'silent' });

/** Returns a backend that serves every type and forwards the caller's token. */
export function defaultBackend(
  baseUrl: string,
  overrides: Partial<BackendConfig> = {},
): BackendConfig {
  return {
    name: 'default',
    baseUrl,
    resourceTypes: 'default',
    headers: {},
    forwardAuthorization: true,
    ...overrides,
  };
}

/** Builds settings with the routing table the config loader would build. */
export function settingsOf(backends: BackendConfig[]): BackendSettings {
  const routes = new Map<string, string>();
  let defaultBackend: string | undefined;
  for (const backend of backends) {
    if (backend.resourceTypes === 'default') {
      defaultBackend = backend.name;
    } else {
      backend.resourceTypes.forEach((type) => routes.set(type, backend.name));
    }
  }
  return { source: 'FHIR_BACKENDS', backends, routes, defaultBackend };
}

/** Creates a client with short, fixed backoff so tests run fast. */
export function testClient(
  backends: BackendConfig[],
  options: Partial<FhirClientOptions> = {},
): FhirClient {
  return new FhirClient({
    backends: settingsOf(backends),
    logger: silentLogger,
    retryBaseDelayMs: 10,
    retryMaxDelayMs: 50,
    random: () => 0.5,
    ...options,
  });
}

export interface TestSession {
  readonly session: FhirSession;
  readonly stats: RequestStats;
}

export function testSession(
  client: FhirClient,
  options: { timeoutMs?: number; bearerToken?: string } = {},
): TestSession {
  const stats = new RequestStats();
  const deadline = Deadline.after(options.timeoutMs ?? 5000);
  const session = client.forRequest({
    deadline,
    stats,
    ...(options.bearerToken === undefined
      ? {}
      : { bearerToken: options.bearerToken }),
  });
  return { session, stats };
}

/** Returns the error a promise rejects with, failing if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
