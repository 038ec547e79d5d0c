import { defaultBackend, settingsOf } from '../../fhir/helpers/client';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';

// No request reaches this backend: the routes under test serve files.
const backends = settingsOf([defaultBackend('http://127.0.0.1:9/r4')]);
const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GraphiQL routes', () => {
  let graph: OpsGraph;

  beforeAll(async () => {
    graph = await startOpsGraph({ backends });
  });

  afterAll(() => graph.close());

  it('serves the page to a browser', async () => {
    const response = await fetch(graph.service.url, {
      headers: { accept: BROWSER_ACCEPT },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'text/html; charset=utf-8',
    );
    expect(response.headers.get('content-security-policy')).toContain(
      "default-src 'self'",
    );
    const page = await response.text();
    expect(page).toContain('<script src="/graphiql/assets/graphiql.min.js">');
    expect(page).not.toMatch(/(src|href)="https?:/);
    expect(page).not.toMatch(/<script>|<style>|style="/);
  });

  it('leaves other GET requests to Apollo Server', async () => {
    const response = await fetch(graph.service.url, {
      headers: { accept: '*/*' },
    });
    expect(response.headers.get('content-type')).not.toContain('text/html');
  });

  it('runs a GET query from a browser', async () => {
    const url = `${graph.service.url}?query=${encodeURIComponent('{ __typename }')}`;
    const response = await fetch(url, {
      headers: {
        accept: BROWSER_ACCEPT,
        'apollo-require-preflight': 'true',
      },
    });
    const body = (await response.json()) as { data?: unknown };
    expect(body.data).toEqual({ __typename: 'Query' });
  });

  it.each([
    ['graphiql.min.js', 'text/javascript'],
    ['graphiql.min.css', 'text/css'],
    ['react.production.min.js', 'text/javascript'],
    ['react-dom.production.min.js', 'text/javascript'],
    ['explorer.js', 'text/javascript'],
    ['explorer.css', 'text/css'],
  ])('serves %s', async (file, type) => {
    const response = await fetch(`${graph.origin}/graphiql/assets/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    await response.arrayBuffer();
  });

  it.each(['package.json', '..%2Fpackage.json', 'graphiql.js.map'])(
    'returns 404 for %s',
    async (file) => {
      const response = await fetch(`${graph.origin}/graphiql/assets/${file}`);
      expect(response.status).toBe(404);
    },
  );

  it('serves no page when GraphiQL is off', async () => {
    const closed = await startOpsGraph({
      backends,
      operations: { graphiql: false },
    });
    try {
      const response = await fetch(closed.service.url, {
        headers: { accept: BROWSER_ACCEPT },
      });
      expect(response.headers.get('content-type')).not.toContain('text/html');
      const asset = await fetch(`${closed.origin}/graphiql/assets/explorer.js`);
      expect(asset.status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});
