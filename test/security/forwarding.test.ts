import { loadBackendSettings } from '../../src/config';
import type { DefaultSandbox } from '../server/default-sandbox';
import { startFaultProxy, type FaultProxy } from '../server/fault-proxy';
import { ATTACKER, startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';
import { signDevToken } from './helpers/tokens';

const DIRECTORY_TYPES = [
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'Location',
  'Endpoint',
  'HealthcareService',
  'OrganizationAffiliation',
  'InsurancePlan',
  'MedicationKnowledge',
  'Medication',
  'Basic',
];

const MIXED_QUERY = `{
  ExplanationOfBenefit(id: "${ATTACKER}-eob-001") {
    id
    provider { resource { ... on Organization { id } ... on Practitioner { id } } }
  }
  PractitionerList(_count: 1) { id }
}`;

let sandbox: DefaultSandbox;
let directory: FaultProxy;
let patientAccess: FaultProxy;
let graph: SecureGraph;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  directory = await startFaultProxy(sandbox.sandbox.baseUrl, '/directory');
  patientAccess = await startFaultProxy(sandbox.sandbox.baseUrl, '/access');
  const backends = loadBackendSettings({
    FHIR_BACKENDS: JSON.stringify({
      backends: [
        {
          name: 'directory',
          baseUrl: directory.baseUrl,
          resourceTypes: DIRECTORY_TYPES,
          forwardAuthorization: false,
        },
        {
          name: 'patient-access',
          baseUrl: patientAccess.baseUrl,
          resourceTypes: 'default',
          forwardAuthorization: true,
        },
      ],
    }),
  });
  graph = await startSecureGraph(sandbox, { backends });
});

afterAll(async () => {
  await graph.close();
  await directory.close();
  await patientAccess.close();
  await sandbox.sandbox.close();
});

describe('member token sent to backends', () => {
  it('goes only to the backend that forwards it', async () => {
    const token = await signDevToken(ATTACKER);
    const { key } = await graph.registerApp('forwarding app');
    directory.takeRequests();
    patientAccess.takeRequests();
    const response = await graph.query(MIXED_QUERY, { token, apiKey: key });
    const toDirectory = directory.takeRequests();
    const toPatientAccess = patientAccess.takeRequests();

    expect(response.body.errors).toBeUndefined();
    expect(toDirectory.length).toBeGreaterThan(0);
    expect(toPatientAccess.length).toBeGreaterThan(0);
    for (const request of toPatientAccess) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
    }
    for (const request of [...toDirectory, ...toPatientAccess]) {
      expect(request.headers['x-api-key']).toBeUndefined();
    }
    expect(toDirectory.map((request) => request.headers.authorization)).toEqual(
      toDirectory.map(() => undefined),
    );
  });

  it('is never sent for an anonymous caller', async () => {
    patientAccess.takeRequests();
    directory.takeRequests();
    // A query no other test sends, so no shared cache can answer it.
    await graph.query('{ PractitionerRoleList(_count: 2) { id } }');

    expect(patientAccess.takeRequests()).toEqual([]);
    const toDirectory = directory.takeRequests();
    expect(toDirectory).toHaveLength(1);
    expect(toDirectory[0]?.headers.authorization).toBeUndefined();
  });
});
