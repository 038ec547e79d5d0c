import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Dispatch } from './batch-handler';
import type {
  QueryPair,
  RequestBody,
  SandboxContext,
  SandboxResponse,
} from './context';
import { FhirHttpError, createOutcome, invalidRequest } from './outcome';
import { parseHttpTarget } from './request-target';

/** Largest request body accepted; a larger one is rejected with 413. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Creates the `node:http` request listener: parses the request, dispatches
 * it, and writes the resource or OperationOutcome as FHIR JSON. Every error
 * becomes an OperationOutcome response. An error that is not a
 * FhirHttpError is logged and becomes a 500 response with no internal
 * detail.
 */
export function createRequestListener(
  context: SandboxContext,
  dispatch: Dispatch,
  logger: Logger,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handleRequest(context, dispatch, logger, request, response).catch(
      (error: unknown) => {
        // Writing failed, e.g. because the client closed the connection.
        logger.error({ err: error }, 'response failed');
        response.destroy();
      },
    );
  };
}

async function handleRequest(
  context: SandboxContext,
  dispatch: Dispatch,
  logger: Logger,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const requestId = readRequestId(request);
  const log = logger.child({ requestId });
  const method = request.method ?? 'GET';
  let query: readonly QueryPair[] = [];
  let type: string | undefined;
  let result: SandboxResponse;
  try {
    const target = parseHttpTarget(context.baseUrl, request.url ?? '/');
    query = target.query;
    type = target.segments[0];
    const body = await readBody(request, method);
    result = await dispatch({ method, ...target, body });
  } catch (error) {
    result = errorResponse(error, log);
  }
  writeResponse(response, result, requestId, isPretty(query));
  // The query string can hold PHI (names, birth dates), so it is not logged.
  const durationMs = Math.round(performance.now() - started);
  log.debug({ method, type, status: result.status, durationMs }, 'request');
}

function readRequestId(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header)
    ? header
    : randomUUID();
}

/**
 * Reads the body. Only POST bodies are parsed: batch Bundles as JSON and
 * `_search` parameters as a form. Other methods are handled without it.
 */
async function readBody(
  request: IncomingMessage,
  method: string,
): Promise<RequestBody> {
  const raw = await readRawBody(request);
  if (method !== 'POST' || raw.length === 0) {
    return { kind: 'none' };
  }
  const mediaType = (request.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { kind: 'form', pairs: [...new URLSearchParams(raw.toString())] };
  }
  if (!mediaType || /^application\/(fhir\+)?json$/.test(mediaType)) {
    return { kind: 'json', value: parseJson(raw) };
  }
  throw new FhirHttpError(
    415,
    'not-supported',
    `Unsupported Content-Type "${mediaType}": send application/fhir+json or application/x-www-form-urlencoded`,
  );
}

async function readRawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new FhirHttpError(
        413,
        'too-costly',
        `Request body exceeds ${MAX_BODY_BYTES} bytes`,
        { headers: { Connection: 'close' } },
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidRequest(`Request body is not valid JSON: ${reason}`);
  }
}

function errorResponse(error: unknown, log: Logger): SandboxResponse {
  if (error instanceof FhirHttpError) {
    return {
      status: error.status,
      resource: error.toOutcome(),
      headers: error.headers,
    };
  }
  log.error({ err: error }, 'request failed');
  return {
    status: 500,
    resource: createOutcome('exception', 'Internal server error'),
  };
}

function isPretty(query: readonly QueryPair[]): boolean {
  return query.some(([key, value]) => key === '_pretty' && value === 'true');
}

function writeResponse(
  response: ServerResponse,
  result: SandboxResponse,
  requestId: string,
  pretty: boolean,
): void {
  const body = JSON.stringify(result.resource, undefined, pretty ? 2 : 0);
  response.writeHead(result.status, {
    ...result.headers,
    'Content-Type': 'application/fhir+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Request-Id': requestId,
  });
  response.end(body);
}
