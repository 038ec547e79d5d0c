import type {
  Coverage,
  ExplanationOfBenefit,
  Patient,
  Practitioner,
  Resource,
} from 'fhir/r4';
import { mintDevToken } from '../../src/auth';
import { CARE_PROGRAMS, ENROLLMENTS } from '../../examples/care-programs/data';
import { startGatewayStack, type GatewayStack } from './gateway-stack';

// Our subgraph and the care programs example behind Hive Gateway, which
// plans each query across both and fetches entities with `_entities`.

const SECRET = 'gateway-secret-for-tests-0123456789abcdef';

let stack: GatewayStack;

beforeAll(async () => {
  stack = await startGatewayStack(SECRET);
});

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
    }>(`{
      careProgram(id: "diabetes-prevention") {
        name
        enrollments {
          status
          patient { id gender birthDate }
          coverage { id status }
          qualifyingClaim { id status use }
        }
      }
    }`);

    expect(response.body.errors).toBeUndefined();
    const expected = ENROLLMENTS.filter(
      (record) => record.programId === 'diabetes-prevention',
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
    expect(expected).toHaveLength(3);
    expect(response.body.data?.careProgram).toEqual({
      name: 'Diabetes Prevention',
      enrollments: expected,
    });
    expect(backendRequestsByType()).toEqual({
      Patient: 1,
      Coverage: 1,
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
    }>(`{
      Patient(id: "member-0001") {
        id
        carePrograms { status start program { id name } }
      }
    }`);

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
    const token = await mintDevToken({ patient: 'member-0001' });
    stack.fhirRequestHeaders.length = 0;

    const response = await stack.query(
      '{ Patient(id: "member-0001") { id carePrograms { status } } }',
      { headers: { authorization: `Bearer ${token}`, 'x-api-key': 'key-1' } },
    );

    expect(response.body.errors).toBeUndefined();
    expect(stack.fhirRequestHeaders).toHaveLength(1);
    const headers = stack.fhirRequestHeaders[0];
    expect(headers?.authorization).toBe(`Bearer ${token}`);
    expect(headers?.['x-api-key']).toBe('key-1');
    expect(headers?.['x-gateway-secret']).toBe(SECRET);
  });

  // NOTE: PHI enforcement (the principal in the context and compartment
  // checks in the loaders) is not in the service yet, so every member
  // still reads every Patient. Enable this test when it lands.
  it.skip("returns no data for another member's patient", async () => {
    const token = await mintDevToken({ patient: 'member-0001' });

    const response = await stack.query<{
      careProgram: {
        enrollments: Array<{ patient: { id: string; gender: string } | null }>;
      };
    }>(
      '{ careProgram(id: "diabetes-prevention") { enrollments { patient { id gender } } } }',
      { headers: { authorization: `Bearer ${token}` } },
    );

    const patients = response.body.data?.careProgram.enrollments.map(
      (enrollment) => enrollment.patient,
    );
    expect(patients?.[0]?.id).toBe('member-0001');
    expect(patients?.[1]).toBeNull();
    expect(patients?.[2]).toBeNull();
    expect(JSON.stringify(response.body)).not.toContain('member-0002');
    expect(JSON.stringify(response.body)).not.toContain('member-0004');
  });
});
