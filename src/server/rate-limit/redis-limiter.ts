import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RateDecision, RateLimiter } from './limiter';
import type { BucketRule } from './settings';

export interface RedisRateLimiterOptions {
  /** redis:// or rediss:// URL. */
  readonly url: string;
  readonly rule: BucketRule;
  readonly logger: Logger;
  /** Prefix of every bucket key. Default `fpg:ratelimit:`. */
  readonly keyPrefix?: string;
}

// One token bucket as a hash {tokens, at}, refilled and taken from in one
// atomic step. Redis's own clock (TIME) is used, so replicas whose clocks
// differ still agree. The key expires once the bucket would be full again.
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
return {allowed, wait}
`;

// A failure is logged at most once per this many milliseconds.
const FAILURE_LOG_INTERVAL_MS = 10_000;

/**
 * Token buckets in Redis, shared by every replica. While Redis cannot be
 * reached, requests are allowed and the failure is logged: the limit
 * protects capacity, and public data stays available without it.
 */
export class RedisRateLimiter implements RateLimiter {
  private lastFailureLog = Number.NEGATIVE_INFINITY;

  private constructor(
    private readonly client: Redis,
    private readonly options: RedisRateLimiterOptions,
  ) {}

  /** Connects to Redis and returns the limiter. */
  static async open(
    options: RedisRateLimiterOptions,
  ): Promise<RedisRateLimiter> {
    const client = new Redis(options.url, {
      lazyConnect: true,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 1,
    });
    client.on('error', (error: Error) => {
      options.logger.warn({ error: error.message }, 'rate limit Redis error');
    });
    await client.connect();
    return new RedisRateLimiter(client, options);
  }

  async take(key: string): Promise<RateDecision> {
    const { rule, keyPrefix } = this.options;
    try {
      const [allowed, waitMs] = (await this.client.eval(
        TAKE_SCRIPT,
        1,
        `${keyPrefix ?? 'fpg:ratelimit:'}${key}`,
        rule.burst,
        rule.perMinute / 60_000,
      )) as [number, number];
      return allowed === 1
        ? { kind: 'allowed' }
        : { kind: 'limited', retryAfterSeconds: Math.ceil(waitMs / 1000) };
    } catch (error) {
      this.logFailure(error);
      return { kind: 'allowed' };
    }
  }

  async close(): Promise<void> {
    await this.client.quit();
  }

  private logFailure(error: unknown): void {
    const now = performance.now();
    if (now - this.lastFailureLog < FAILURE_LOG_INTERVAL_MS) {
      return;
    }
    this.lastFailureLog = now;
    const message = error instanceof Error ? error.message : String(error);
    this.options.logger.warn(
      { error: message },
      'rate limit check failed; request allowed',
    );
  }
}
