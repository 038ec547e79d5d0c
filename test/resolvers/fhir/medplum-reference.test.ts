import { isOk } from '@medplum/core';
import { FhirRouter, type MemoryRepository } from '@medplum/fhir-router';
import { seedRepository } from '../../../src/sandbox/repository';
import { loadBackendSettings } from '../../../src/config';
import { startTestGraph } from '../../server/test-graph';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../../server/default-sandbox';
import type { TestGraph } from '../../server/test-graph';

interface GraphqlResult {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

let sandbox: DefaultSandbox;
let graph: TestGraph;
let repository: MemoryRepository;
const router = new FhirRouter();

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  const sandboxBaseUrl = sandbox.sandbox.baseUrl;
  graph = await startTestGraph(loadBackendSettings({}, { sandboxBaseUrl }));
  ({ repository } = await seedRepository(sandbox.resources));
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

/**
 * Runs `query` through Medplum's own `$graphql` operation (FhirRouter over
 * a MemoryRepository seeded with the sandbox's resources), in process.
 */
async function medplumQuery(query: string): Promise<GraphqlResult> {
  const [outcome, result] = await router.handleRequest(
    {
      method: 'POST',
      url: '/$graphql',
      pathname: '',
      params: {},
      query: {},
      body: { query },
    },
    repository,
  );
  expect(isOk(outcome)).toBe(true);
  return result as unknown as GraphqlResult;
}

async function runOnBoth(query: string) {
  const ours = await graph.query(query);
  const medplum = await medplumQuery(query);
  expect(ours.body.errors).toBeUndefined();
  expect(medplum.errors).toBeUndefined();
  return { ours: ours.body.data, medplum: medplum.data };
}

describe('same data as Medplum $graphql', () => {
  it('reads a Patient by id', async () => {
    const { ours, medplum } = await runOnBoth(`{
      Patient(id: "Patient1") { id name { family given } birthDate gender }
    }`);
    expect(ours).toEqual(medplum);
    expect(ours).toEqual({
      Patient: {
        id: 'Patient1',
        name: [{ family: 'Example1', given: ['Johnny'] }],
        birthDate: '1986-01-01',
        gender: 'male',
      },
    });
  });

  it('searches Practitioners by name', async () => {
    const { ours, medplum } = await runOnBoth(`{
      PractitionerList(name: "Smith") { id name { family given } }
    }`);
    expect(ours).toEqual(medplum);
    const list = ours?.PractitionerList as Array<{ id: string }>;
    expect(list.map(({ id }) => id)).toEqual([
      'Practitioner1',
      'stu1-Practitioner1',
      'plannet-ex-Counselor',
      'plannet-ex-JoeSmith',
      'plannet-practitioner-1233014040',
      'plannet-practitioner-1233217094',
      'plannet-practitioner-1236540443',
      'plannet-practitioner-1237659132',
    ]);
  });

  // The sandbox's MemoryRepository stores JavaScript numbers, so both sides
  // serve `120` where the stu1 source file writes `120.0`. The amounts
  // compared here are the decimals as the repository stores them.
  it.each(['EOBOutpatient2', 'EOBInpatient2', 'stu1-InpatientEOBExample1'])(
    'reads the amounts of %s',
    async (id) => {
      const { ours, medplum } = await runOnBoth(`{
        ExplanationOfBenefit(id: "${id}") {
          id
          total { category { coding { code } } amount { value currency } }
          item {
            sequence
            adjudication {
              category { coding { code } }
              amount { value currency }
            }
          }
        }
      }`);
      expect(ours).toEqual(medplum);
      const eob = ours?.ExplanationOfBenefit as { id: string };
      expect(eob.id).toBe(id);
    },
  );

  it('pins the decimals of EOBOutpatient2', async () => {
    const { ours } = await runOnBoth(`{
      ExplanationOfBenefit(id: "EOBOutpatient2") {
        total { amount { value } }
        item { adjudication { amount { value } } }
      }
    }`);
    const eob = ours?.ExplanationOfBenefit as {
      total: Array<{ amount: { value: number } }>;
      item: Array<{ adjudication: Array<{ amount: { value: number } }> }>;
    };
    expect(eob.total.map((total) => total.amount.value)).toEqual([
      56.52, 0, 0, 0, 56.52, 0,
    ]);
    const firstItem = eob.item[0]?.adjudication ?? [];
    expect(firstItem.map((adjudication) => adjudication.amount.value)).toEqual([
      84.4, 0, 56.52, 0, 56.52, 0,
    ]);
  });

  // Both servers take `_reference` as an enum value (`patient`, unquoted),
  // so one query text serves both.
  it('follows a reverse reference', async () => {
    const { ours, medplum } = await runOnBoth(`{
      Patient(id: "Patient1") {
        id
        ExplanationOfBenefitList(_reference: patient) { id status }
      }
    }`);
    expect(ours).toEqual(medplum);
    const patient = ours?.Patient as { ExplanationOfBenefitList: unknown[] };
    expect(patient.ExplanationOfBenefitList).toHaveLength(8);
  });

  // Medplum applies its default page size of 20 to a reverse reference
  // without `_count`, while this graph returns every match. With a
  // `_count` above the 38 matches both return the same list.
  it('returns every reverse match without _count', async () => {
    const query = (count: string) => `{
      Patient(id: "member-0004") {
        ExplanationOfBenefitList(_reference: patient${count}) { id }
      }
    }`;
    const unbounded = await runOnBoth(query(''));
    const ourList = listOf(unbounded.ours);
    const medplumList = listOf(unbounded.medplum);
    expect(ourList).toHaveLength(38);
    expect(medplumList).toEqual(ourList.slice(0, 20));
    const bounded = await runOnBoth(query(', _count: 50'));
    expect(bounded.ours).toEqual(bounded.medplum);
    expect(listOf(bounded.ours)).toEqual(ourList);
  });

  it('resolves a Coverage beneficiary', async () => {
    const { ours, medplum } = await runOnBoth(`{
      Coverage(id: "Coverage1") {
        id
        beneficiary {
          reference
          resource { ... on Patient { id birthDate } }
        }
      }
    }`);
    expect(ours).toEqual(medplum);
    expect(ours).toEqual({
      Coverage: {
        id: 'Coverage1',
        beneficiary: {
          reference: 'Patient/Patient1',
          resource: { id: 'Patient1', birthDate: '1986-01-01' },
        },
      },
    });
  });

  it('resolves an EOB provider', async () => {
    const { ours, medplum } = await runOnBoth(`{
      ExplanationOfBenefit(id: "EOBOral1") {
        provider {
          reference
          resource { ... on Practitioner { id name { family } } }
        }
      }
    }`);
    expect(ours).toEqual(medplum);
    expect(ours).toEqual({
      ExplanationOfBenefit: {
        provider: {
          reference: 'Practitioner/PractitionerDentalProvider1',
          resource: {
            id: 'PractitionerDentalProvider1',
            name: [{ family: 'Schmidt' }],
          },
        },
      },
    });
  });
});

function listOf(data: Record<string, unknown> | null | undefined): string[] {
  const patient = data?.Patient as {
    ExplanationOfBenefitList: Array<{ id: string }>;
  };
  return patient.ExplanationOfBenefitList.map(({ id }) => id);
}
