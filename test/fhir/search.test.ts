import { BackendError } from '../../src/errors';
import type { FhirClient } from '../../src/fhir';
import {
  defaultBackend,
  rejectionOf,
  testClient,
  testSession,
} from './helpers/client';
import {
  FhirTestServer,
  searchset,
  sendJson,
  type Handler,
} from './helpers/fhir-server';

function coverage(id: string): Record<string, unknown> {
  return { resourceType: 'Coverage', id };
}

describe('search', () => {
  let server: FhirTestServer;
  let other: FhirTestServer;
  let handler: Handler;
  let client: FhirClient;

  beforeAll(async () => {
    server = await FhirTestServer.start((request, response, index) =>
      handler(request, response, index),
    );
    other = await FhirTestServer.start((_request, response) =>
      sendJson(response, 200, searchset([])),
    );
    client = testClient([
      defaultBackend(server.url('/r4'), { headers: { 'x-api-key': 'k1' } }),
    ]);
  });

  afterAll(async () => {
    await client.close();
    await server.close();
    await other.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
    other.requests.length = 0;
  });

  it('encodes every value whole', async () => {
    handler = (_request, response) => sendJson(response, 200, searchset([]));
    const { session } = testSession(client);
    const params: Array<[string, string]> = [
      ['name', 'a&_id=x#y'],
      ['identifier', 'http://plan.example|123,456'],
      ['_text', 'what? 100% sure+'],
    ];
    await session.search('Patient', params);
    const url = new URL(server.requests[0]?.url ?? '', server.url());
    expect(url.pathname).toBe('/r4/Patient');
    expect([...url.searchParams]).toEqual(params);
    expect(url.search).toBe(
      '?name=a%26_id%3Dx%23y&identifier=http%3A%2F%2Fplan.example%7C123%2C456&_text=what%3F%20100%25%20sure%2B',
    );
  });

  it('posts to _search as a form', async () => {
    handler = (_request, response) => sendJson(response, 200, searchset([]));
    const { session } = testSession(client);
    const params = new URLSearchParams([
      ['beneficiary', 'Patient/1,Patient/2'],
    ]);
    await session.search('Coverage', params, { method: 'POST' });
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/r4/Coverage/_search');
    expect(request?.headers['content-type']).toBe(
      'application/x-www-form-urlencoded',
    );
    expect(request?.body).toBe('beneficiary=Patient%2F1%2CPatient%2F2');
  });

  it('rejects a Bundle that is not a searchset', async () => {
    handler = (_request, response) =>
      sendJson(response, 200, { resourceType: 'Bundle', type: 'collection' });
    const { session } = testSession(client);
    const error = (await rejectionOf(
      session.search('Coverage', []),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_INVALID_RESPONSE');
    expect(error.message).toBe(
      'Invalid response to search Coverage on FHIR backend "default": HTTP 200 with resourceType "Bundle" of type "collection"; expected a searchset Bundle',
    );
  });

  it('follows next links up to the last page', async () => {
    handler = (request, response, index) => {
      const next =
        index < 2 ? server.url(`/r4?_getpages=p&page=${index + 1}`) : undefined;
      sendJson(response, 200, searchset([coverage(`c${index}`)], next));
    };
    const { session, stats } = testSession(client);
    const result = await session.searchAll('Coverage', [
      ['beneficiary', 'Patient/1'],
    ]);
    expect(result.entries.map((entry) => entry.resource?.id)).toEqual([
      'c0',
      'c1',
      'c2',
    ]);
    expect(result.pages).toBe(3);
    expect(result.nextUrl).toBeUndefined();
    expect(stats.backendRequests).toBe(3);
    expect(stats.byResourceType).toEqual({ Coverage: 3 });
    expect(server.requests[2]?.headers['x-api-key']).toBe('k1');
  });

  it('stops at the page cap', async () => {
    handler = (_request, response, index) =>
      sendJson(
        response,
        200,
        searchset(
          [coverage(`c${index}`)],
          server.url(`/r4/Coverage?page=${index + 1}`),
        ),
      );
    const { session } = testSession(client);
    const result = await session.searchAll('Coverage', [], { maxPages: 2 });
    expect(result.pages).toBe(2);
    expect(result.entries).toHaveLength(2);
    expect(result.nextUrl).toBe(server.url('/r4/Coverage?page=2'));
    expect(server.requests).toHaveLength(2);
  });

  it('resolves a relative next link', async () => {
    handler = (_request, response, index) =>
      sendJson(
        response,
        200,
        searchset(
          [coverage(`c${index}`)],
          index === 0 ? 'Coverage?page=2' : undefined,
        ),
      );
    const { session } = testSession(client);
    const result = await session.searchAll('Coverage', []);
    expect(result.pages).toBe(2);
    expect(server.requests[1]?.url).toBe('/r4/Coverage?page=2');
  });

  it('rejects a next link to another port', async () => {
    handler = (_request, response) =>
      sendJson(
        response,
        200,
        searchset([coverage('c0')], other.url('/r4/Coverage?page=2')),
      );
    const { session, stats } = testSession(client, { bearerToken: 'tok' });
    const error = (await rejectionOf(
      session.searchAll('Coverage', []),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_LINK_REJECTED');
    expect(error.message).toBe(
      `Rejected a link from FHIR backend "default" to another origin, ${other.url()}; links are followed only within ${server.url('/r4')}`,
    );
    expect(other.requests).toHaveLength(0);
    expect(stats.backendRequests).toBe(1);
  });

  it('rejects localhost for a 127.0.0.1 backend', async () => {
    const link = `http://localhost:${server.port}/r4/Coverage?page=2`;
    handler = (_request, response) =>
      sendJson(response, 200, searchset([coverage('c0')], link));
    const { session } = testSession(client);
    const error = (await rejectionOf(
      session.searchAll('Coverage', []),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_LINK_REJECTED');
    expect(server.requests).toHaveLength(1);
  });

  it('rejects a path outside the base', async () => {
    handler = (_request, response) =>
      sendJson(
        response,
        200,
        searchset([coverage('c0')], server.url('/r4/../admin/Coverage')),
      );
    const { session } = testSession(client);
    const error = (await rejectionOf(
      session.searchAll('Coverage', []),
    )) as BackendError;
    expect(error.message).toBe(
      `Rejected a link from FHIR backend "default" to a path outside the base URL on ${server.url()}; links are followed only within ${server.url('/r4')}`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('never follows a redirect', async () => {
    handler = (_request, response) => {
      response.writeHead(302, { location: other.url('/r4/Coverage') });
      response.end();
    };
    const { session } = testSession(client, { bearerToken: 'tok' });
    const error = (await rejectionOf(
      session.search('Coverage', []),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_ERROR');
    expect(error.status).toBe(302);
    expect(other.requests).toHaveLength(0);
  });

  it('rejects a link on a path prefix', async () => {
    handler = (_request, response) =>
      sendJson(
        response,
        200,
        searchset([coverage('c0')], server.url('/r4-admin/Coverage')),
      );
    const { session } = testSession(client);
    const error = (await rejectionOf(
      session.searchAll('Coverage', []),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_LINK_REJECTED');
  });
});
