import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { PublicCacheSettings } from '../../../src/server/operations/settings';
import { startDefaultSandbox, type DefaultSandbox } from '../default-sandbox';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';

const REDIS_URL = 'redis://127.0.0.1:6379';
const FORMULARY_ITEMS = `query Items {
  formulary(id: "Formulary-10207VA0380001") {
    items(first: 5, filter: { drugName: "doxepin" }) {
      edges { node { id drug { id } } }
    }
  }
}`;
const MEMBER = `query Member {
  member(id: "member-0001") { id coverages { id } }
}`;

function memoryCache(ttlMs: number): PublicCacheSettings {
  return {
    ttlMs,
    maxEntries: 100,
    maxBytes: 16 * 1024 * 1024,
    store: { kind: 'memory' },
  };
}

function backendRequests(response: {
  body: { extensions?: { backend?: { backendRequests: number } } };
}): number | undefined {
  return response.body.extensions?.backend?.backendRequests;
}

let sandbox: DefaultSandbox;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
});

afterAll(() => sandbox.sandbox.close());

describe('public cache in memory', () => {
  let graph: OpsGraph;

  beforeAll(async () => {
    graph = await startOpsGraph({
      sandboxBaseUrl: sandbox.sandbox.baseUrl,
      operations: { publicCache: memoryCache(60_000) },
    });
  });

  afterAll(() => graph.close());

  it('answers a repeated public query', async () => {
    const first = await graph.query(FORMULARY_ITEMS);
    const second = await graph.query(FORMULARY_ITEMS);
    expect(first.body.errors).toBeUndefined();
    expect(backendRequests(first)).toBe(2);
    expect(backendRequests(second)).toBe(0);
    expect(second.body.data).toEqual(first.body.data);
  });

  it('always sends a PHI query', async () => {
    const first = await graph.query(MEMBER);
    const second = await graph.query(MEMBER);
    expect(first.body.errors).toBeUndefined();
    expect(backendRequests(first)).toBe(2);
    expect(backendRequests(second)).toBe(2);
  });
});

describe('public cache ttl', () => {
  it('sends the query again after the ttl', async () => {
    const graph = await startOpsGraph({
      sandboxBaseUrl: sandbox.sandbox.baseUrl,
      operations: { publicCache: memoryCache(1000) },
    });
    try {
      // A PHI query warms the server up without filling the cache, so the
      // first public query ends well within the ttl.
      await graph.query(MEMBER);
      await graph.query(FORMULARY_ITEMS);
      const within = await graph.query(FORMULARY_ITEMS);
      await new Promise((resolve) => setTimeout(resolve, 1050));
      const after = await graph.query(FORMULARY_ITEMS);
      expect(backendRequests(within)).toBe(0);
      expect(backendRequests(after)).toBe(2);
    } finally {
      await graph.close();
    }
  });
});

describe('public cache in Redis', () => {
  const keyPrefix = `test:public-cache:${randomBytes(6).toString('hex')}:`;
  const settings: PublicCacheSettings = {
    ...memoryCache(60_000),
    store: { kind: 'redis', url: REDIS_URL, keyPrefix },
  };

  afterAll(async () => {
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    await redis.quit();
  });

  it('shares entries between replicas', async () => {
    const options = {
      sandboxBaseUrl: sandbox.sandbox.baseUrl,
      operations: { publicCache: settings },
    };
    const first = await startOpsGraph(options);
    const second = await startOpsGraph(options);
    try {
      const filled = await first.query(FORMULARY_ITEMS);
      const shared = await second.query(FORMULARY_ITEMS);
      expect(backendRequests(filled)).toBe(2);
      expect(backendRequests(shared)).toBe(0);
      expect(shared.body.data).toEqual(filled.body.data);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('keeps PHI out of Redis', async () => {
    const graph = await startOpsGraph({
      sandboxBaseUrl: sandbox.sandbox.baseUrl,
      operations: { publicCache: settings },
    });
    const redis = new Redis(REDIS_URL);
    try {
      const before = await redis.keys(`${keyPrefix}*`);
      await graph.query(MEMBER);
      const after = await redis.keys(`${keyPrefix}*`);
      expect(after.sort()).toEqual(before.sort());
    } finally {
      await redis.quit();
      await graph.close();
    }
  });
});
