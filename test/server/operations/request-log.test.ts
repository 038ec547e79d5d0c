import { captureLogs } from '../../auth/helpers/log-capture';
import { defaultBackend, settingsOf } from '../../fhir/helpers/client';
import {
  FhirTestServer,
  operationOutcome,
  sendJson,
  searchset,
} from '../../fhir/helpers/fhir-server';
import { postGraphQL } from './ops-graph';
import { startOpsGraph, type OpsGraph } from './ops-graph';

const SECRETS = ['secret-variable-value', 'secret-token', 'secret-api-key'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request log', () => {
  let backend: FhirTestServer;
  let graph: OpsGraph;
  let lines: string[];

  beforeAll(async () => {
    backend = await FhirTestServer.start((request, response) => {
      if (request.url.startsWith('/r4/Practitioner?')) {
        return sendJson(response, 200, searchset([]));
      }
      return sendJson(response, 404, operationOutcome('not-found', 'none'));
    });
    const capture = captureLogs();
    lines = capture.lines;
    graph = await startOpsGraph({
      backends: settingsOf([defaultBackend(backend.url('/r4'))]),
      logger: capture.logger,
    });
  });

  afterAll(async () => {
    await graph.close();
    await backend.close();
  });

  beforeEach(() => {
    lines.length = 0;
  });

  function requestLines(): Array<Record<string, unknown>> {
    return lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg === 'graphql request');
  }

  it('logs one line with the request fields', async () => {
    const response = await fetch(graph.service.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'client-request-1',
      },
      body: JSON.stringify({
        query:
          'query FindPractitioners($name: String) { PractitionerList(name: $name) { id } }',
        variables: { name: 'secret-variable-value' },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('client-request-1');
    const [entry, ...rest] = requestLines();
    expect(rest).toHaveLength(0);
    expect(entry?.requestId).toBe('client-request-1');
    expect(entry?.operationName).toBe('FindPractitioners');
    expect(entry?.backendRequests).toBe(1);
    expect(entry?.errorCodes).toEqual([]);
    expect(typeof entry?.durationMs).toBe('number');
  });

  it('logs error codes', async () => {
    await postGraphQL(graph.service.url, {
      query: '{ Practitioner(id: "missing") { id } }',
    });
    expect(requestLines()[0]?.errorCodes).toEqual(['NOT_FOUND']);
  });

  it('replaces an invalid request id', async () => {
    const response = await fetch(`${graph.origin}/healthz`, {
      headers: { 'x-request-id': 'has spaces and <markup>' },
    });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('generates a missing request id', async () => {
    const response = await postGraphQL(graph.service.url, {
      query: '{ PractitionerList { id } }',
    });
    expect(response.status).toBe(200);
    expect(requestLines()[0]?.requestId).toMatch(UUID);
  });

  it('never logs variables or credentials', async () => {
    await postGraphQL(
      graph.service.url,
      {
        query:
          'query Find($name: String) { PractitionerList(name: $name) { id } }',
        variables: { name: 'secret-variable-value' },
      },
      {
        authorization: 'Bearer secret-token',
        'x-api-key': 'secret-api-key',
      },
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (const secret of SECRETS) {
        expect(line).not.toContain(secret);
      }
    }
  });
});
