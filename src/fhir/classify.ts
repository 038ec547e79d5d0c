import type { OperationOutcome } from 'fhir/r4';
import { BackendError, type BackendErrorCode } from '../errors';
import { describeCall, type BackendCall } from './call';
import { asOperationOutcome, firstDiagnostics } from './operation-outcome';
import { isRetryableStatus, parseRetryAfter } from './retry-policy';
import type { HttpOutcome } from './transport';

/** Result of one HTTP exchange as the caller of the client sees it. */
export type AttemptResult =
  | {
      readonly kind: 'ok';
      readonly status: number;
      readonly json: object;
      /** HTTP requests sent for this call, retries included. */
      readonly attempts: number;
    }
  | {
      readonly kind: 'gone';
      readonly status: 404 | 410;
      readonly operationOutcome: OperationOutcome | undefined;
      /** The error to raise where a missing resource is a failure. */
      readonly error: BackendError;
    }
  | {
      readonly kind: 'retry';
      readonly error: BackendError;
      readonly retryAfterMs: number | undefined;
    }
  | { readonly kind: 'fail'; readonly error: BackendError };

type Response = Extract<HttpOutcome, { kind: 'response' }>;

export interface ClassifyOptions {
  readonly parseJson: (text: string) => unknown;
  /** HTTP requests sent for this call so far, this one included. */
  readonly attempts: number;
}

/** Classifies a finished response by status, then by body. */
export function classifyResponse(
  call: BackendCall,
  response: Response,
  options: ClassifyOptions,
): AttemptResult {
  if (response.status >= 200 && response.status < 300) {
    return classifySuccess(call, response, options);
  }
  const body = decodeJson(response, options.parseJson);
  const operationOutcome = asOperationOutcome(body.ok ? body.value : undefined);
  const error = statusError(call, response.status, operationOutcome, options);
  if (response.status === 404 || response.status === 410) {
    const status = response.status;
    return { kind: 'gone', status, operationOutcome, error };
  }
  if (isRetryableStatus(response.status)) {
    const retryAfter = headerValue(response.headers['retry-after']);
    return { kind: 'retry', error, retryAfterMs: parseRetryAfter(retryAfter) };
  }
  return { kind: 'fail', error };
}

function classifySuccess(
  call: BackendCall,
  response: Response,
  options: ClassifyOptions,
): AttemptResult {
  const mediaType = headerValue(response.headers['content-type']);
  if (mediaType !== undefined && !isJsonMediaType(mediaType)) {
    const problem = `content type ${JSON.stringify(mediaType)}; expected application/fhir+json`;
    return invalidResponse(call, response.status, problem, options.attempts);
  }
  const body = decodeJson(response, options.parseJson);
  if (!body.ok) {
    return invalidResponse(
      call,
      response.status,
      body.problem,
      options.attempts,
    );
  }
  const value = body.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const problem = 'a JSON value that is not a FHIR resource';
    return invalidResponse(call, response.status, problem, options.attempts);
  }
  const attempts = options.attempts;
  return { kind: 'ok', status: response.status, json: value, attempts };
}

// application/json+fhir is the DSTU2 name, still sent by some servers.
const JSON_MEDIA_TYPES = new Set([
  'application/fhir+json',
  'application/json',
  'application/json+fhir',
]);

function isJsonMediaType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return JSON_MEDIA_TYPES.has(essence);
}

type Decoded =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: string };

// The parser's message is left out on purpose: it quotes the body, which
// may contain PHI.
function decodeJson(
  response: Response,
  parseJson: (text: string) => unknown,
): Decoded {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(response.body);
  } catch {
    return { ok: false, problem: 'a body that is not valid UTF-8' };
  }
  try {
    return { ok: true, value: parseJson(text) };
  } catch {
    return { ok: false, problem: 'malformed JSON' };
  }
}

function invalidResponse(
  call: BackendCall,
  status: number,
  problem: string,
  attempts: number,
): AttemptResult {
  const error = invalidResponseError(call, status, problem, attempts);
  return { kind: 'fail', error };
}

/** Builds the error for a 2xx response whose body is not what was expected. */
export function invalidResponseError(
  call: BackendCall,
  status: number,
  problem: string,
  attempts: number,
): BackendError {
  const message = `Invalid response to ${describeCall(call)}: HTTP ${status} with ${problem}`;
  return new BackendError('BACKEND_INVALID_RESPONSE', message, {
    backend: call.backend.name,
    status,
    attempts,
  });
}

/**
 * Maps an error status to a catalogue code. A 401 or 403 is the caller's
 * problem only when the caller's token was sent. Otherwise it means the
 * backend rejected the service's own credentials.
 */
function statusCode(call: BackendCall, status: number): BackendErrorCode {
  if (status === 400 || status === 422) {
    return 'BAD_USER_INPUT';
  }
  if (status === 401 && call.authorizationForwarded) {
    return 'UNAUTHENTICATED';
  }
  if (status === 403 && call.authorizationForwarded) {
    return 'FORBIDDEN';
  }
  return isRetryableStatus(status) ? 'BACKEND_UNAVAILABLE' : 'BACKEND_ERROR';
}

function statusError(
  call: BackendCall,
  status: number,
  operationOutcome: OperationOutcome | undefined,
  options: ClassifyOptions,
): BackendError {
  const diagnostics = firstDiagnostics(operationOutcome);
  const suffix = diagnostics === undefined ? '' : `: ${diagnostics}`;
  const message = `HTTP ${status} from ${describeCall(call)}${suffix}`;
  return new BackendError(statusCode(call, status), message, {
    backend: call.backend.name,
    status,
    operationOutcome,
    attempts: options.attempts,
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
