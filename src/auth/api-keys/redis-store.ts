import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { hashApiKey } from './key';
import { RecordCache } from './record-cache';
import {
  newApiKey,
  toRecord,
  type ApiKeyRecord,
  type ApiKeyStore,
  type CreatedApiKey,
  type RevokeOutcome,
  type StoredApiKey,
} from './store';

export interface RedisApiKeyStoreOptions {
  /** redis:// or rediss:// URL. */
  readonly url: string;
  /** Prefix of every Redis key and of the channel. Default `fpg:apikeys:`. */
  readonly keyPrefix?: string;
  /** Milliseconds a found record is reused, at most 500. Default 250. */
  readonly cacheTtlMs?: number;
  readonly logger?: Logger;
}

const CONNECTION_OPTIONS = {
  lazyConnect: true,
  connectTimeout: 2_000,
  // Fail a lookup fast while Redis is down. Authentication then fails
  // closed with an internal error instead of hanging the request.
  maxRetriesPerRequest: 1,
};

/**
 * API keys in Redis, shared by every replica. Layout under the prefix:
 * `hash:<sha256>` contains the record as JSON, `id:<id>` the hash of that
 * key, and the list `ids` every id in creation order.
 *
 * Revocation reaches every replica within the cache TTL (at most 500 ms)
 * even without pub/sub. In addition, `revoke` publishes the id on the
 * channel `<prefix>revoked`, and each store evicts the record from its
 * cache on that message, so the other replicas usually reject the key
 * within a few milliseconds.
 */
export class RedisApiKeyStore implements ApiKeyStore {
  private constructor(
    private readonly client: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
    private readonly cache: RecordCache,
  ) {}

  /** Connects, subscribes to revocations and returns the store. */
  static async open(
    options: RedisApiKeyStoreOptions,
  ): Promise<RedisApiKeyStore> {
    const logger = options.logger ?? pino({ enabled: false });
    const prefix = options.keyPrefix ?? 'fpg:apikeys:';
    const cache = new RecordCache(options.cacheTtlMs ?? 250);
    const client = connect(options.url, logger, 'commands');
    const subscriber = connect(options.url, logger, 'revocations');
    const channel = `${prefix}revoked`;
    subscriber.on('message', (received: string, id: string) => {
      if (received === channel) cache.evict(id);
    });
    // Messages sent while the subscriber was disconnected are lost.
    subscriber.on('ready', () => cache.clear());
    try {
      await Promise.all([client.connect(), subscriber.connect()]);
      await subscriber.subscribe(channel);
    } catch (error) {
      client.disconnect();
      subscriber.disconnect();
      throw error;
    }
    return new RedisApiKeyStore(client, subscriber, prefix, cache);
  }

  async create(name: string): Promise<CreatedApiKey> {
    const { key, stored } = newApiKey(name, new Date());
    await this.client
      .multi()
      .set(this.hashKey(stored.hash), JSON.stringify(stored))
      .set(this.idKey(stored.id), stored.hash)
      .rpush(this.idsKey(), stored.id)
      .exec();
    return { key, record: toRecord(stored) };
  }

  async findByKey(key: string): Promise<ApiKeyRecord | undefined> {
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached !== undefined) {
      return cached;
    }
    const generation = this.cache.generation;
    const stored = parseStored(await this.client.get(this.hashKey(hash)));
    if (stored === undefined) {
      return undefined;
    }
    const record = toRecord(stored);
    this.cache.set(hash, record, generation);
    return record;
  }

  async revoke(id: string): Promise<RevokeOutcome> {
    const hash = await this.client.get(this.idKey(id));
    const stored = hash === null ? undefined : await this.readByHash(hash);
    if (hash === null || stored === undefined) {
      return { kind: 'not-found' };
    }
    if (stored.revokedAt !== undefined) {
      return { kind: 'already-revoked', record: toRecord(stored) };
    }
    const revoked = { ...stored, revokedAt: new Date().toISOString() };
    // Write before publishing, so a replica that refetches after the
    // message reads the revoked record.
    await this.client.set(this.hashKey(hash), JSON.stringify(revoked));
    this.cache.evict(id);
    await this.client.publish(`${this.prefix}revoked`, id);
    return { kind: 'revoked', record: toRecord(revoked) };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const ids = await this.client.lrange(this.idsKey(), 0, -1);
    if (ids.length === 0) {
      return [];
    }
    const hashes = await this.client.mget(ids.map((id) => this.idKey(id)));
    const present = hashes.filter((hash): hash is string => hash !== null);
    const texts =
      present.length === 0
        ? []
        : await this.client.mget(present.map((hash) => this.hashKey(hash)));
    return texts
      .map(parseStored)
      .filter((stored) => stored !== undefined)
      .map(toRecord);
  }

  async close(): Promise<void> {
    await Promise.all([this.client.quit(), this.subscriber.quit()]);
  }

  private async readByHash(hash: string): Promise<StoredApiKey | undefined> {
    return parseStored(await this.client.get(this.hashKey(hash)));
  }

  private hashKey(hash: string): string {
    return `${this.prefix}hash:${hash}`;
  }

  private idKey(id: string): string {
    return `${this.prefix}id:${id}`;
  }

  private idsKey(): string {
    return `${this.prefix}ids`;
  }
}

function connect(url: string, logger: Logger, role: string): Redis {
  const client = new Redis(url, CONNECTION_OPTIONS);
  // Without a listener ioredis writes connection errors to the console.
  client.on('error', (error: Error) => {
    logger.warn({ role, error: error.message }, 'API key store Redis error');
  });
  return client;
}

function parseStored(text: string | null): StoredApiKey | undefined {
  return text === null ? undefined : (JSON.parse(text) as StoredApiKey);
}
