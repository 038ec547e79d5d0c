import { loadApiKeyStoreSettings } from '../../auth';
import { ConfigError } from '../../errors';
import {
  DEFAULT_LIMITS,
  LIMIT_VARIABLES,
  type LimitSettings,
} from '../limits/limit-settings';
import { readBoolean, readInteger } from './env-values';

/** The store of the public cache's entries. */
export type PublicCacheStore =
  | { readonly kind: 'memory' }
  | {
      readonly kind: 'redis';
      readonly url: string;
      readonly keyPrefix: string;
    };

/** The shared cache of public directory and formulary reads. */
export interface PublicCacheSettings {
  /** Time to live of an entry, in milliseconds; 0 turns the cache off. */
  readonly ttlMs: number;
  /** Maximum number of entries in memory. */
  readonly maxEntries: number;
  /** Maximum bytes in memory, and the largest entry Redis is sent. */
  readonly maxBytes: number;
  readonly store: PublicCacheStore;
}

/** Settings of the operational features: limits, explorer, cache, probes. */
export interface OperationsSettings {
  readonly limits: LimitSettings;
  /** Whether the service executes introspection queries. */
  readonly introspection: boolean;
  /** Whether a browser's `GET /graphql` gets the GraphiQL explorer. */
  readonly graphiql: boolean;
  readonly publicCache: PublicCacheSettings;
  /** Time `/readyz` reuses a ready result, in milliseconds. */
  readonly readinessCacheMs: number;
  /** Deadline of each backend's `/metadata` request, in milliseconds. */
  readonly readinessTimeoutMs: number;
  /** Whether `/metrics` includes the Node.js process metrics. */
  readonly processMetrics: boolean;
}

const MAX_INT32 = 2 ** 31 - 1;

/**
 * Reads the operational settings from the environment. Introspection and
 * GraphiQL default to on in development and off in production, as Apollo
 * Server's introspection does; GraphiQL needs introspection to load the
 * schema, so turning on GraphiQL alone is an error.
 */
export function loadOperationsSettings(
  env: NodeJS.ProcessEnv,
  development: boolean,
): OperationsSettings {
  const introspection = readBoolean(env, 'INTROSPECTION', development);
  const graphiql = readBoolean(env, 'GRAPHIQL', introspection);
  if (graphiql && !introspection) {
    throw new ConfigError(
      'GRAPHIQL',
      'true while INTROSPECTION is false',
      'GRAPHIQL=false, or INTROSPECTION=true so GraphiQL can load the schema',
    );
  }
  return {
    limits: loadLimits(env),
    introspection,
    graphiql,
    publicCache: loadPublicCache(env),
    readinessCacheMs: readInteger(env, {
      name: 'READINESS_CACHE_MS',
      min: 0,
      max: 600_000,
      fallback: 5_000,
    }),
    readinessTimeoutMs: readInteger(env, {
      name: 'READINESS_TIMEOUT_MS',
      min: 100,
      max: 60_000,
      fallback: 2_000,
    }),
    processMetrics: true,
  };
}

/**
 * Returns the settings of a service started in code without `operations`,
 * as tests and tools do. These are the defaults of an empty environment
 * without process metrics and without the public cache, whose hits would
 * hide backend requests from the request counts.
 */
export function defaultOperationsSettings(
  development: boolean,
): OperationsSettings {
  const settings = loadOperationsSettings({}, development);
  const publicCache = { ...settings.publicCache, ttlMs: 0 };
  return { ...settings, publicCache, processMetrics: false };
}

function loadLimits(env: NodeJS.ProcessEnv): LimitSettings {
  const read = (limit: keyof LimitSettings): number =>
    readInteger(env, {
      name: LIMIT_VARIABLES[limit],
      min: 1,
      max: MAX_INT32,
      fallback: DEFAULT_LIMITS[limit],
    });
  return {
    maxDepth: read('maxDepth'),
    maxAliases: read('maxAliases'),
    maxRootFields: read('maxRootFields'),
    maxPageSize: read('maxPageSize'),
    maxCost: read('maxCost'),
  };
}

function loadPublicCache(env: NodeJS.ProcessEnv): PublicCacheSettings {
  const ttlMs = readInteger(env, {
    name: 'PUBLIC_CACHE_TTL_MS',
    min: 0,
    max: 86_400_000,
    fallback: 60_000,
  });
  const maxEntries = readInteger(env, {
    name: 'PUBLIC_CACHE_MAX_ENTRIES',
    min: 1,
    max: 10_000_000,
    fallback: 1_000,
  });
  const maxBytes = readInteger(env, {
    name: 'PUBLIC_CACHE_MAX_BYTES',
    min: 1024,
    max: 2 ** 40,
    fallback: 64 * 1024 ** 2,
  });
  // The API key settings validate REDIS_URL, which every Redis store shares.
  const shared = loadApiKeyStoreSettings(env);
  const keyPrefix = (env.PUBLIC_CACHE_KEY_PREFIX ?? '').trim();
  const store: PublicCacheStore =
    shared.kind === 'redis'
      ? {
          kind: 'redis',
          url: shared.url,
          keyPrefix: keyPrefix === '' ? 'fpg:public-cache:' : keyPrefix,
        }
      : { kind: 'memory' };
  return { ttlMs, maxEntries, maxBytes, store };
}
