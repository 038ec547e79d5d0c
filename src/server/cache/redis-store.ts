import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CacheStore } from './cache-store';

/**
 * Cache entries in Redis, shared by every replica. Keys are the prefix
 * plus the SHA-256 of the cache key, because backend URLs can be longer
 * than a key should be. Expiry is Redis's own (`SET ... PX`).
 */
export class RedisStore implements CacheStore {
  private constructor(
    private readonly client: Redis,
    private readonly keyPrefix: string,
    private readonly maxBytes: number,
  ) {}

  /** Connects to Redis at `url`; raises when it cannot be reached. */
  static async open(options: {
    readonly url: string;
    readonly keyPrefix: string;
    readonly maxBytes: number;
    readonly logger: Logger;
  }): Promise<RedisStore> {
    const client = new Redis(options.url, {
      lazyConnect: true,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 1,
      // While Redis is down a read fails at once and goes to the backend,
      // instead of waiting in ioredis's offline queue.
      enableOfflineQueue: false,
    });
    // Without a listener ioredis writes connection errors to the console.
    client.on('error', (error: Error) => {
      options.logger.warn({ error: error.message }, 'public cache Redis error');
    });
    await client.connect();
    return new RedisStore(client, options.keyPrefix, options.maxBytes);
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.client.get(this.redisKey(key));
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    if (Buffer.byteLength(value) > this.maxBytes) {
      return;
    }
    await this.client.set(this.redisKey(key), value, 'PX', ttlMs);
  }

  async close(): Promise<void> {
    await this.client.quit();
  }

  private redisKey(key: string): string {
    const digest = createHash('sha256').update(key).digest('hex');
    return `${this.keyPrefix}${digest}`;
  }
}
