import { BackendError, ServiceError } from '../../src/errors';
import type { FhirClient } from '../../src/fhir';
import {
  defaultBackend,
  rejectionOf,
  testClient,
  testSession,
} from './helpers/client';
import { FhirTestServer, searchset, sendJson } from './helpers/fhir-server';

describe('two backends', () => {
  let directory: FhirTestServer;
  let patientAccess: FhirTestServer;
  let client: FhirClient;

  beforeAll(async () => {
    directory = await FhirTestServer.start((request, response) => {
      // A misbehaving directory whose next link points at the PHI server.
      const next = patientAccess.url('/r4/Practitioner?page=2');
      sendJson(
        response,
        200,
        searchset([{ resourceType: 'Practitioner', id: 'd1' }], next),
      );
    });
    patientAccess = await FhirTestServer.start((request, response) =>
      sendJson(response, 200, { resourceType: 'Patient', id: 'p1' }),
    );
    client = testClient([
      defaultBackend(directory.url('/directory'), {
        name: 'directory',
        resourceTypes: ['Practitioner', 'Location'],
        headers: { 'x-api-key': 'directory-key' },
        forwardAuthorization: false,
      }),
      defaultBackend(patientAccess.url('/r4'), {
        name: 'patient-access',
        headers: { 'x-client-id': 'pa-client' },
      }),
    ]);
  });

  afterAll(async () => {
    await client.close();
    await directory.close();
    await patientAccess.close();
  });

  beforeEach(() => {
    directory.requests.length = 0;
    patientAccess.requests.length = 0;
  });

  it('resolves backends by resource type', () => {
    expect(client.resolveBackend('Location').name).toBe('directory');
    expect(client.resolveBackend('Coverage').name).toBe('patient-access');
  });

  it('sends each backend only its own credentials', async () => {
    const { session, stats } = testSession(client, {
      bearerToken: 'member-token',
    });
    await session.search('Practitioner', [['name', 'smith']]);
    await session.read('Patient', 'p1');
    const toDirectory = directory.requests[0]?.headers;
    const toPatientAccess = patientAccess.requests[0]?.headers;
    expect(toDirectory?.['x-api-key']).toBe('directory-key');
    expect(toDirectory?.authorization).toBeUndefined();
    expect(toDirectory?.['x-client-id']).toBeUndefined();
    expect(toPatientAccess?.authorization).toBe('Bearer member-token');
    expect(toPatientAccess?.['x-client-id']).toBe('pa-client');
    expect(toPatientAccess?.['x-api-key']).toBeUndefined();
    expect(stats.byBackend).toEqual({ directory: 1, 'patient-access': 1 });
  });

  it('rejects a next link into another backend', async () => {
    const { session } = testSession(client, { bearerToken: 'member-token' });
    const error = (await rejectionOf(
      session.searchAll('Practitioner', []),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_LINK_REJECTED');
    expect(error.backend).toBe('directory');
    expect(patientAccess.requests).toHaveLength(0);
  });

  it('classifies references', () => {
    const local = client.classifyReference(
      patientAccess.url('/r4/Patient/p1/_history/2'),
    );
    expect(local).toMatchObject({
      kind: 'local',
      resourceType: 'Patient',
      id: 'p1',
      versionId: '2',
    });
    expect(local.kind).toBe('local');
    expect(local.kind === 'local' ? local.backend.name : '').toBe(
      'patient-access',
    );
    const relative = client.classifyReference('Location/l1');
    expect(relative.kind).toBe('local');
    expect(relative.kind === 'local' ? relative.backend.name : '').toBe(
      'directory',
    );
    expect(relative).toMatchObject({ id: 'l1', versionId: undefined });
  });

  it('classifies other servers as external', () => {
    const otherPort = `http://127.0.0.1:${directory.port + 1}/r4/Patient/p1`;
    const otherHost = `http://localhost:${patientAccess.port}/r4/Patient/p1`;
    for (const url of [
      otherPort,
      otherHost,
      'urn:uuid:1f4a4c1e-9d4b-4f8e-8a1c-2c3d4e5f6a7b',
    ]) {
      expect(client.classifyReference(url)).toEqual({ kind: 'external', url });
    }
  });

  it('classifies contained and invalid references', () => {
    expect(client.classifyReference('#med1')).toEqual({
      kind: 'contained',
      id: 'med1',
    });
    for (const reference of [
      'Patient',
      'Patient/',
      'Foo/1',
      'Patient?identifier=x',
    ]) {
      expect(client.classifyReference(reference)).toEqual({
        kind: 'invalid',
        reference,
      });
    }
    const query = patientAccess.url('/r4/Patient?_id=p1');
    expect(client.classifyReference(query)).toEqual({
      kind: 'invalid',
      reference: query,
    });
  });
});

describe('routing without a default backend', () => {
  it('raises RESOURCE_TYPE_NOT_SERVED', async () => {
    const client = testClient([
      defaultBackend('http://127.0.0.1:9/r4', {
        resourceTypes: ['Practitioner'],
      }),
    ]);
    const { session, stats } = testSession(client);
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as ServiceError;
    expect(error.code).toBe('RESOURCE_TYPE_NOT_SERVED');
    expect(error.message).toBe(
      'Resource type "Patient" is not served by any configured FHIR backend',
    );
    expect(stats.backendRequests).toBe(0);
    await client.close();
  });
});
