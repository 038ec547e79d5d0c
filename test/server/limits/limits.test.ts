import { startDefaultSandbox, type DefaultSandbox } from '../default-sandbox';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';
import type { GraphResponse } from '../test-graph';

const LIMITS = {
  maxDepth: 4,
  maxAliases: 2,
  maxRootFields: 2,
  maxPageSize: 5,
  maxCost: 3,
};

const NO_CACHE = {
  ttlMs: 0,
  maxEntries: 1,
  maxBytes: 1024,
  store: { kind: 'memory' as const },
};

let sandbox: DefaultSandbox;
let graph: OpsGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  graph = await startOpsGraph({
    sandboxBaseUrl: sandbox.sandbox.baseUrl,
    // No public cache, so the backend request counts show the estimate.
    operations: { limits: LIMITS, publicCache: NO_CACHE },
  });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

function expectAccepted(response: GraphResponse): void {
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
}

function expectRejected(
  response: GraphResponse,
  limit: string,
  found: number,
): void {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  const error = response.body.errors?.[0];
  expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(error?.extensions?.limit).toBe(limit);
  expect(error?.extensions?.found).toBe(found);
  expect(error?.message).toContain(`set by ${limit}`);
}

describe('depth limit', () => {
  it('accepts depth 4', async () => {
    const response = await graph.query(
      '{ PractitionerRoleList(_count: 1) { practitioner { resource { id } } } }',
    );
    expectAccepted(response);
  });

  it('rejects depth 5', async () => {
    const response = await graph.query(
      '{ PractitionerRoleList(_count: 1) { practitioner { resource { name { family } } } } }',
    );
    expectRejected(response, 'MAX_QUERY_DEPTH', 5);
    expect(response.body.errors?.[0]?.message).toBe(
      'Operation depth is 5, over the maximum of 4 set by MAX_QUERY_DEPTH; select fewer nested levels',
    );
  });
});

describe('alias limit', () => {
  it('accepts 2 aliases', async () => {
    const response = await graph.query(
      '{ list: PractitionerList(_count: 1) { id other: id } }',
    );
    expectAccepted(response);
  });

  it('rejects 3 aliases', async () => {
    const response = await graph.query(
      '{ list: PractitionerList(_count: 1) { id other: id third: id } }',
    );
    expectRejected(response, 'MAX_QUERY_ALIASES', 3);
  });

  it('counts aliases inside fragments', async () => {
    const response = await graph.query(
      `{ list: PractitionerList(_count: 1) { ...Ids } }
       fragment Ids on Practitioner { other: id third: id }`,
    );
    expectRejected(response, 'MAX_QUERY_ALIASES', 3);
  });
});

describe('root field limit', () => {
  it('accepts 2 root fields', async () => {
    const response = await graph.query(
      '{ PractitionerList(_count: 1) { id } OrganizationList(_count: 1) { id } }',
    );
    expectAccepted(response);
  });

  it('rejects 3 root fields', async () => {
    const response = await graph.query(
      `{ PractitionerList(_count: 1) { id } OrganizationList(_count: 1) { id }
         LocationList(_count: 1) { id } }`,
    );
    expectRejected(response, 'MAX_ROOT_FIELDS', 3);
  });
});

describe('page size limit', () => {
  it('accepts _count 5', async () => {
    const response = await graph.query(
      '{ PractitionerList(_count: 5) { id } }',
    );
    expectAccepted(response);
  });

  it('rejects _count 6', async () => {
    const response = await graph.query(
      '{ PractitionerList(_count: 6) { id } }',
    );
    expectRejected(response, 'MAX_PAGE_SIZE', 6);
    expect(response.body.errors?.[0]?.message).toBe(
      'Page size 6 in Query.PractitionerList(_count:), over the maximum of 5 set by MAX_PAGE_SIZE; request a smaller page and follow the cursor',
    );
  });

  it('reads first from a variable', async () => {
    const query =
      'query Page($n: Int) { practitioners(first: $n) { edges { cursor } } }';
    expectAccepted(await graph.query(query, { n: 5 }));
    expectRejected(await graph.query(query, { n: 6 }), 'MAX_PAGE_SIZE', 6);
  });

  it('counts the default first', async () => {
    // `practitioners(first:)` defaults to 20.
    const response = await graph.query(
      '{ practitioners { edges { cursor } } }',
    );
    expectRejected(response, 'MAX_PAGE_SIZE', 20);
  });
});

describe('cost limit', () => {
  it('accepts cost 3', async () => {
    const response = await graph.query(
      `{ PractitionerRoleList(_count: 5) {
           practitioner { resource { id } }
           organization { resource { id } } } }`,
    );
    expectAccepted(response);
    // Five roles still cost one request per level, because the loaders
    // batch the references of a level into one search.
    expect(response.body.extensions?.backend?.backendRequests).toBe(3);
  });

  it('rejects cost 4', async () => {
    const response = await graph.query(
      `{ PractitionerRoleList(_count: 1) {
           practitioner { resource { id } }
           organization { resource { id } }
           location { resource { id } } } }`,
    );
    expectRejected(response, 'MAX_QUERY_COST', 4);
  });

  it('counts fields inside fragments', async () => {
    const response = await graph.query(
      `{ PractitionerRoleList(_count: 1) { ...Links } }
       fragment Links on PractitionerRole {
         practitioner { resource { id } }
         organization { resource { id } }
         location { resource { id } } }`,
    );
    expectRejected(response, 'MAX_QUERY_COST', 4);
  });
});

describe('introspection', () => {
  it('counts towards no limit', async () => {
    const response = await graph.query(
      `{ __schema { types { name fields { name type { name ofType { name
           ofType { name } } } } } } }`,
    );
    expectAccepted(response);
  });

  it('is rejected when switched off', async () => {
    const closed = await startOpsGraph({
      sandboxBaseUrl: sandbox.sandbox.baseUrl,
      operations: { introspection: false, graphiql: false },
    });
    try {
      const response = await closed.query(
        '{ __schema { queryType { name } } }',
      );
      expect(response.status).toBe(400);
      const error = response.body.errors?.[0];
      expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error?.message).toContain('introspection');
    } finally {
      await closed.close();
    }
  });
});
