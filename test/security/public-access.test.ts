import { MemoryRateLimiter } from '../../src/server/rate-limit';
import type { DefaultSandbox } from '../server/default-sandbox';
import { startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';

const DIRECTORY_QUERY = `{
  PractitionerList(_count: 2) { id name { family } }
  PractitionerRoleList(_count: 2) { id practitioner { resource { ... on Practitioner { id } } } }
  OrganizationList(_count: 2) { id name }
  LocationList(_count: 2) { id }
  HealthcareServiceList(_count: 2) { id }
  EndpointList(_count: 2) { id }
  PractitionerConnection(_count: 2) { count next edges { resource { id } } }
}`;

const FORMULARY_QUERY = `{
  InsurancePlanList(_count: 2) { id }
  MedicationKnowledgeList(_count: 2) { id }
  BasicList(_count: 2) { id }
  formularies(first: 2) { edges { node { id name items(first: 2) { edges { node { id } } } } } }
}`;

let sandbox: DefaultSandbox;
let graph: SecureGraph;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  graph = await startSecureGraph(sandbox, {
    rateLimiter: new MemoryRateLimiter({ burst: 1000, perMinute: 60_000 }),
  });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

describe('public data without credentials', () => {
  it('serves the provider directory', async () => {
    const response =
      await graph.query<Record<string, unknown[]>>(DIRECTORY_QUERY);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    for (const field of ['PractitionerList', 'OrganizationList']) {
      expect(response.body.data?.[field]).toHaveLength(2);
    }
  });

  it('serves the drug formulary', async () => {
    const response =
      await graph.query<Record<string, unknown>>(FORMULARY_QUERY);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.InsurancePlanList).toHaveLength(2);
    expect(response.body.data?.MedicationKnowledgeList).toHaveLength(2);
  });

  it('pages a public connection', async () => {
    const first = await graph.query<{
      PractitionerConnection: { next: string };
    }>('{ PractitionerConnection(_count: 2) { next } }');
    const cursor = first.body.data?.PractitionerConnection.next;
    const second = await graph.query(
      `{ PractitionerConnection(_cursor: "${cursor}") { edges { resource { id } } } }`,
    );

    expect(second.body.errors).toBeUndefined();
  });
});

describe('anonymous rate limit', () => {
  let limited: SecureGraph;

  beforeAll(async () => {
    limited = await startSecureGraph(sandbox, {
      rateLimiter: new MemoryRateLimiter({ burst: 3, perMinute: 6 }),
    });
  });

  afterAll(() => limited.close());

  it('rejects with 429 past the burst', async () => {
    const query = '{ PractitionerList(_count: 1) { id } }';
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push((await limited.query(query)).status);
    }
    const response = await fetch(limited.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };

    expect(statuses).toEqual([200, 200, 200]);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.message).toBe(
      'Too many requests without credentials from this address; retry after 10 seconds, or send an API key',
    );
  });

  it('does not limit a registered app', async () => {
    const { key } = await limited.registerApp('busy app');
    const query = '{ PractitionerList(_count: 1) { id } }';
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      statuses.push((await limited.query(query, { apiKey: key })).status);
    }

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
