import pino from 'pino';
import { RedisRateLimiter } from '../../src/server/rate-limit';
import { deleteKeys, REDIS_URL, uniquePrefix } from '../auth/helpers/redis';
import type { DefaultSandbox } from '../server/default-sandbox';
import { startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';

const QUERY = '{ PractitionerList(_count: 1) { id } }';

let sandbox: DefaultSandbox;
let prefix: string;
let first: SecureGraph;
let second: SecureGraph;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  prefix = uniquePrefix();
  const open = () =>
    RedisRateLimiter.open({
      url: REDIS_URL,
      rule: { burst: 4, perMinute: 1 },
      logger: pino({ level: 'silent' }),
      keyPrefix: prefix,
    });
  first = await startSecureGraph(sandbox, { rateLimiter: await open() });
  second = await startSecureGraph(sandbox, { rateLimiter: await open() });
});

afterAll(async () => {
  await first.close();
  await second.close();
  await sandbox.sandbox.close();
  await deleteKeys(prefix);
});

describe('anonymous rate limit in Redis', () => {
  it('counts the requests of every instance together', async () => {
    const statuses: number[] = [];
    for (const graph of [first, second, first, second, first, second]) {
      statuses.push((await graph.query(QUERY)).status);
    }

    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('sends the wait in Retry-After', async () => {
    const response = await fetch(second.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });

    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(50);
    expect(seconds).toBeLessThanOrEqual(60);
  });
});
