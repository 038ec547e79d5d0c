import type { Logger } from 'pino';
import { isPhiResourceType } from '../../auth';
import type { BackendCall } from '../../fhir/call';
import type { CachedResponse, ResponseCache } from '../../fhir/response-cache';
import type { CacheStore } from './cache-store';

// Resource types that wrap or describe other resources and are not data
// of their own; the resources inside them are checked one by one.
const CONTAINER_TYPES: ReadonlySet<string> = new Set([
  'Bundle',
  'OperationOutcome',
]);

// After a store failure, further failures are logged once a minute.
const ERROR_LOG_INTERVAL_MS = 60_000;

export interface PublicCacheOptions {
  readonly store: CacheStore;
  readonly ttlMs: number;
  readonly logger: Logger;
  readonly onLookup?: (result: 'hit' | 'miss' | 'error') => void;
}

/**
 * The shared cache of public Provider Directory and Drug Formulary reads
 * (see `PUBLIC_RESOURCE_TYPES`), keyed by the backend URL. It keeps a
 * response only when the call's resource type is public and no resource in
 * the body, `_include`d and contained ones too, is PHI. The FHIR client
 * asks it only for GET requests that forward no Authorization header. A
 * failing store is a miss, never a failed request.
 */
export class PublicCache implements ResponseCache {
  private lastErrorLog = Number.NEGATIVE_INFINITY;
  private suppressedErrors = 0;

  constructor(private readonly options: PublicCacheOptions) {}

  async get(
    url: string,
    call: BackendCall,
  ): Promise<CachedResponse | undefined> {
    if (!isPublicCall(call)) {
      return undefined;
    }
    let stored: CachedResponse | undefined;
    try {
      const text = await this.options.store.get(url);
      stored = text === undefined ? undefined : parseStored(text);
    } catch (error) {
      this.options.onLookup?.('error');
      this.logError(error, 'read');
      return undefined;
    }
    this.options.onLookup?.(stored === undefined ? 'miss' : 'hit');
    return stored;
  }

  async set(
    url: string,
    call: BackendCall,
    response: CachedResponse,
    json: object,
  ): Promise<void> {
    if (!isPublicCall(call) || containsPhi(json)) {
      return;
    }
    try {
      const text = JSON.stringify(response);
      await this.options.store.set(url, text, this.options.ttlMs);
    } catch (error) {
      this.logError(error, 'write');
    }
  }

  close(): Promise<void> {
    return this.options.store.close();
  }

  private logError(error: unknown, action: 'read' | 'write'): void {
    const now = performance.now();
    if (now - this.lastErrorLog < ERROR_LOG_INTERVAL_MS) {
      this.suppressedErrors += 1;
      return;
    }
    this.options.logger.warn(
      { err: error, action, suppressedErrors: this.suppressedErrors },
      'public cache store failed; reading from the backend',
    );
    this.lastErrorLog = now;
    this.suppressedErrors = 0;
  }
}

function parseStored(text: string): CachedResponse {
  const value = JSON.parse(text) as Partial<CachedResponse>;
  if (typeof value.status !== 'number' || typeof value.body !== 'string') {
    throw new Error('invalid public cache entry: expected status and body');
  }
  return {
    status: value.status,
    contentType: value.contentType,
    body: value.body,
  };
}

function isPublicCall(call: BackendCall): boolean {
  return (
    call.resourceType !== undefined && !isPhiResourceType(call.resourceType)
  );
}

/**
 * Returns true when any object in `value` with a `resourceType` is of a PHI
 * type. Only resources carry `resourceType`, so this finds every resource
 * at any depth: Bundle entries, contained resources, nested Bundles.
 */
export function containsPhi(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.some(containsPhi);
  }
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const type: unknown = Reflect.get(value, 'resourceType');
  if (
    typeof type === 'string' &&
    !CONTAINER_TYPES.has(type) &&
    isPhiResourceType(type)
  ) {
    return true;
  }
  return Object.values(value).some(containsPhi);
}
