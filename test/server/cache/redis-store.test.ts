import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { RedisStore } from '../../../src/server/cache/redis-store';

const REDIS_URL = 'redis://127.0.0.1:6379';

describe('RedisStore', () => {
  const prefix = `test:public-cache:${randomBytes(6).toString('hex')}:`;
  let store: RedisStore;
  let redis: Redis;

  beforeAll(async () => {
    store = await RedisStore.open({
      url: REDIS_URL,
      keyPrefix: prefix,
      maxBytes: 1024,
      logger: pino({ level: 'silent' }),
    });
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    await redis.quit();
    await store.close();
  });

  it('returns a stored value', async () => {
    await store.set('http://127.0.0.1:1/fhir/Location?a=1', 'one', 60_000);
    expect(await store.get('http://127.0.0.1:1/fhir/Location?a=1')).toBe('one');
  });

  it('hashes keys under the prefix', async () => {
    await store.set('http://127.0.0.1:1/fhir/Location?b=2', 'two', 60_000);
    const keys = await redis.keys(`${prefix}*`);
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^${prefix}[0-9a-f]{64}$`));
    }
  });

  it('sets the ttl in Redis', async () => {
    await store.set('http://127.0.0.1:1/fhir/Location?c=3', 'three', 60_000);
    const keys = await redis.keys(`${prefix}*`);
    const ttls = await Promise.all(keys.map((key) => redis.pttl(key)));
    for (const ttl of ttls) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('skips a value over the byte bound', async () => {
    await store.set(
      'http://127.0.0.1:1/fhir/Location?d=4',
      'x'.repeat(1025),
      60_000,
    );
    expect(
      await store.get('http://127.0.0.1:1/fhir/Location?d=4'),
    ).toBeUndefined();
  });

  it('misses an unknown key', async () => {
    expect(
      await store.get('http://127.0.0.1:1/fhir/Location?none'),
    ).toBeUndefined();
  });
});
