import { defaultBackend, settingsOf } from '../../fhir/helpers/client';
import { FhirTestServer, sendJson } from '../../fhir/helpers/fhir-server';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';

const CAPABILITY = { resourceType: 'CapabilityStatement', status: 'active' };

describe('/readyz', () => {
  let backend: FhirTestServer;
  let status: number;
  let graph: OpsGraph;

  beforeAll(async () => {
    backend = await FhirTestServer.start((request, response) => {
      if (request.url === '/r4/metadata') {
        return sendJson(response, status, CAPABILITY);
      }
      return sendJson(response, 404, {});
    });
  });

  beforeEach(async () => {
    status = 200;
    backend.requests.length = 0;
    graph = await startOpsGraph({
      backends: settingsOf([
        defaultBackend(backend.url('/r4'), {
          headers: { 'x-api-key': 'backend-key' },
        }),
      ]),
      operations: { readinessCacheMs: 60_000 },
    });
  });

  afterEach(() => graph.close());

  afterAll(() => backend.close());

  async function readyz(): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${graph.origin}/readyz`);
    return { status: response.status, body: await response.json() };
  }

  it('reports ready when every backend responds', async () => {
    expect(await readyz()).toEqual({
      status: 200,
      body: { status: 'ready', backends: { default: 'ok' } },
    });
    const request = backend.requests[0];
    expect(request?.headers['x-api-key']).toBe('backend-key');
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('reports a failing backend', async () => {
    status = 503;
    expect(await readyz()).toEqual({
      status: 503,
      body: { status: 'not ready', backends: { default: 'HTTP 503' } },
    });
  });

  it('reuses a ready result', async () => {
    await readyz();
    status = 503;
    const cached = await readyz();
    expect(cached.status).toBe(200);
    expect(backend.requests).toHaveLength(1);
  });

  it('never reuses a failure', async () => {
    status = 503;
    await readyz();
    status = 200;
    const recovered = await readyz();
    expect(recovered.status).toBe(200);
    expect(backend.requests).toHaveLength(2);
  });

  it('reports an unreachable backend', async () => {
    const closed = await FhirTestServer.start(() => undefined);
    const url = closed.url('/r4');
    await closed.close();
    const unreachable = await startOpsGraph({
      backends: settingsOf([defaultBackend(url)]),
    });
    try {
      const response = await fetch(`${unreachable.origin}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'not ready',
        backends: { default: 'network error' },
      });
    } finally {
      await unreachable.close();
    }
  });

  it('keeps /healthz independent of backends', async () => {
    status = 503;
    const response = await fetch(`${graph.origin}/healthz`);
    expect(response.status).toBe(200);
  });
});
