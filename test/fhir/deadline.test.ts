import { BackendError } from '../../src/errors';
import { Deadline, RequestStats, type FhirClient } from '../../src/fhir';
import {
  defaultBackend,
  rejectionOf,
  testClient,
  testSession,
} from './helpers/client';
import {
  FhirTestServer,
  operationOutcome,
  sendJson,
  type Handler,
} from './helpers/fhir-server';

describe('deadline', () => {
  let server: FhirTestServer;
  let handler: Handler;
  let client: FhirClient;

  beforeAll(async () => {
    server = await FhirTestServer.start((request, response, index) =>
      handler(request, response, index),
    );
    client = testClient([defaultBackend(server.url('/r4'))], {
      retryBaseDelayMs: 1000,
      retryMaxDelayMs: 1000,
    });
  });

  afterAll(async () => {
    await client.close();
    await server.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
  });

  it('times out a slow response', async () => {
    handler = (_request, response) => {
      setTimeout(() => sendJson(response, 200, {}), 3000).unref();
    };
    const { session } = testSession(client, { timeoutMs: 200 });
    const started = performance.now();
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('BACKEND_TIMEOUT');
    expect(error.message).toBe(
      'Timed out in read Patient on FHIR backend "default": the request deadline passed',
    );
  });

  it('skips a backoff longer than the time left', async () => {
    handler = (_request, response) =>
      sendJson(response, 503, operationOutcome('transient', 'busy'));
    // random 0.5 with a 1000 ms base gives a 500 ms backoff.
    const { session, stats } = testSession(client, { timeoutMs: 300 });
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_UNAVAILABLE');
    expect(stats.backendRequests).toBe(1);
  });

  it('fails at once after the deadline', async () => {
    handler = (_request, response) => sendJson(response, 200, {});
    const { session } = testSession(client, { timeoutMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_TIMEOUT');
    expect(error.attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('ends when the parent signal aborts', async () => {
    handler = (_request, response) => {
      setTimeout(() => sendJson(response, 200, {}), 3000).unref();
    };
    const parent = new AbortController();
    const session = client.forRequest({
      deadline: Deadline.after(5000, parent.signal),
      stats: new RequestStats(),
    });
    setTimeout(() => parent.abort(), 100);
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_TIMEOUT');
  });
});

describe('Deadline', () => {
  it('counts down remaining time', () => {
    const deadline = Deadline.after(10_000);
    expect(deadline.remainingMs()).toBeGreaterThan(9000);
    expect(deadline.expired).toBe(false);
  });
});
