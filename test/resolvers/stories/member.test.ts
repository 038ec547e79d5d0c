import type {
  Coverage,
  ExplanationOfBenefit,
  Organization,
  Patient,
  Practitioner,
} from 'fhir/r4';
import {
  startSandboxedGraph,
  type GraphResponse,
  type SandboxedGraph,
} from '../../server/test-graph';
import { idOf, SandboxRest } from './rest';

// A generated member with two coverages and 27 claims.
const MEMBER = 'member-0001';

let graph: SandboxedGraph;
let rest: SandboxRest;

beforeAll(async () => {
  graph = await startSandboxedGraph();
  rest = new SandboxRest(graph.sandbox.baseUrl);
});

afterAll(() => graph.close());

const SUMMARY = `query Summary($id: ID!) {
  member(id: $id) {
    id
    name { family given }
    coverages {
      id
      payors { ... on Organization { id name } }
    }
    explanationOfBenefits(first: 20) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges {
        node {
          id
          created
          billablePeriod { start }
          type { coding { code } }
          provider { resource { ... on Organization { id name } } }
          insurer { resource { id name } }
          careTeam {
            provider { resource { ... on Practitioner { id name { family } } } }
          }
        }
      }
    }
  }
}`;

/** Sorts claims as the schema promises: newest service date first, then by id. */
function newestFirst(claims: ExplanationOfBenefit[]): ExplanationOfBenefit[] {
  const time = (claim: ExplanationOfBenefit) =>
    Date.parse(claim.billablePeriod?.start ?? claim.created);
  return [...claims].sort(
    (a, b) => time(b) - time(a) || ((a.id ?? '') < (b.id ?? '') ? -1 : 1),
  );
}

async function restClaims(
  params: Record<string, string> | Array<[string, string]>,
): Promise<ExplanationOfBenefit[]> {
  return newestFirst(await rest.searchAll('ExplanationOfBenefit', params));
}

/** Builds the member summary from direct REST reads. */
async function expectedSummary(id: string) {
  const patient = await rest.read<Patient>('Patient', id);
  const coverages = await rest.searchAll<Coverage>('Coverage', {
    beneficiary: `Patient/${id}`,
  });
  const claims = await restClaims({ patient: `Patient/${id}` });
  const newest = claims.slice(0, 20);
  const organizations = await rest.readAll<Organization>('Organization', [
    ...coverages.flatMap((c) => (c.payor ?? []).map((p) => idOf(p.reference))),
    ...newest.map((claim) => idOf(claim.provider.reference)),
    ...newest.map((claim) => idOf(claim.insurer.reference)),
  ]);
  const practitioners = await rest.readAll<Practitioner>(
    'Practitioner',
    newest.flatMap((claim) =>
      (claim.careTeam ?? []).map((member) => idOf(member.provider.reference)),
    ),
  );
  // Display-only references (the insurer of pharmacy claims) give null.
  const organization = (reference: string | undefined) => {
    const found = organizations.get(idOf(reference));
    return found === undefined ? null : { id: found.id, name: found.name };
  };
  const practitioner = (reference: string | undefined) => {
    const found = practitioners.get(idOf(reference));
    const name = found?.name?.map((n) => ({ family: n.family }));
    return found === undefined ? null : { id: found.id, name };
  };
  return {
    id: patient.id,
    name: patient.name?.map((n) => ({ family: n.family, given: n.given })),
    coverages: coverages.map((coverage) => ({
      id: coverage.id,
      payors: (coverage.payor ?? []).map((p) => organization(p.reference)),
    })),
    explanationOfBenefits: {
      totalCount: claims.length,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      edges: newest.map((claim) => ({
        node: {
          id: claim.id,
          created: claim.created,
          billablePeriod: { start: claim.billablePeriod?.start },
          type: { coding: claim.type.coding?.map((c) => ({ code: c.code })) },
          provider: { resource: organization(claim.provider.reference) },
          insurer: { resource: organization(claim.insurer.reference) },
          careTeam: (claim.careTeam ?? []).map((member) => ({
            provider: { resource: practitioner(member.provider.reference) },
          })),
        },
      })),
    },
  };
}

describe('member story', () => {
  it('returns what REST reads return', async () => {
    const response = await graph.query(SUMMARY, { id: MEMBER });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.member).toEqual(await expectedSummary(MEMBER));
  });

  it('costs one request per level', async () => {
    const response = await graph.query(SUMMARY, { id: MEMBER });
    // Patient; its Coverages and its claims; the payors; then the claims'
    // providers and insurers (Organization) and care teams (Practitioner).
    // One care team member is a versioned reference (`Practitioner/x/_history/1`),
    // which costs a vread of its own.
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Patient: 1,
      Coverage: 1,
      ExplanationOfBenefit: 1,
      Organization: 2,
      Practitioner: 2,
    });
  });

  it('batches claims of many members', async () => {
    const response = await graph.query(`{
      PatientList(_id: "member-0001,member-0002,member-0003") {
        explanationOfBenefits(first: 2) { totalCount }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Patient: 1,
      ExplanationOfBenefit: 1,
    });
  });

  it('filters claims by type and service date', async () => {
    const response = await graph.query(`{
      member(id: "${MEMBER}") {
        explanationOfBenefits(
          first: 100
          filter: { type: "pharmacy", serviceDateFrom: "2025-01-01", serviceDateTo: "2026-06-30" }
        ) { edges { node { id } } }
      }
    }`);
    const expected = await restClaims([
      ['patient', `Patient/${MEMBER}`],
      ['type', 'pharmacy'],
      ['service-date', 'ge2025-01-01'],
      ['service-date', 'le2026-06-30'],
    ]);
    expect(nodeIds(response, 'member')).toEqual(expected.map((c) => c.id));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('lists a coverage with its claims', async () => {
    const response = await graph.query(`{
      member(id: "${MEMBER}") {
        coverages {
          id
          beneficiary { resource { id } }
          explanationOfBenefits(first: 100) { edges { node { id } } }
        }
      }
    }`);
    const coverages = memberOf(response).coverages as Array<{
      id: string;
      beneficiary: unknown;
      explanationOfBenefits: { edges: Array<{ node: { id: string } }> };
    }>;
    for (const coverage of coverages) {
      const expected = await restClaims({
        coverage: `Coverage/${coverage.id}`,
      });
      const ids = coverage.explanationOfBenefits.edges.map((e) => e.node.id);
      expect(ids).toEqual(expected.map((claim) => claim.id));
      expect(coverage.beneficiary).toEqual({ resource: { id: MEMBER } });
    }
  });
});

describe('Patient.explanationOfBenefits paging', () => {
  it('returns every claim once', async () => {
    const expected = await restClaims({ patient: `Patient/${MEMBER}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const connection = await claimsPage(MEMBER, 7, after);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) {
        break;
      }
    }
    expect(seen).toEqual(expected.map((claim) => claim.id));
  });

  it('continues after any edge cursor', async () => {
    const first = await claimsPage(MEMBER, 5, null);
    const second = await claimsPage(MEMBER, 2, first.edges[2]?.cursor ?? null);
    expect(second.edges.map((edge) => edge.node.id)).toEqual(
      first.edges.slice(3, 5).map((edge) => edge.node.id),
    );
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });

  it('rejects a tampered cursor', async () => {
    const { pageInfo } = await claimsPage(MEMBER, 5, null);
    const cursor = pageInfo.endCursor ?? '';
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'AB' : 'AA'}`;
    const response = await claimsQuery(MEMBER, 5, tampered);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe(
      'Invalid cursor for Patient.explanationOfBenefits: pass a cursor this field returned to you, unchanged',
    );
  });

  it('rejects a cursor of another field', async () => {
    const response = await graph.query(`{
      member(id: "${MEMBER}") {
        coverages { explanationOfBenefits(first: 1) { pageInfo { endCursor } } }
      }
    }`);
    const coverages = memberOf(response).coverages as Array<{
      explanationOfBenefits: { pageInfo: { endCursor: string } };
    }>;
    const cursor = coverages[0]?.explanationOfBenefits.pageInfo.endCursor;
    const reused = await claimsQuery(MEMBER, 5, cursor ?? '');
    expect(errorCodes(reused)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a cursor of another member', async () => {
    const { pageInfo } = await claimsPage('member-0002', 5, null);
    const response = await claimsQuery(MEMBER, 5, pageInfo.endCursor ?? '');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe(
      'Invalid cursor for Patient.explanationOfBenefits: pass a cursor this field returned for the same parent and filter, unchanged',
    );
  });

  it('rejects a cursor before any backend request', async () => {
    const response = await graph.query(`{
      member(id: "${MEMBER}") { explanationOfBenefits(after: "x.y") { totalCount } }
    }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Patient: 1,
    });
  });

  it('rejects first out of range', async () => {
    const response = await claimsQuery(MEMBER, 0, null);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe(
      'Invalid first 0 for Patient.explanationOfBenefits: expected an integer from 1 to 1000',
    );
  });
});

interface ClaimsConnection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    endCursor: string | null;
  };
}

function claimsQuery(id: string, first: number, after: string | null) {
  return graph.query(
    `query Claims($id: ID!, $first: Int, $after: String) {
      member(id: $id) {
        explanationOfBenefits(first: $first, after: $after) {
          edges { cursor node { id } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }
    }`,
    { id, first, after },
  );
}

async function claimsPage(
  id: string,
  first: number,
  after: string | null,
): Promise<ClaimsConnection> {
  const response = await claimsQuery(id, first, after);
  expect(response.body.errors).toBeUndefined();
  return memberOf(response).explanationOfBenefits as ClaimsConnection;
}

function memberOf(response: GraphResponse): Record<string, unknown> {
  return response.body.data?.member as Record<string, unknown>;
}

function nodeIds(response: GraphResponse, root: string): string[] {
  const data = response.body.data?.[root] as {
    explanationOfBenefits: ClaimsConnection;
  };
  return data.explanationOfBenefits.edges.map((edge) => edge.node.id);
}

function errorCodes(response: GraphResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
