import type { Logger } from 'pino';
import { MemoryRateLimiter } from './memory-limiter';
import { RedisRateLimiter } from './redis-limiter';
import type { RateLimitSettings } from './settings';

/** Whether one more request of a caller may run now. */
export type RateDecision =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'limited'; readonly retryAfterSeconds: number };

/** Token buckets by key, such as the client address. */
export interface RateLimiter {
  /** Takes one token from the bucket of `key`. */
  take(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

/** Opens the rate limiter that `settings` names. */
export async function openRateLimiter(
  settings: RateLimitSettings,
  logger: Logger,
): Promise<RateLimiter> {
  const { rule, store } = settings;
  switch (store.kind) {
    case 'memory':
      return new MemoryRateLimiter(rule);
    case 'redis':
      return RedisRateLimiter.open({ url: store.url, rule, logger });
    default:
      return assertNever(store);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected rate limit store ${JSON.stringify(value)}`);
}
