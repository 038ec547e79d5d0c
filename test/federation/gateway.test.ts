import type {
  Coverage,
  ExplanationOfBenefit,
  Patient,
  Practitioner,
  Resource,
} from 'fhir/r4';
import { mintDevToken } from '../../src/auth';
import { CARE_PROGRAMS, ENROLLMENTS } from '../../examples/care-programs/data';
import { postGraphQL } from './fhir-subgraph';
import { startGatewayStack, type GatewayStack } from './gateway-stack';

// Our subgraph and the care programs example behind Hive Gateway, which
// plans each query across both and fetches entities with `_entities`.

const SECRET = 'gateway-secret-for-tests-0123456789abcdef';

let stack: GatewayStack;
let apiKey: string;

beforeAll(async () => {
  stack = await startGatewayStack(SECRET);
  apiKey = (await stack.protection.auth.apiKeys.create('gateway tests')).key;
});

/** Returns the headers of a member's app: access token and API key. */
async function memberCredentials(
  patient: string,
): Promise<Record<string, string>> {
  const token = await mintDevToken({ patient });
  return { authorization: `Bearer ${token}`, 'x-api-key': apiKey };
}

afterAll(async () => {
  await stack.close();
});

afterEach(() => {
  stack.backend.takeRequests();
});

/** Returns the number of backend requests since the last call, by type. */
function backendRequestsByType(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of stack.backend.takeRequests()) {
    const type = request.resourceType ?? '(base)';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

interface PatientFields {
  id: string;
  gender: string | null;
  birthDate?: string | null;
  name?: Array<{ family: string }> | null;
}

function resource<T extends Resource>(resourceType: string, id: string): T {
  const found = stack.resources.find(
    (candidate) =>
      candidate.resourceType === resourceType && candidate.id === id,
  );
  if (found === undefined) {
    throw new Error(`sandbox data has no ${resourceType}/${id}`);
  }
  return found as T;
}

describe('gateway over both subgraphs', () => {
  it('walks from a care program into FHIR entities', async () => {
    const response = await stack.query<{
      careProgram: {
        name: string;
        enrollments: Array<{
          status: string;
          patient: { id: string; gender: string; birthDate: string };
          coverage: { id: string; status: string };
          qualifyingClaim: { id: string; status: string; use: string };
        }>;
      };
    }>(
      `{
      careProgram(id: "maternity-care") {
        name
        enrollments {
          status
          patient { id gender birthDate }
          coverage { id status }
          qualifyingClaim { id status use }
        }
      }
    }`,
      { headers: await memberCredentials('member-0003') },
    );

    expect(response.body.errors).toBeUndefined();
    const expected = ENROLLMENTS.filter(
      (record) => record.programId === 'maternity-care',
    ).map((record) => {
      const patient = resource<Patient>('Patient', record.patientId);
      const coverage = resource<Coverage>('Coverage', record.coverageId);
      const claim = resource<ExplanationOfBenefit>(
        'ExplanationOfBenefit',
        record.qualifyingClaimId,
      );
      return {
        status: record.status,
        patient: {
          id: patient.id,
          gender: patient.gender,
          birthDate: patient.birthDate,
        },
        coverage: { id: coverage.id, status: coverage.status },
        qualifyingClaim: { id: claim.id, status: claim.status, use: claim.use },
      };
    });
    expect(expected).toHaveLength(1);
    expect(response.body.data?.careProgram).toEqual({
      name: 'Maternity Care',
      enrollments: expected,
    });
    // The compartment guard lists the member's Coverage ids first, with
    // one search each by beneficiary, subscriber and policy holder.
    expect(backendRequestsByType()).toEqual({
      Patient: 1,
      Coverage: 4,
      ExplanationOfBenefit: 1,
    });
  });

  it('walks from a patient into care programs', async () => {
    const response = await stack.query<{
      Patient: {
        id: string;
        carePrograms: Array<{
          status: string;
          start: string;
          program: { id: string; name: string };
        }>;
      };
    }>(
      `{
      Patient(id: "member-0001") {
        id
        carePrograms { status start program { id name } }
      }
    }`,
      { headers: await memberCredentials('member-0001') },
    );

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.Patient).toEqual({
      id: 'member-0001',
      carePrograms: [
        {
          status: 'COMPLETED',
          start: '2024-06-10',
          program: { id: 'heart-health', name: 'Heart Health' },
        },
        {
          status: 'ACTIVE',
          start: '2025-02-03',
          program: { id: 'diabetes-prevention', name: 'Diabetes Prevention' },
        },
      ],
    });
  });

  it('walks from a practitioner into led programs', async () => {
    const id = CARE_PROGRAMS[1]?.leadIds[0] ?? '';

    const response = await stack.query<{
      Practitioner: { id: string; ledCarePrograms: Array<{ id: string }> };
    }>(`{ Practitioner(id: "${id}") { id ledCarePrograms { id } } }`);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.Practitioner).toEqual({
      id,
      ledCarePrograms: [{ id: 'heart-health' }],
    });
  });

  it('reads 50 practitioners with one backend request', async () => {
    const response = await stack.query<{
      carePrograms: Array<{
        leads: Array<{ id: string; name: Array<{ family: string }> }>;
      }>;
    }>(`{ carePrograms { leads { id name { family } } } }`);

    expect(response.body.errors).toBeUndefined();
    const leads = (response.body.data?.carePrograms ?? []).flatMap(
      (program) => program.leads,
    );
    const leadIds = CARE_PROGRAMS.flatMap((program) => program.leadIds);
    expect(new Set(leadIds).size).toBe(50);
    expect(leads.map((lead) => lead.id)).toEqual(leadIds);
    expect(leads.map((lead) => lead.name[0]?.family)).toEqual(
      leadIds.map(
        (id) => resource<Practitioner>('Practitioner', id).name?.[0]?.family,
      ),
    );
    expect(backendRequestsByType()).toEqual({ Practitioner: 1 });
  });

  it('passes the member token to our subgraph', async () => {
    const credentials = await memberCredentials('member-0001');
    stack.fhirRequestHeaders.length = 0;

    const response = await stack.query(
      '{ Patient(id: "member-0001") { id carePrograms { status } } }',
      { headers: credentials },
    );

    expect(response.body.errors).toBeUndefined();
    expect(stack.fhirRequestHeaders).toHaveLength(1);
    const headers = stack.fhirRequestHeaders[0];
    expect(headers?.authorization).toBe(credentials.authorization);
    expect(headers?.['x-api-key']).toBe(apiKey);
    expect(headers?.['x-gateway-secret']).toBe(SECRET);
  });

  it("returns no data for another member's patient", async () => {
    const response = await stack.query<{
      careProgram: {
        enrollments: Array<{ patient: PatientFields | null }>;
      };
    }>(
      '{ careProgram(id: "diabetes-prevention") { enrollments { patient { id gender birthDate name { family } } } } }',
      { headers: await memberCredentials('member-0001') },
    );

    expect(response.body.errors).toBeUndefined();
    const own = resource<Patient>('Patient', 'member-0001');
    // The ids come from the care programs subgraph, which stores them. Our
    // subgraph returned null for the two other members' entities.
    expect(
      response.body.data?.careProgram.enrollments.map(
        (enrollment) => enrollment.patient,
      ),
    ).toEqual([
      {
        id: 'member-0001',
        gender: own.gender,
        birthDate: own.birthDate,
        name: [{ family: own.name?.[0]?.family }],
      },
      { id: 'member-0002', gender: null, birthDate: null, name: null },
      { id: 'member-0004', gender: null, birthDate: null, name: null },
    ]);
  });

  it("returns null for another member's _entities", async () => {
    const response = await postGraphQL<{
      _entities: Array<{ id: string } | null>;
    }>(
      stack.fhir.url,
      '{ _entities(representations: [{ __typename: "Patient", id: "member-0002" }, { __typename: "Patient", id: "member-0001" }]) { ... on Patient { id gender } } }',
      {
        headers: {
          ...(await memberCredentials('member-0001')),
          'x-gateway-secret': SECRET,
        },
      },
    );

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([
      null,
      {
        id: 'member-0001',
        gender: resource<Patient>('Patient', 'member-0001').gender,
      },
    ]);
  });

  it('returns no patient data without a token', async () => {
    const response = await stack.query<{
      careProgram: { enrollments: Array<{ patient: PatientFields | null }> };
    }>(
      '{ careProgram(id: "maternity-care") { enrollments { patient { id gender } } } }',
    );

    const patient = response.body.data?.careProgram.enrollments[0]?.patient;
    expect(patient?.gender ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
