import { loadExampleTabs } from '../../../src/server/graphiql/examples';
import { startDefaultSandbox, type DefaultSandbox } from '../default-sandbox';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';

let sandbox: DefaultSandbox;
let graph: OpsGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  // The default limits apply, so every example must fit within them.
  graph = await startOpsGraph({ sandboxBaseUrl: sandbox.sandbox.baseUrl });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

const tabs = loadExampleTabs();

describe('GraphiQL examples', () => {
  it('has four tabs', () => {
    expect(tabs.map((tab) => /query (\w+)/.exec(tab.query)?.[1])).toEqual([
      'FormularyByDrugName',
      'ProvidersBySpecialtyAndCity',
      'MemberSummary',
      'FhirGraphqlShape',
    ]);
  });

  it.each(tabs.map((tab) => [/query (\w+)/.exec(tab.query)?.[1], tab]))(
    'runs %s',
    async (_name, tab) => {
      const variables = JSON.parse(tab.variables) as Record<string, unknown>;
      const response = await graph.query(tab.query, variables);
      expect(response.body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body.data);
      expect(text).not.toContain('"edges":[]');
      expect(text).not.toMatch(/^\{"\w+":null\}$/);
    },
  );

  it('fills the headers of the member tab only', () => {
    const headers = tabs.map((tab) => tab.headers);
    expect(JSON.parse(headers[2] ?? '')).toEqual({
      Authorization: 'Bearer <npm run token -- --patient member-0001>',
      'x-api-key': '<npm run apikey -- create --name explorer>',
    });
    expect([headers[0], headers[1], headers[3]]).toEqual(['', '', '']);
  });
});
