import type { ServerResponse } from 'node:http';
import { BackendError } from '../../src/errors';
import type { BackendRequestEvent, FhirClient } from '../../src/fhir';
import {
  defaultBackend,
  rejectionOf,
  testClient,
  testSession,
} from './helpers/client';
import {
  FhirTestServer,
  operationOutcome,
  searchset,
  sendJson,
  type Handler,
} from './helpers/fhir-server';

const patient = { resourceType: 'Patient', id: 'p1' };
const unavailable = operationOutcome('transient', 'maintenance');

function answerOk(response: ServerResponse): void {
  sendJson(response, 200, patient);
}

describe('retries', () => {
  let server: FhirTestServer;
  let handler: Handler;
  let client: FhirClient;
  const events: BackendRequestEvent[] = [];

  beforeAll(async () => {
    server = await FhirTestServer.start((request, response, index) =>
      handler(request, response, index),
    );
    client = testClient([defaultBackend(server.url('/r4'))], {
      maxRetries: 2,
      onRequest: (event) => events.push(event),
    });
  });

  afterAll(async () => {
    await client.close();
    await server.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
    events.length = 0;
  });

  it('retries 503 then succeeds', async () => {
    handler = (_request, response, index) =>
      index === 0 ? sendJson(response, 503, unavailable) : answerOk(response);
    const { session, stats } = testSession(client);
    const result = await session.read('Patient', 'p1');
    expect(result.kind).toBe('found');
    expect(stats.backendRequests).toBe(2);
    expect(stats.retries).toBe(1);
    expect(events.map((event) => [event.attempt, event.status])).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });

  it.each([429, 502, 504])('retries status %i', async (status) => {
    handler = (_request, response, index) =>
      index === 0
        ? sendJson(response, status, unavailable)
        : answerOk(response);
    const { session, stats } = testSession(client);
    await session.read('Patient', 'p1');
    expect(stats.backendRequests).toBe(2);
  });

  it('stops after max retries', async () => {
    handler = (_request, response) => sendJson(response, 503, unavailable);
    const { session, stats } = testSession(client);
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_UNAVAILABLE');
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(
      'HTTP 503 from read Patient on FHIR backend "default": maintenance',
    );
    expect(stats.backendRequests).toBe(3);
    expect(stats.retries).toBe(2);
  });

  it('does not retry 500', async () => {
    handler = (_request, response) =>
      sendJson(response, 500, operationOutcome('exception', 'NullPointer'));
    const { session } = testSession(client);
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_ERROR');
    expect(error.issues).toEqual([
      { severity: 'error', code: 'exception', diagnostics: 'NullPointer' },
    ]);
    expect(error.extensions.operationOutcome).toEqual(
      operationOutcome('exception', 'NullPointer'),
    );
    expect(server.requests).toHaveLength(1);
  });

  it('honours Retry-After in seconds', async () => {
    handler = (_request, response, index) =>
      index === 0
        ? sendJson(response, 503, unavailable, { 'retry-after': '1' })
        : answerOk(response);
    const { session } = testSession(client);
    const started = performance.now();
    await session.read('Patient', 'p1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    // HTTP-dates have whole seconds, so this waits between 1 and 2 s.
    const retryAt = new Date(Date.now() + 2000).toUTCString();
    handler = (_request, response, index) =>
      index === 0
        ? sendJson(response, 429, unavailable, { 'retry-after': retryAt })
        : answerOk(response);
    const { session } = testSession(client);
    const started = performance.now();
    await session.read('Patient', 'p1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(server.requests).toHaveLength(2);
  });

  it('fails fast when Retry-After passes the deadline', async () => {
    handler = (_request, response) =>
      sendJson(response, 503, unavailable, { 'retry-after': '30' });
    const { session, stats } = testSession(client, { timeoutMs: 2000 });
    const started = performance.now();
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.code).toBe('BACKEND_UNAVAILABLE');
    expect(stats.backendRequests).toBe(1);
    expect(stats.retries).toBe(0);
  });

  it('retries a dropped connection', async () => {
    handler = (_request, response, index) => {
      if (index === 0) {
        response.socket?.destroy();
      } else {
        answerOk(response);
      }
    };
    const { session, stats } = testSession(client);
    const result = await session.read('Patient', 'p1');
    expect(result.kind).toBe('found');
    expect(stats.backendRequests).toBe(2);
    expect(events[0]?.outcome).toBe('network-error');
  });

  it('retries a POST search', async () => {
    handler = (_request, response, index) =>
      index === 0
        ? sendJson(response, 502, unavailable)
        : sendJson(response, 200, searchset([patient]));
    const { session } = testSession(client);
    const page = await session.search('Patient', [['_id', 'p1']], {
      method: 'POST',
    });
    expect(page.bundle.entry).toHaveLength(1);
    expect(server.requests.map((request) => request.method)).toEqual([
      'POST',
      'POST',
    ]);
  });

  it('reports a failing hook without failing', async () => {
    const failing = testClient([defaultBackend(server.url('/r4'))], {
      onRequest: () => {
        throw new Error('metrics down');
      },
    });
    handler = (_request, response) => answerOk(response);
    const { session } = testSession(failing);
    const result = await session.read('Patient', 'p1');
    expect(result.kind).toBe('found');
    await failing.close();
  });
});

describe('unreachable backend', () => {
  it('retries refused connections', async () => {
    const server = await FhirTestServer.start(() => undefined);
    const url = server.url('/r4');
    await server.close();
    const client = testClient([defaultBackend(url)], { maxRetries: 1 });
    const { session, stats } = testSession(client);
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_UNAVAILABLE');
    expect(error.message).toBe(
      'Network error (ECONNREFUSED) in read Patient on FHIR backend "default"',
    );
    expect(stats.backendRequests).toBe(2);
    await client.close();
  });
});
