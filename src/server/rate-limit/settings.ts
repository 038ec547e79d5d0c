import { loadApiKeyStoreSettings } from '../../auth';
import { describeValue } from '../../config/describe-value';
import { ConfigError } from '../../errors';

/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface BucketRule {
  /** Bucket size: requests an address may send back to back. */
  readonly burst: number;
  /** Tokens added to the bucket per minute. */
  readonly perMinute: number;
}

/** The store of the buckets. */
export type RateLimitStore =
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly url: string };

/** Rate limit of anonymous callers, by client address. */
export interface RateLimitSettings {
  readonly rule: BucketRule;
  readonly store: RateLimitStore;
}

const PER_MINUTE = {
  name: 'RATE_LIMIT_ANONYMOUS_PER_MINUTE',
  fallback: 120,
  max: 1_000_000,
};
const BURST = {
  name: 'RATE_LIMIT_ANONYMOUS_BURST',
  fallback: 30,
  max: 100_000,
};

/**
 * Reads `RATE_LIMIT_ANONYMOUS_PER_MINUTE` (default 120) and
 * `RATE_LIMIT_ANONYMOUS_BURST` (default 30). The buckets are kept in Redis
 * when `REDIS_URL` is set, so every replica counts together, and in memory
 * otherwise.
 */
export function loadRateLimitSettings(
  env: NodeJS.ProcessEnv,
): RateLimitSettings {
  const rule = {
    perMinute: readPositiveInteger(env, PER_MINUTE),
    burst: readPositiveInteger(env, BURST),
  };
  // The API key settings validate REDIS_URL, which both stores share.
  const apiKeys = loadApiKeyStoreSettings(env);
  const store: RateLimitStore =
    apiKeys.kind === 'redis'
      ? { kind: 'redis', url: apiKeys.url }
      : { kind: 'memory' };
  return { rule, store };
}

function readPositiveInteger(
  env: NodeJS.ProcessEnv,
  variable: { name: string; fallback: number; max: number },
): number {
  const text = (env[variable.name] ?? '').trim();
  if (text === '') {
    return variable.fallback;
  }
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (value >= 1 && value <= variable.max) {
    return value;
  }
  throw new ConfigError(
    variable.name,
    `invalid value ${describeValue(text)}`,
    `an integer from 1 to ${variable.max}`,
  );
}
