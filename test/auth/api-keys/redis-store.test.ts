import { Redis } from 'ioredis';
import { hashApiKey } from '../../../src/auth/api-keys/key';
import { RedisApiKeyStore } from '../../../src/auth/api-keys/redis-store';
import { verifyApiKey } from '../../../src/auth/api-keys/verify';
import { ServiceError } from '../../../src/errors';
import { captureLogs } from '../helpers/log-capture';
import { deleteKeys, REDIS_URL, uniquePrefix } from '../helpers/redis';
import { describeStoreContract } from '../helpers/store-contract';

let prefix: string;

beforeEach(() => {
  prefix = uniquePrefix();
});

afterEach(() => deleteKeys(prefix));

function open(cacheTtlMs = 250): Promise<RedisApiKeyStore> {
  return RedisApiKeyStore.open({
    url: REDIS_URL,
    keyPrefix: prefix,
    cacheTtlMs,
  });
}

/** Polls `check` every 5 ms and returns the milliseconds until it held. */
async function millisecondsUntil(
  check: () => Promise<boolean>,
  limitMs: number,
): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    if (await check()) {
      return performance.now() - start;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Number.POSITIVE_INFINITY;
}

describe('RedisApiKeyStore', () => {
  describeStoreContract(() => open());

  it('stores the hash and never the key', async () => {
    const store = await open();
    const { key, record } = await store.create('App');
    await store.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    const values = await Promise.all(
      keys
        .filter((name) => !name.endsWith('ids'))
        .map((name) => redis.get(name)),
    );
    await redis.quit();
    expect(keys.sort()).toEqual(
      [
        `${prefix}hash:${hashApiKey(key)}`,
        `${prefix}id:${record.id}`,
        `${prefix}ids`,
      ].sort(),
    );
    expect(JSON.stringify(values)).not.toContain(key);
  });

  it('refuses a key revoked on another replica within one second', async () => {
    const replicaA = await open();
    const replicaB = await open();
    try {
      const { key, record } = await replicaA.create('App');
      // Replica B caches the valid record before the revocation.
      await expect(verifyApiKey(replicaB, key)).resolves.toEqual({
        keyId: record.id,
        name: 'App',
      });
      await replicaA.revoke(record.id);
      const revokedOnB = async () =>
        (await replicaB.findByKey(key))?.revokedAt !== undefined;
      const elapsed = await millisecondsUntil(revokedOnB, 2000);
      process.stdout.write(
        `revocation reached the other replica after ${elapsed.toFixed(1)} ms\n`,
      );
      expect(elapsed).toBeLessThanOrEqual(1000);
      await expect(verifyApiKey(replicaB, key)).rejects.toEqual(
        new ServiceError('UNAUTHENTICATED', 'API key has been revoked'),
      );
    } finally {
      await Promise.all([replicaA.close(), replicaB.close()]);
    }
  });

  it('refuses a revoked key within the cache TTL without pub/sub', async () => {
    const replica = await open(500);
    const redis = new Redis(REDIS_URL);
    try {
      const { key, record } = await replica.create('App');
      await replica.findByKey(key);
      // Revoke behind the store's back: no message is published.
      const hashKey = `${prefix}hash:${hashApiKey(key)}`;
      const stored = JSON.parse((await redis.get(hashKey)) ?? '{}') as object;
      await redis.set(
        hashKey,
        JSON.stringify({ ...stored, revokedAt: new Date().toISOString() }),
      );
      const revoked = async () =>
        (await replica.findByKey(key))?.revokedAt !== undefined;
      const elapsed = await millisecondsUntil(revoked, 2000);
      expect(elapsed).toBeLessThanOrEqual(600);
      expect(record.revokedAt).toBeUndefined();
    } finally {
      await Promise.all([replica.close(), redis.quit()]);
    }
  });

  it('rejects a cache TTL over 500 ms', async () => {
    await expect(open(501)).rejects.toThrow(
      'invalid cache TTL 501 ms; expected 0 to 500',
    );
  });

  it('fails to open when Redis is unreachable and logs no secret', async () => {
    const { logger, lines } = captureLogs();
    const opening = RedisApiKeyStore.open({
      url: 'redis://:hunter2@127.0.0.1:1',
      keyPrefix: prefix,
      logger,
    });
    await expect(opening).rejects.toThrow();
    expect(lines.join('')).not.toContain('hunter2');
  });
});
