import { BackendError } from '../../src/errors';
import type { FhirClient } from '../../src/fhir';
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

describe('response handling', () => {
  let server: FhirTestServer;
  let handler: Handler;
  let client: FhirClient;

  beforeAll(async () => {
    server = await FhirTestServer.start((request, response, index) =>
      handler(request, response, index),
    );
    client = testClient([defaultBackend(server.url('/r4'))], {
      maxResponseBytes: 4096,
    });
  });

  afterAll(async () => {
    await client.close();
    await server.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
  });

  async function readError(): Promise<BackendError> {
    const { session } = testSession(client, { bearerToken: 'tok' });
    const error = await rejectionOf(session.read('Patient', 'p1'));
    expect(error).toBeInstanceOf(BackendError);
    return error as BackendError;
  }

  it('rejects malformed JSON', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      response.end('{"resourceType": "Patient", "id": "p1"');
    };
    const error = await readError();
    expect(error.code).toBe('BACKEND_INVALID_RESPONSE');
    expect(error.message).toBe(
      'Invalid response to read Patient on FHIR backend "default": HTTP 200 with malformed JSON',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('rejects an HTML page', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html>login</html>');
    };
    const error = await readError();
    expect(error.code).toBe('BACKEND_INVALID_RESPONSE');
    expect(error.message).toBe(
      'Invalid response to read Patient on FHIR backend "default": HTTP 200 with content type "text/html; charset=utf-8"; expected application/fhir+json',
    );
  });

  it('rejects a JSON array', async () => {
    handler = (_request, response) => sendJson(response, 200, [1, 2]);
    const error = await readError();
    expect(error.code).toBe('BACKEND_INVALID_RESPONSE');
  });

  it('rejects a body over the limit by Content-Length', async () => {
    handler = (_request, response) =>
      sendJson(response, 200, {
        resourceType: 'Patient',
        id: 'p1',
        text: 'x'.repeat(5000),
      });
    const error = await readError();
    expect(error.code).toBe('BACKEND_RESPONSE_TOO_LARGE');
    expect(error.message).toBe(
      'Response to read Patient on FHIR backend "default" exceeds 4096 bytes',
    );
  });

  it('rejects a chunked body over the limit', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      for (let chunk = 0; chunk < 10; chunk += 1) {
        response.write(' '.repeat(1000));
      }
      response.end('{}');
    };
    const error = await readError();
    expect(error.code).toBe('BACKEND_RESPONSE_TOO_LARGE');
  });

  it('maps 400 with OperationOutcome to BAD_USER_INPUT', async () => {
    const outcome = operationOutcome(
      'invalid',
      'Unknown search parameter "foo"',
    );
    handler = (_request, response) => sendJson(response, 400, outcome);
    const { session } = testSession(client);
    const error = (await rejectionOf(
      session.search('Patient', [['foo', 'bar']]),
    )) as BackendError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'HTTP 400 from search Patient on FHIR backend "default": Unknown search parameter "foo"',
    );
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      backend: 'default',
      backendStatus: 400,
      operationOutcome: outcome,
    });
  });

  it('maps 401 with a forwarded token to UNAUTHENTICATED', async () => {
    handler = (_request, response) =>
      sendJson(response, 401, operationOutcome('login', 'expired'));
    const error = await readError();
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('maps 403 with a forwarded token to FORBIDDEN', async () => {
    handler = (_request, response) =>
      sendJson(response, 403, operationOutcome('forbidden', 'scope'));
    const error = await readError();
    expect(error.code).toBe('FORBIDDEN');
  });

  it('maps 401 without forwarding to BACKEND_ERROR', async () => {
    handler = (_request, response) =>
      sendJson(response, 401, operationOutcome('login', 'bad api key'));
    const apiKeyClient = testClient([
      defaultBackend(server.url('/r4'), { forwardAuthorization: false }),
    ]);
    const { session } = testSession(apiKeyClient, { bearerToken: 'tok' });
    const error = (await rejectionOf(
      session.read('Patient', 'p1'),
    )) as BackendError;
    expect(error.code).toBe('BACKEND_ERROR');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    await apiKeyClient.close();
  });

  it('keeps a non-JSON error body out of the error', async () => {
    handler = (_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('stack trace here');
    };
    const error = await readError();
    expect(error.code).toBe('BACKEND_ERROR');
    expect(error.message).toBe(
      'HTTP 500 from read Patient on FHIR backend "default"',
    );
    expect(error.operationOutcome).toBeUndefined();
  });

  it('parses with the parseJson option', async () => {
    const texts: string[] = [];
    const parsing = testClient([defaultBackend(server.url('/r4'))], {
      parseJson: (text) => {
        texts.push(text);
        return JSON.parse(text) as unknown;
      },
    });
    handler = (_request, response) =>
      sendJson(response, 200, { resourceType: 'Patient', id: 'p1' });
    const { session } = testSession(parsing);
    await session.read('Patient', 'p1');
    expect(texts).toEqual(['{"resourceType":"Patient","id":"p1"}']);
    await parsing.close();
  });
});
