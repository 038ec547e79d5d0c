import { loadBackendSettings } from '../../src/config';
import { startTestGraph, type TestGraph } from './test-graph';

// No backend request is made: the body is rejected before Apollo runs.
const UNUSED_BACKEND = 'http://127.0.0.1:9/fhir/R4';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph(
    loadBackendSettings({}, { sandboxBaseUrl: UNUSED_BACKEND }),
  );
});

afterAll(() => graph.close());

async function post(body: string) {
  const response = await fetch(graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

describe('request body errors', () => {
  it('answers malformed JSON with a GraphQL error', async () => {
    const printed = jest.spyOn(console, 'error');
    const response = await post(
      '{"query":"{ PatientList { id } }","variables":{"ssn":"999-88-7777"}',
    );
    expect(response.status).toBe(400);
    expect(response.type).toContain('application/json');
    expect(JSON.parse(response.text)).toEqual({
      errors: [
        {
          message:
            'Invalid request body: send a JSON object such as {"query": "{ __typename }"} with content-type application/json',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    expect(response.text).not.toContain('999-88-7777');
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
  });

  it('rejects a JSON body that is not an object', async () => {
    const response = await post('"x"');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe(
      'BAD_REQUEST',
    );
  });

  it('answers an oversized body with 413', async () => {
    const query = `{ __typename }${' '.repeat(1024 * 1024)}`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text).errors[0].message).toBe(
      'Request body too large: send at most 1 MB of JSON',
    );
  });
});
