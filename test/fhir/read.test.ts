import { BackendError, ServiceError } from '../../src/errors';
import type { FhirClient } from '../../src/fhir';
import {
  defaultBackend,
  rejectionOf,
  testClient,
  testSession,
} from './helpers/client';
import {
  FhirTestServer,
  operationOutcome,
  sendJson,
} from './helpers/fhir-server';

const patient = { resourceType: 'Patient', id: 'p1', gender: 'female' };

describe('FhirSession.read', () => {
  let server: FhirTestServer;
  let client: FhirClient;

  beforeAll(async () => {
    server = await FhirTestServer.start((request, response) => {
      switch (request.url) {
        case '/r4/Patient/p1':
        case '/r4/Patient/p1/_history/3':
          return sendJson(response, 200, patient);
        case '/r4/Patient/gone':
          return sendJson(response, 410, operationOutcome('deleted', 'x'));
        case '/r4/Patient/other':
          return sendJson(response, 200, patient);
        default:
          return sendJson(response, 404, operationOutcome('not-found', 'no'));
      }
    });
    client = testClient([
      defaultBackend(server.url('/r4'), { headers: { 'x-api-key': 'k1' } }),
    ]);
  });

  afterAll(async () => {
    await client.close();
    await server.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
  });

  it('returns a found resource', async () => {
    const { session, stats } = testSession(client, { bearerToken: 'tok' });
    const result = await session.read('Patient', 'p1');
    expect(result).toEqual({
      kind: 'found',
      resource: patient,
      backend: 'default',
    });
    expect(stats.toJSON()).toEqual({
      backendRequests: 1,
      retries: 0,
      byBackend: { default: 1 },
      byResourceType: { Patient: 1 },
    });
  });

  it('sends accept, configured headers and token', async () => {
    const { session } = testSession(client, { bearerToken: 'tok' });
    await session.read('Patient', 'p1');
    const headers = server.requests[0]?.headers;
    expect(headers?.accept).toBe('application/fhir+json');
    expect(headers?.['x-api-key']).toBe('k1');
    expect(headers?.authorization).toBe('Bearer tok');
  });

  it('reads a version with vread', async () => {
    const { session } = testSession(client);
    const result = await session.vread('Patient', 'p1', '3');
    expect(result.kind).toBe('found');
    expect(server.requests[0]?.url).toBe('/r4/Patient/p1/_history/3');
  });

  it('returns not-found for 404', async () => {
    const { session } = testSession(client);
    const result = await session.read('Patient', 'missing');
    expect(result.kind).toBe('not-found');
    expect(server.requests).toHaveLength(1);
  });

  it('returns deleted for 410', async () => {
    const { session } = testSession(client);
    const result = await session.read('Patient', 'gone');
    expect(result).toEqual({
      kind: 'deleted',
      backend: 'default',
      operationOutcome: operationOutcome('deleted', 'x'),
    });
  });

  it('rejects a resource with another id', async () => {
    const { session } = testSession(client);
    const error = await rejectionOf(session.read('Patient', 'other'));
    expect(error).toBeInstanceOf(BackendError);
    expect((error as BackendError).code).toBe('BACKEND_INVALID_RESPONSE');
    expect((error as BackendError).message).toBe(
      'Invalid response to read Patient on FHIR backend "default": HTTP 200 with resource "Patient"/"p1"; expected Patient/other',
    );
  });

  it('rejects an invalid id without a request', async () => {
    const { session } = testSession(client);
    const error = await rejectionOf(session.read('Patient', '../admin?x=1'));
    expect((error as ServiceError).code).toBe('BAD_USER_INPUT');
    expect((error as ServiceError).message).toBe(
      'Invalid FHIR id "../admin?x=1"; expected 1 to 64 letters, digits, "-" or "."',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('rejects an unknown resource type', async () => {
    const { session } = testSession(client);
    const error = await rejectionOf(session.read('Patiant', 'p1'));
    expect((error as ServiceError).code).toBe('BAD_USER_INPUT');
    expect(server.requests).toHaveLength(0);
  });

  it('rejects a malformed bearer token', async () => {
    const { session } = testSession(client, { bearerToken: 'a\r\nx-evil: 1' });
    const error = await rejectionOf(session.read('Patient', 'p1'));
    expect((error as ServiceError).code).toBe('UNAUTHENTICATED');
    expect(server.requests).toHaveLength(0);
  });
});
