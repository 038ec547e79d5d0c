import { loadBackendSettings } from '../../../src/config';
import { startTestGraph, type TestGraph } from '../../server/test-graph';

// The inputs below are rejected before any backend request.
const UNUSED_BACKEND = 'http://127.0.0.1:9/fhir/R4';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph(
    loadBackendSettings({}, { sandboxBaseUrl: UNUSED_BACKEND }),
  );
});

afterAll(() => graph.close());

describe('root field input checks', () => {
  it.each([['../..'], ['a,b'], [''], ['x'.repeat(65)]])(
    'rejects the id %j',
    async (id) => {
      const response = await graph.query(
        'query ($id: ID!) { Practitioner(id: $id) { id } }',
        { id },
      );
      const [error] = response.body.errors ?? [];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toBe(
        `Invalid FHIR Practitioner id ${JSON.stringify(id.slice(0, 80))}; expected 1 to 64 letters, digits, "-" or "."`,
      );
      expect(response.body.extensions?.backend?.backendRequests).toBe(0);
    },
  );

  it('rejects an over-long search value', async () => {
    const response = await graph.query(
      'query ($name: String) { PractitionerList(name: $name) { id } }',
      { name: 'a'.repeat(5000) },
    );
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(
      'Search argument name is 5000 characters long; the maximum is 4096',
    );
    expect(response.body.extensions?.backend?.backendRequests).toBe(0);
  });
});
