import { loadBackendSettings } from '../../src/config';
import { DEFAULT_LOADER_SETTINGS } from '../../src/loaders';
import { startTestGraph } from '../server/test-graph';
import {
  idsOf,
  startDefaultSandbox,
  type DefaultSandbox,
} from '../server/default-sandbox';
import { startFaultProxy, type FaultProxy } from '../server/fault-proxy';
import type { TestGraph } from '../server/test-graph';

// Entity fetches as a federation gateway sends them (Apollo Federation 2
// subgraph specification, `Query._entities`).
const ENTITIES_QUERY = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Patient { id gender }
    ... on Coverage { id status }
    ... on Practitioner { id }
    ... on ExplanationOfBenefit { id }
    ... on FormularyItem { id code { coding { code } } }
  }
}`;

interface EntitiesData {
  _entities: Array<{ __typename: string; id: string } | null>;
}

function patient(id: string): { __typename: string; id: string } {
  return { __typename: 'Patient', id };
}

function claim(id: string): { __typename: string; id: string } {
  return { __typename: 'ExplanationOfBenefit', id };
}

/** Returns the ids of the first `count` claims of the test members. */
function claimIds(count: number): string[] {
  return idsOf(sandbox.resources, 'ExplanationOfBenefit')
    .filter((id) => id.startsWith('member-'))
    .slice(0, count);
}

let sandbox: DefaultSandbox;
let proxy: FaultProxy;
let graph: TestGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  proxy = await startFaultProxy(sandbox.sandbox.baseUrl);
  const backends = loadBackendSettings({}, { sandboxBaseUrl: proxy.baseUrl });
  // 100 claim ids take about 2,200 characters in `_id`, more than the
  // default URL limit of 2,048, which would split them into two searches.
  graph = await startTestGraph(backends, {
    loaderSettings: { ...DEFAULT_LOADER_SETTINGS, maxUrlLength: 8192 },
  });
});

afterAll(async () => {
  await graph.close();
  await proxy.close();
  await sandbox.sandbox.close();
});

afterEach(() => {
  proxy.takeRequests();
});

/** Returns the ids of the `_id` search of each recorded request. */
function searchedIds(): string[][] {
  return proxy.takeRequests().map((request) => {
    const query = new URL(request.target, 'http://proxy/').searchParams;
    return (query.get('_id') ?? '').split(',');
  });
}

async function fetchEntities(representations: unknown[]) {
  return graph.query<EntitiesData>(ENTITIES_QUERY, { representations });
}

describe('_entities', () => {
  it('reads 100 claims with one backend request', async () => {
    const ids = claimIds(100).reverse();

    const response = await fetchEntities(ids.map(claim));

    expect(response.body.errors).toBeUndefined();
    const entities = response.body.data?._entities ?? [];
    expect(entities.map((entity) => entity?.id)).toEqual(ids);
    expect(response.body.extensions?.backend?.backendRequests).toBe(1);
    expect(searchedIds()).toEqual([ids]);
  });

  it('keeps the order of mixed types', async () => {
    const representations = [
      { __typename: 'Coverage', id: 'member-0001-cov-1' },
      patient('member-0002'),
      { __typename: 'Practitioner', id: 'Practitioner1' },
      patient('member-0001'),
      { __typename: 'Coverage', id: 'member-0002-cov-1' },
    ];

    const response = await fetchEntities(representations);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities.map((entity) => entity?.id)).toEqual(
      representations.map((representation) => representation.id),
    );
    expect(
      response.body.data?._entities.map((entity) => entity?.__typename),
    ).toEqual(
      representations.map((representation) => representation.__typename),
    );
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Coverage: 1,
      Patient: 1,
      Practitioner: 1,
    });
  });

  it('returns null in place of a missing entity', async () => {
    const response = await fetchEntities([
      patient('member-0003'),
      patient('no-such-patient'),
      patient('member-0004'),
    ]);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([
      expect.objectContaining({ __typename: 'Patient', id: 'member-0003' }),
      null,
      expect.objectContaining({ __typename: 'Patient', id: 'member-0004' }),
    ]);
    expect(response.body.extensions?.backend?.backendRequests).toBe(1);
  });

  it('returns null for an id that is not a FHIR id', async () => {
    const response = await fetchEntities([
      patient('member-0005'),
      patient('a,b'),
    ]);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities[0]?.id).toBe('member-0005');
    expect(response.body.data?._entities[1]).toBeNull();
  });

  it('fetches a repeated entity once', async () => {
    const response = await fetchEntities([
      patient('member-0006'),
      patient('member-0007'),
      patient('member-0006'),
      patient('member-0006'),
    ]);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities.map((entity) => entity?.id)).toEqual([
      'member-0006',
      'member-0007',
      'member-0006',
      'member-0006',
    ]);
    expect(searchedIds()).toEqual([['member-0006', 'member-0007']]);
  });

  it('rejects a representation without an id', async () => {
    const response = await fetchEntities([
      patient('member-0008'),
      { __typename: 'Patient', identifier: 'member-0009' },
    ]);

    expect(response.body.data?._entities[0]?.id).toBe('member-0008');
    expect(response.body.data?._entities[1]).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.path).toEqual(['_entities', 1]);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toBe(
      'Patient entity representation has no string id; expected {"__typename": "Patient", "id": "<FHIR id>"}, got id undefined',
    );
  });

  it('reads formulary items from USDF resources', async () => {
    // A USDF STU2 Basic item, a USDF STU1 MedicationKnowledge with a plan
    // id, a STU2 drug (not an item) and an id that names nothing.
    const ids = [
      'FormularyItem-D1002-1000091',
      'formularydrugV1002',
      'FormularyDrug-1000091',
      'no-such-item',
    ];

    const response = await graph.query<{
      _entities: Array<{
        id: string;
        code: { coding: Array<{ code: string }> } | null;
      } | null>;
    }>(ENTITIES_QUERY, {
      representations: ids.map((id) => ({ __typename: 'FormularyItem', id })),
    });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([
      {
        __typename: 'FormularyItem',
        id: ids[0],
        code: { coding: [{ code: '1000091' }, { code: '1160770' }] },
      },
      {
        __typename: 'FormularyItem',
        id: ids[1],
        code: { coding: [{ code: '1049640' }] },
      },
      null,
      null,
    ]);
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Basic: 1,
      MedicationKnowledge: 1,
    });
  });
});

describe('_entities with bad representations', () => {
  it('keeps serving after an unknown type', async () => {
    const response = await fetchEntities([
      { __typename: 'Basic' } as { __typename: string; id: string },
      { __typename: 'Nope', id: 'x' },
    ]);
    // `_entities` is non-null, so the error of the unknown type nulls data.
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(
      'Invalid representation 1: __typename "Nope" is not an entity type of this subgraph',
    );
    // An abandoned rejection would end the process before this request.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await fetch(graph.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
  });
});
