import type { ExplanationOfBenefit } from 'fhir/r4';
import { loadBackendSettings, type BackendSettings } from '../../../src/config';
import { resolveReference } from '../../../src/loaders/resolve-reference';
import { startTestGraph } from '../../server/test-graph';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../../server/default-sandbox';
import {
  startFaultProxy,
  type FaultProxy,
  type RecordedRequest,
} from '../../server/fault-proxy';
import { createRequestLoaders } from '../../server/request-loaders';
import type { TestGraph } from '../../server/test-graph';

// One sandbox reached through two proxies. The PHI backend serves these
// types and the directory backend serves every other type.
const PHI_TYPES = ['Patient', 'Coverage', 'ExplanationOfBenefit'];

let sandbox: DefaultSandbox;
let directory: FaultProxy;
let phi: FaultProxy;
let backends: BackendSettings;
let graph: TestGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  directory = await startFaultProxy(sandbox.sandbox.baseUrl, '/directory/fhir');
  phi = await startFaultProxy(sandbox.sandbox.baseUrl, '/phi/fhir');
  const FHIR_BACKENDS = JSON.stringify({
    backends: [
      {
        name: 'directory',
        baseUrl: directory.baseUrl,
        resourceTypes: 'default',
        headers: { 'x-api-key': 'dir-key' },
        forwardAuthorization: false,
      },
      {
        name: 'phi',
        baseUrl: phi.baseUrl,
        resourceTypes: PHI_TYPES,
        headers: { 'x-api-key': 'pa-key' },
        forwardAuthorization: true,
      },
    ],
  });
  backends = loadBackendSettings({ FHIR_BACKENDS });
  graph = await startTestGraph(backends);
});

afterAll(async () => {
  await graph.close();
  await directory.close();
  await phi.close();
  await sandbox.sandbox.close();
});

afterEach(() => {
  directory.takeRequests();
  phi.takeRequests();
});

function targetsOf(proxy: FaultProxy): string[] {
  return proxy.requests.map((request) => request.target).sort();
}

function headerOf(requests: readonly RecordedRequest[], name: string) {
  return requests.map((request) => request.headers[name]);
}

describe('two backends', () => {
  it('route each type of an EOB query', async () => {
    const response = await graph.query(`{
      ExplanationOfBenefit(id: "EOBOral1") {
        id
        patient { resource { ... on Patient { id } } }
        provider { resource { ... on Practitioner { id } } }
        insurer { resource { ... on Organization { id } } }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      ExplanationOfBenefit: {
        id: 'EOBOral1',
        patient: { resource: { id: 'Patient2' } },
        provider: { resource: { id: 'PractitionerDentalProvider1' } },
        insurer: { resource: { id: 'DentalPayer1' } },
      },
    });
    expect(targetsOf(phi)).toEqual([
      'ExplanationOfBenefit?_id=EOBOral1&_count=1',
      'Patient?_id=Patient2&_count=1',
    ]);
    expect(targetsOf(directory)).toEqual([
      'Organization?_id=DentalPayer1&_count=1',
      'Practitioner?_id=PractitionerDentalProvider1&_count=1',
    ]);
    const stats = response.body.extensions?.backend as {
      byBackend?: Record<string, number>;
    };
    expect(stats.byBackend).toEqual({ phi: 2, directory: 2 });
  });

  it('send each backend only its own API key', async () => {
    await graph.query(`{
      ExplanationOfBenefit(id: "EOBOral1") {
        provider { resource { ... on Practitioner { id } } }
      }
    }`);
    expect(headerOf(phi.requests, 'x-api-key')).toEqual(['pa-key']);
    expect(headerOf(directory.requests, 'x-api-key')).toEqual(['dir-key']);
  });

  // NOTE: the graph's request context passes no caller token to the FHIR
  // session yet, so this test drives the loaders directly.
  it('forward the bearer token only to PHI', async () => {
    const request = createRequestLoaders(backends, {
      bearerToken: 'member-token',
    });
    try {
      const outcome = await request.loaders
        .read('ExplanationOfBenefit')
        .load('EOBOral1');
      if (outcome.kind !== 'found') {
        throw new Error('EOBOral1 not found');
      }
      const eob = outcome.resource as ExplanationOfBenefit;
      const provider = await resolveReference(
        request.loaders,
        eob.provider,
        eob,
      );
      const patient = await resolveReference(request.loaders, eob.patient, eob);
      expect(provider.kind).toBe('found');
      expect(patient.kind).toBe('found');
    } finally {
      await request.close();
    }
    expect(phi.requests).toHaveLength(2);
    expect(headerOf(phi.requests, 'authorization')).toEqual([
      'Bearer member-token',
      'Bearer member-token',
    ]);
    expect(headerOf(phi.requests, 'x-api-key')).toEqual(['pa-key', 'pa-key']);
    expect(directory.requests).toHaveLength(1);
    expect(headerOf(directory.requests, 'authorization')).toEqual([undefined]);
    expect(headerOf(directory.requests, 'x-api-key')).toEqual(['dir-key']);
  });
});
