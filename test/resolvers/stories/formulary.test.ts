import type { Basic, InsurancePlan, MedicationKnowledge } from 'fhir/r4';
import {
  startSandboxedGraph,
  type GraphResponse,
  type SandboxedGraph,
} from '../../server/test-graph';
import { idOf, SandboxRest } from './rest';

// A reference formulary of the USDF reference implementation: 300 items.
const FORMULARY = 'Formulary-10207VA0380001';
const ITEM_CODE =
  'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-InsuranceItemTypeCS|formulary-item';
const TIER_URL =
  'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-DrugTierID-extension';

let graph: SandboxedGraph;
let rest: SandboxRest;

beforeAll(async () => {
  graph = await startSandboxedGraph();
  rest = new SandboxRest(graph.sandbox.baseUrl);
});

afterAll(() => graph.close());

const PAGE = `query Page($id: ID!) {
  formulary(id: $id) {
    id
    name
    items(first: 100) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges {
        node {
          id
          drug { id code { coding { system code display } } }
          drugTier { coding { code display } }
        }
      }
    }
  }
}`;

/** Builds the first page of 100 items from direct REST reads. */
async function expectedPage(id: string) {
  const plan = await rest.read<InsurancePlan>('InsurancePlan', id);
  const bundle = await rest.searchBundle('Basic', {
    code: ITEM_CODE,
    formulary: `InsurancePlan/${id}`,
    _count: '100',
  });
  const items = (bundle.entry ?? []).map((entry) => entry.resource as Basic);
  const drugs = await rest.readAll<MedicationKnowledge>(
    'MedicationKnowledge',
    items.map((item) => idOf(item.subject?.reference)),
  );
  return {
    id: plan.id,
    name: plan.name,
    items: {
      totalCount: bundle.total,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      edges: items.map((item) => {
        const drug = drugs.get(idOf(item.subject?.reference));
        const tier = item.extension?.find((e) => e.url === TIER_URL);
        return {
          node: {
            id: item.id,
            drug: { id: drug?.id, code: { coding: drug?.code?.coding } },
            drugTier: {
              coding: tier?.valueCodeableConcept?.coding?.map((c) => ({
                code: c.code,
                display: c.display,
              })),
            },
          },
        };
      }),
    },
  };
}

describe('formulary story', () => {
  it('returns what REST reads return', async () => {
    const response = await graph.query(PAGE, { id: FORMULARY });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.formulary).toEqual(
      await expectedPage(FORMULARY),
    );
  });

  it('costs one request per level', async () => {
    const response = await graph.query(PAGE, { id: FORMULARY });
    // The formulary, then its items with their drugs (`_include`).
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      InsurancePlan: 1,
      Basic: 1,
    });
  });

  it('walks every item once', async () => {
    const expected = await rest.searchAll<Basic>('Basic', {
      code: ITEM_CODE,
      formulary: `InsurancePlan/${FORMULARY}`,
    });
    const seen = await walk(FORMULARY, 100, null);
    expect(seen).toEqual(expected.map((item) => item.id));
    expect(new Set(seen).size).toBe(300);
  });

  it.each([
    [{ tier: 'generic' }, { 'drug-tier': 'generic' }],
    [
      { pharmacyBenefitType: '1-month-in-retail' },
      { 'pharmacy-benefit-type': '1-month-in-retail' },
    ],
    [
      { drugName: 'doxepin' },
      { 'subject:MedicationKnowledge.drug-name': 'doxepin' },
    ],
    [
      { rxnorm: '1000091' },
      {
        'subject:MedicationKnowledge.code':
          'http://www.nlm.nih.gov/research/umls/rxnorm|1000091',
      },
    ],
  ])('filters items by %j', async (filter, params) => {
    const expected = await rest.searchAll<Basic>('Basic', {
      code: ITEM_CODE,
      formulary: `InsurancePlan/${FORMULARY}`,
      ...params,
    });
    const seen = await walk(FORMULARY, 1000, filter);
    expect(seen).toEqual(expected.map((item) => item.id));
    expect(seen.length).toBeGreaterThan(0);
  });

  it('lists the formularies', async () => {
    const expected = await rest.searchAll<InsurancePlan>('InsurancePlan', {
      type: 'http://terminology.hl7.org/CodeSystem/v3-ActCode|DRUGPOL',
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const response = await graph.query(
        `query Formularies($after: String) {
          formularies(first: 5, after: $after) {
            totalCount
            edges { node { id } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { after },
      );
      const connection = response.body.data?.formularies as Connection;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      expect(connection.totalCount).toBe(expected.length);
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) {
        break;
      }
    }
    expect(seen).toEqual(expected.map((plan) => plan.id));
  });

  it('rejects a payer plan as a formulary', async () => {
    const response = await graph.query(
      '{ formulary(id: "PayerInsurancePlanA1002") { id } }',
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.body.errors?.[0]?.message).toBe(
      'InsurancePlan/PayerInsurancePlanA1002 is not a formulary: its type is not http://terminology.hl7.org/CodeSystem/v3-ActCode|DRUGPOL',
    );
  });
});

describe('formulary links', () => {
  it('finds the formularies of a coverage', async () => {
    const response = await graph.query(`{
      Coverage(id: "InsurancePlanCoverageExample") { formularies { id name } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const formulary = await rest.read<InsurancePlan>(
      'InsurancePlan',
      'FormularyD1002',
    );
    expect(response.body.data?.Coverage).toEqual({
      formularies: [{ id: 'FormularyD1002', name: formulary.name }],
    });
    // The coverage, its plan, then the plan's formularies.
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Coverage: 1,
      InsurancePlan: 2,
    });
  });

  it('lists the formulary items of a drug', async () => {
    const response = await graph.query(`{
      MedicationKnowledge(id: "Drug-1000091") {
        formularyItems { id formulary { resource { id } } }
      }
    }`);
    const expected = await rest.searchAll<Basic>('Basic', {
      code: ITEM_CODE,
      subject: 'MedicationKnowledge/Drug-1000091',
    });
    const drug = response.body.data?.MedicationKnowledge as {
      formularyItems: Array<{ id: string; formulary: unknown }>;
    };
    expect(drug.formularyItems.map((item) => item.id)).toEqual(
      expected.map((item) => item.id),
    );
    expect(drug.formularyItems[0]?.formulary).toEqual({
      resource: {
        id: idOf(expected[0]?.extension?.[0]?.valueReference?.reference),
      },
    });
  });

  it('reads a USDF STU1 drug as its own item', async () => {
    const response = await graph.query(`{
      MedicationKnowledge(id: "cmsip9") {
        formularyItems {
          id
          drugTier { coding { code } }
          priorAuthorization
          formulary { identifier { value } }
          drug { id }
        }
      }
    }`);
    expect(response.body.data?.MedicationKnowledge).toEqual({
      formularyItems: [
        {
          id: 'cmsip9',
          drugTier: { coding: [{ code: 'generic' }] },
          priorAuthorization: false,
          formulary: { identifier: { value: '40308VA0240008' } },
          drug: { id: 'cmsip9' },
        },
      ],
    });
  });
});

describe('Formulary.items cursors', () => {
  it('rejects a cursor of another formulary', async () => {
    const cursor = await endCursor('FormularyD1002');
    const response = await itemsQuery(FORMULARY, 5, cursor, null);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a cursor of another filter', async () => {
    const cursor = await endCursor(FORMULARY);
    const response = await itemsQuery(FORMULARY, 5, cursor, {
      tier: 'generic',
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a cursor of another field', async () => {
    const cursor = await endCursor(FORMULARY);
    const response = await graph.query(
      'query F($after: String) { formularies(after: $after) { totalCount } }',
      { after: cursor },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('continues after a mid-page edge', async () => {
    const first = await itemsPage(FORMULARY, 10, null, null);
    const second = await itemsPage(FORMULARY, 3, first.edges[4]?.cursor, null);
    expect(second.edges.map((edge) => edge.node.id)).toEqual(
      first.edges.slice(5, 8).map((edge) => edge.node.id),
    );
  });
});

interface Connection {
  totalCount: number | null;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function itemsQuery(
  id: string,
  first: number,
  after: string | null | undefined,
  filter: Record<string, string> | null,
) {
  return graph.query(
    `query Items($id: ID!, $first: Int, $after: String, $filter: FormularyItemFilter) {
      formulary(id: $id) {
        items(first: $first, after: $after, filter: $filter) {
          totalCount
          edges { cursor node { id } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }`,
    { id, first, after, filter },
  );
}

async function itemsPage(
  id: string,
  first: number,
  after: string | null | undefined,
  filter: Record<string, string> | null,
): Promise<Connection> {
  const response = await itemsQuery(id, first, after, filter);
  expect(response.body.errors).toBeUndefined();
  const formulary = response.body.data?.formulary as { items: Connection };
  return formulary.items;
}

/** Pages through a formulary's items to the end and returns their ids. */
async function walk(
  id: string,
  first: number,
  filter: Record<string, string> | null,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const connection = await itemsPage(id, first, after, filter);
    seen.push(...connection.edges.map((edge) => edge.node.id));
    after = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage) {
      break;
    }
  }
  return seen;
}

async function endCursor(id: string): Promise<string | null> {
  return (await itemsPage(id, 5, null, null)).pageInfo.endCursor;
}

function errorCodes(response: GraphResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
