import { startDefaultSandbox, type DefaultSandbox } from '../default-sandbox';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';
import { delta, scrape, type Samples } from './prometheus-text';

const FORMULARY = 'Formulary-10207VA0380001';
const QUERY = `query FormularyName { formulary(id: "${FORMULARY}") { id name } }`;

let sandbox: DefaultSandbox;
let graph: OpsGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  graph = await startOpsGraph({ sandboxBaseUrl: sandbox.sandbox.baseUrl });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

/** Scrapes, runs `action`, scrapes again, and returns both scrapes. */
async function around(
  action: () => Promise<unknown>,
): Promise<{ before: Samples; after: Samples }> {
  const before = await scrape(graph.origin);
  await action();
  const after = await scrape(graph.origin);
  return { before, after };
}

describe('/metrics', () => {
  it('serves the Prometheus text format', async () => {
    const response = await fetch(`${graph.origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain(
      '# TYPE fhir_graph_graphql_operations_total counter',
    );
  });

  it('counts a query and its backend requests', async () => {
    const { before, after } = await around(() => graph.query(QUERY));
    const change = (name: string, labels: Record<string, string> = {}) =>
      delta(before, after, name, labels);

    const operation = { operation_name: 'FormularyName' };
    expect(
      change('fhir_graph_graphql_operations_total', {
        ...operation,
        operation_type: 'query',
        outcome: 'success',
      }),
    ).toBe(1);
    expect(
      change('fhir_graph_graphql_operation_duration_seconds_count', operation),
    ).toBe(1);
    expect(
      change('fhir_graph_graphql_operation_backend_requests_count', operation),
    ).toBe(1);
    expect(
      change('fhir_graph_graphql_operation_backend_requests_sum', operation),
    ).toBe(1);
    expect(
      change('fhir_graph_backend_requests_total', {
        backend: 'sandbox',
        interaction: 'search',
        resource_type: 'InsurancePlan',
        status: '200',
      }),
    ).toBe(1);
    expect(
      change('fhir_graph_backend_request_duration_seconds_count', {
        backend: 'sandbox',
        interaction: 'search',
      }),
    ).toBe(1);
    const batch = { kind: 'read', resource_type: 'InsurancePlan' };
    expect(change('fhir_graph_loader_batch_size_count', batch)).toBe(1);
    expect(change('fhir_graph_loader_batch_size_sum', batch)).toBe(1);
    expect(
      change('fhir_graph_public_cache_lookups_total', { result: 'miss' }),
    ).toBe(1);
    expect(
      change('fhir_graph_public_cache_lookups_total', { result: 'hit' }),
    ).toBe(0);
    expect(
      change('fhir_graph_http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBe(1);
  });

  it('counts a repeated query as a cache hit', async () => {
    await graph.query(QUERY);
    const { before, after } = await around(() => graph.query(QUERY));
    const change = (name: string, labels: Record<string, string> = {}) =>
      delta(before, after, name, labels);

    expect(
      change('fhir_graph_public_cache_lookups_total', { result: 'hit' }),
    ).toBe(1);
    expect(
      change('fhir_graph_backend_requests_total', {
        backend: 'sandbox',
        interaction: 'search',
        resource_type: 'InsurancePlan',
        status: '200',
      }),
    ).toBe(0);
    expect(
      change('fhir_graph_graphql_operation_backend_requests_sum', {
        operation_name: 'FormularyName',
      }),
    ).toBe(0);
  });

  it('counts partial and failed outcomes', async () => {
    const partial = `query HalfFound {
      found: formulary(id: "${FORMULARY}") { id }
      missing: formulary(id: "no-such-formulary") { id }
    }`;
    const invalid = 'query NoSuchField { noSuchField }';
    const { before, after } = await around(async () => {
      await graph.query(partial);
      await graph.query(invalid);
    });

    expect(
      delta(before, after, 'fhir_graph_graphql_operations_total', {
        operation_name: 'HalfFound',
        operation_type: 'query',
        outcome: 'partial',
      }),
    ).toBe(1);
    // Validation fails before an operation is chosen, so it has no name.
    expect(
      delta(before, after, 'fhir_graph_graphql_operations_total', {
        operation_name: '(anonymous)',
        operation_type: 'unknown',
        outcome: 'error',
      }),
    ).toBe(1);
  });

  it('counts limit rejections', async () => {
    const { before, after } = await around(() =>
      graph.query('{ PractitionerList(_count: 5000) { id } }'),
    );
    expect(
      delta(before, after, 'fhir_graph_limit_rejections_total', {
        limit: 'MAX_PAGE_SIZE',
      }),
    ).toBe(1);
  });

  it('keeps each instance apart', async () => {
    const other = await startOpsGraph({
      sandboxBaseUrl: sandbox.sandbox.baseUrl,
    });
    try {
      await graph.query(QUERY);
      const samples = await scrape(other.origin);
      const key =
        'fhir_graph_graphql_operations_total{operation_name="FormularyName",operation_type="query",outcome="success"}';
      expect(samples.get(key)).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
