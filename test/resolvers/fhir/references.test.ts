import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type {
  ExplanationOfBenefit,
  Patient,
  Practitioner,
  Resource,
} from 'fhir/r4';
import { DEFAULT_DATA_DIR as DATA_DIR } from '../../../src/sandbox/data/load';
import {
  startSandboxedGraph,
  type SandboxedGraph,
} from '../../server/test-graph';

// Distinct providers of the crafted EOBs, from the Plan-Net directory.
const DIRECTORY_PRACTITIONERS = 50;

function craftedResources(baseUrl: string): Resource[] {
  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id: 'ref-prac',
    name: [{ family: 'Referenced' }],
  };
  const patient: Patient = { resourceType: 'Patient', id: 'ref-patient' };
  const careTeam = [
    { reference: '#contained-prac' },
    { reference: 'Practitioner/ref-prac/_history/1' },
    { reference: `${baseUrl}/Practitioner/ref-prac` },
    { reference: 'https://other.example.org/fhir/Practitioner/ref-prac' },
    { display: 'Dr. Display Only' },
    { reference: 'Practitioner/does-not-exist' },
  ].map((provider, index) => ({ sequence: index + 1, provider }));
  const eob: ExplanationOfBenefit = {
    resourceType: 'ExplanationOfBenefit',
    id: 'ref-styles',
    contained: [
      {
        resourceType: 'Practitioner',
        id: 'contained-prac',
        name: [{ family: 'Contained' }],
      },
    ],
    status: 'active',
    type: { text: 'professional' },
    use: 'claim',
    patient: { reference: 'Patient/ref-patient' },
    created: '2026-01-02',
    insurer: { identifier: { system: 'urn:example:payer', value: 'PAYER-9' } },
    provider: { reference: 'Practitioner/ref-prac' },
    outcome: 'complete',
    insurance: [{ focal: true, coverage: { display: 'Coverage on file' } }],
    careTeam,
  };
  return [practitioner, patient, eob];
}

let graph: SandboxedGraph;

beforeAll(async () => {
  graph = await startSandboxedGraph((baseUrl) => [
    ...craftedResources(baseUrl),
    ...batchResources(),
  ]);
});

afterAll(() => graph.close());

const REFERENCE_STYLES = `{
  ExplanationOfBenefit(id: "ref-styles") {
    provider { resource { ... on Practitioner { id } } }
    insurer { identifier { value } resource { id } }
    careTeam {
      provider {
        reference
        display
        resource(optional: true) { ... on Practitioner { id name { family } } }
      }
    }
  }
}`;

describe('Reference.resource', () => {
  it('resolves every reference style', async () => {
    const response = await graph.query(REFERENCE_STYLES);
    expect(response.body.errors).toBeUndefined();
    const eob = response.body.data?.ExplanationOfBenefit as {
      careTeam: Array<{ provider: { resource: unknown } }>;
      provider: unknown;
      insurer: unknown;
    };
    expect(eob.provider).toEqual({ resource: { id: 'ref-prac' } });
    expect(eob.insurer).toEqual({
      identifier: { value: 'PAYER-9' },
      resource: null,
    });
    const resources = eob.careTeam.map((member) => member.provider.resource);
    expect(resources).toEqual([
      { id: 'contained-prac', name: [{ family: 'Contained' }] },
      { id: 'ref-prac', name: [{ family: 'Referenced' }] },
      { id: 'ref-prac', name: [{ family: 'Referenced' }] },
      null,
      null,
      null,
    ]);
  });

  it('costs one read per style that needs the server', async () => {
    const response = await graph.query(REFERENCE_STYLES);
    // The EOB read, one Practitioner search shared by the relative and the
    // absolute reference and the missing id, and one vread.
    expect(response.body.extensions?.backend?.backendRequests).toBe(3);
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      ExplanationOfBenefit: 1,
      Practitioner: 2,
    });
  });

  it('fails only the field of a missing reference', async () => {
    const response = await graph.query(`{
      ExplanationOfBenefit(id: "ref-styles") {
        id
        careTeam { provider { resource { ... on Practitioner { id } } } }
      }
    }`);
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('NOT_FOUND');
    expect(error?.message).toBe(
      'Referenced resource Practitioner/does-not-exist not found',
    );
    expect(error?.path).toEqual([
      'ExplanationOfBenefit',
      'careTeam',
      5,
      'provider',
      'resource',
    ]);
    const data = response.body.data?.ExplanationOfBenefit as { id: string };
    expect(data.id).toBe('ref-styles');
  });

  it('resolves an untyped reference to any served type', async () => {
    const response = await graph.query(`{
      Basic(id: "FormularyItem-10207VA0380001-1000001") {
        subject { resource { resourceType ... on MedicationKnowledge { id } } }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      Basic: {
        subject: {
          resource: {
            resourceType: 'MedicationKnowledge',
            id: 'Drug-1000001',
          },
        },
      },
    });
  });

  it('gives null for a resource of another type', async () => {
    const response = await graph.query(`{
      ExplanationOfBenefit(id: "ref-styles") {
        provider { resource(type: "Organization") { ... on Organization { id } } }
      }
    }`);
    expect(response.body.data).toEqual({
      ExplanationOfBenefit: { provider: { resource: null } },
    });
  });
});

function batchResources(): Resource[] {
  const patient: Patient = { resourceType: 'Patient', id: 'batch-patient' };
  const eobs = practitionerIds().map(
    (practitionerId, index): ExplanationOfBenefit => ({
      resourceType: 'ExplanationOfBenefit',
      id: `batch-eob-${index}`,
      status: 'active',
      type: { text: 'professional' },
      use: 'claim',
      patient: { reference: 'Patient/batch-patient' },
      created: '2026-01-02',
      insurer: { display: 'Payer' },
      provider: { reference: `Practitioner/${practitionerId}` },
      outcome: 'complete',
      insurance: [{ focal: true, coverage: { display: 'Coverage' } }],
    }),
  );
  return [patient, ...eobs];
}

/** The first 50 practitioner ids of the Plan-Net reference directory. */
function practitionerIds(): string[] {
  const file = join(
    DATA_DIR,
    'fixtures/plan-net/ri-directory/Practitioner.ndjson.gz',
  );
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as Practitioner).id as string)
    .slice(0, DIRECTORY_PRACTITIONERS);
}

describe('batching', () => {
  it('reads 50 different providers in one request', async () => {
    const response = await graph.query(`{
      Patient(id: "batch-patient") {
        ExplanationOfBenefitList(_reference: patient, _count: 100) {
          id
          provider { resource { ... on Practitioner { id } } }
        }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    const patient = response.body.data?.Patient as {
      ExplanationOfBenefitList: Array<{
        id: string;
        provider: { resource: { id: string } };
      }>;
    };
    const providers = patient.ExplanationOfBenefitList.map(
      (eob) => eob.provider.resource.id,
    );
    expect(new Set(providers).size).toBe(DIRECTORY_PRACTITIONERS);
    expect(providers.sort()).toEqual(practitionerIds().sort());
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Patient: 1,
      ExplanationOfBenefit: 1,
      Practitioner: 1,
    });
  });

  it('pages each parent with _count and _offset', async () => {
    const all = await graph.query(`{
      Patient(id: "batch-patient") {
        ExplanationOfBenefitList(_reference: patient) { id }
      }
    }`);
    const page = await graph.query(`{
      Patient(id: "batch-patient") {
        ExplanationOfBenefitList(_reference: patient, _count: 5, _offset: 2) { id }
      }
    }`);
    type Claims = {
      Patient: { ExplanationOfBenefitList: Array<{ id: string }> };
    };
    const ids = (response: typeof all) =>
      (response.body.data as Claims).Patient.ExplanationOfBenefitList.map(
        (eob) => eob.id,
      );
    expect(ids(all)).toHaveLength(DIRECTORY_PRACTITIONERS);
    expect(ids(page)).toEqual(ids(all).slice(2, 7));
  });
});
