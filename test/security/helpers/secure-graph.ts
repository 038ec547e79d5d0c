import type { Resource } from 'fhir/r4';
import type { Logger } from 'pino';
import pino from 'pino';
import { loadBackendSettings, type BackendSettings } from '../../../src/config';
import { startService, type RunningService } from '../../../src/server/service';
import type { DefaultSandbox } from '../../server/default-sandbox';
import type { GraphResponse } from '../../server/test-graph';
import {
  openTestProtection,
  type EnforcedProtection,
  type TestProtectionOptions,
} from '../../server/test-protection';

/** Credentials and other headers of one request. */
export interface Caller {
  readonly token?: string;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SecureGraph {
  readonly url: string;
  readonly service: RunningService;
  readonly protection: EnforcedProtection;
  query<T = Record<string, unknown>>(
    query: string,
    caller?: Caller,
    variables?: Record<string, unknown>,
  ): Promise<GraphResponse<T>>;
  /** Registers an app and returns its API key. */
  registerApp(name: string): Promise<{ key: string; id: string }>;
  close(): Promise<void>;
}

export interface SecureGraphOptions extends TestProtectionOptions {
  readonly logger?: Logger;
  /** Development mode adds `extensions.backend` to responses. Default true. */
  readonly development?: boolean;
  /** Default: every resource type on the sandbox. */
  readonly backends?: BackendSettings;
}

/** Starts the service with enforced PHI protection over `sandbox`. */
export async function startSecureGraph(
  sandbox: DefaultSandbox,
  options: SecureGraphOptions = {},
): Promise<SecureGraph> {
  const protection = await openTestProtection(options);
  const service = await startService({
    backends:
      options.backends ??
      loadBackendSettings({}, { sandboxBaseUrl: sandbox.sandbox.baseUrl }),
    logger: options.logger ?? pino({ level: 'silent' }),
    settings: {
      host: '127.0.0.1',
      port: 0,
      development: options.development ?? true,
      requestTimeoutMs: 5000,
      cursorSecret: Buffer.alloc(32, 9),
    },
    client: { maxRetries: 0 },
    protection,
  });
  return {
    url: service.url,
    service,
    protection,
    query: (query, caller, variables) =>
      postAs(service.url, query, caller, variables),
    registerApp: async (name) => {
      const { key, record } = await protection.auth.apiKeys.create(name);
      return { key, id: record.id };
    },
    close: () => service.stop(),
  };
}

/** Sends one GraphQL operation with `caller`'s credentials. */
export async function postAs<T>(
  url: string,
  query: string,
  caller: Caller = {},
  variables?: Record<string, unknown>,
): Promise<GraphResponse<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...caller.headers,
  };
  if (caller.token !== undefined) {
    headers.authorization = `Bearer ${caller.token}`;
  }
  if (caller.apiKey !== undefined) {
    headers['x-api-key'] = caller.apiKey;
  }
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

/** Returns the resources of `resourceType` in `resources` that `match`. */
export function resourcesOf<T extends Resource>(
  resources: readonly Resource[],
  resourceType: T['resourceType'],
  match: (resource: T) => boolean = () => true,
): T[] {
  return resources.filter(
    (resource): resource is T =>
      resource.resourceType === resourceType && match(resource as T),
  );
}
