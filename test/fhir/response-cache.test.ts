import type { FhirClient } from '../../src/fhir';
import type { BackendCall } from '../../src/fhir/call';
import type {
  CachedResponse,
  ResponseCache,
} from '../../src/fhir/response-cache';
import { defaultBackend, testClient, testSession } from './helpers/client';
import { FhirTestServer, sendJson, searchset } from './helpers/fhir-server';

const practitioner = { resourceType: 'Practitioner', id: 'pr1' };

/** A cache that keeps every response offered, and can be made to fail. */
class RecordingCache implements ResponseCache {
  readonly entries = new Map<string, CachedResponse>();
  readonly offered: BackendCall[] = [];
  failing = false;

  async get(url: string): Promise<CachedResponse | undefined> {
    if (this.failing) {
      throw new Error('store down');
    }
    return this.entries.get(url);
  }

  async set(url: string, call: BackendCall, response: CachedResponse) {
    if (this.failing) {
      throw new Error('store down');
    }
    this.offered.push(call);
    this.entries.set(url, response);
  }
}

describe('FhirClient cache', () => {
  let server: FhirTestServer;
  let cache: RecordingCache;
  let client: FhirClient;
  let forwarding: FhirClient;

  beforeAll(async () => {
    server = await FhirTestServer.start((request, response) => {
      if (request.url.startsWith('/r4/Practitioner/pr1')) {
        return sendJson(response, 200, practitioner);
      }
      return sendJson(response, 200, searchset([practitioner]));
    });
  });

  beforeEach(() => {
    server.requests.length = 0;
    cache = new RecordingCache();
    const backend = defaultBackend(server.url('/r4'), {
      forwardAuthorization: false,
    });
    client = testClient([backend], { cache });
    forwarding = testClient([defaultBackend(server.url('/r4'))], { cache });
  });

  afterEach(async () => {
    await client.close();
    await forwarding.close();
  });

  afterAll(() => server.close());

  it('answers a repeated read from the cache', async () => {
    const first = testSession(client);
    await first.session.read('Practitioner', 'pr1');
    const second = testSession(client);
    const result = await second.session.read('Practitioner', 'pr1');
    expect(result).toEqual({
      kind: 'found',
      resource: practitioner,
      backend: 'default',
    });
    expect(server.requests).toHaveLength(1);
    expect(second.stats.backendRequests).toBe(0);
  });

  it('keys entries by the backend URL', async () => {
    await testSession(client).session.search('Practitioner', [['name', 'a']]);
    await testSession(client).session.search('Practitioner', [['name', 'b']]);
    await testSession(client).session.search('Practitioner', [['name', 'a']]);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/r4/Practitioner?name=a',
      '/r4/Practitioner?name=b',
    ]);
    expect([...cache.entries.keys()]).toEqual([
      server.url('/r4/Practitioner?name=a'),
      server.url('/r4/Practitioner?name=b'),
    ]);
  });

  it('skips requests that forward a token', async () => {
    const options = { bearerToken: 'tok' };
    await testSession(forwarding, options).session.read('Practitioner', 'pr1');
    await testSession(forwarding, options).session.read('Practitioner', 'pr1');
    expect(server.requests).toHaveLength(2);
    expect(cache.offered).toHaveLength(0);
  });

  it('uses it when a forwarding backend gets no token', async () => {
    await testSession(forwarding).session.read('Practitioner', 'pr1');
    await testSession(forwarding).session.read('Practitioner', 'pr1');
    expect(server.requests).toHaveLength(1);
  });

  it('skips POST searches', async () => {
    const post = { method: 'POST' as const };
    await testSession(client).session.search('Practitioner', [], post);
    await testSession(client).session.search('Practitioner', [], post);
    expect(server.requests).toHaveLength(2);
    expect(cache.offered).toHaveLength(0);
  });

  it('reads from the backend when the cache fails', async () => {
    cache.failing = true;
    const { session, stats } = testSession(client);
    const result = await session.read('Practitioner', 'pr1');
    expect(result.kind).toBe('found');
    expect(stats.backendRequests).toBe(1);
  });

  it('ignores a stored body that does not parse', async () => {
    cache.entries.set(server.url('/r4/Practitioner/pr1'), {
      status: 200,
      contentType: 'application/fhir+json',
      body: '{not json',
    });
    const { session, stats } = testSession(client);
    const result = await session.read('Practitioner', 'pr1');
    expect(result.kind).toBe('found');
    expect(stats.backendRequests).toBe(1);
  });
});
