import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import { BackendError } from '../errors';
import { describeCall, type BackendCall } from './call';
import { classifyResponse, type AttemptResult } from './classify';
import type { Deadline } from './deadline';
import type { BackendRequestEvent } from './request-event';
import type { RequestStats } from './request-stats';
import { readCached, writeCached, type ResponseCache } from './response-cache';
import {
  isRetryableNetworkCode,
  retryDelayMs,
  type RetryPolicy,
} from './retry-policy';
import { sendRequest, type HttpOutcome, type HttpRequest } from './transport';

/** Long-lived parts of the client that every exchange uses. */
export interface ExchangeRuntime {
  readonly dispatcher: Dispatcher;
  readonly policy: RetryPolicy;
  readonly maxResponseBytes: number;
  readonly parseJson: (text: string) => unknown;
  readonly onRequest: ((event: BackendRequestEvent) => void) | undefined;
  readonly cache: ResponseCache | undefined;
}

/** Parts of one GraphQL request that every exchange of it shares. */
export interface ExchangeScope {
  readonly deadline: Deadline;
  readonly stats: RequestStats;
  readonly logger: Logger;
}

/** A call that ended with a response the caller interprets. */
export type Completed = Extract<AttemptResult, { kind: 'ok' | 'gone' }>;

/**
 * Performs one backend call. It returns the cached response when the cache
 * has one (see `isCacheable`). Otherwise it sends the request and retries
 * it after 429, 502, 503, 504 or a network error while retries are left and
 * the wait fits before the deadline. The client only reads (GET, or POST
 * to `_search`), so every call is safe to repeat. Every request sent is
 * counted in `scope.stats`; a cache hit sends none. Raises a BackendError
 * for any other outcome.
 */
export async function exchange(
  runtime: ExchangeRuntime,
  scope: ExchangeScope,
  call: BackendCall,
  request: HttpRequest,
): Promise<Completed> {
  const cached = await readCached(runtime, scope.logger, call, request);
  if (cached !== undefined) {
    return cached;
  }
  for (let attempt = 1; ; attempt += 1) {
    const result = await attemptOnce(runtime, scope, call, request, attempt);
    switch (result.kind) {
      case 'ok':
      case 'gone':
        return result;
      case 'fail':
        throw logFailure(scope, result.error);
      case 'retry':
        await waitBeforeRetry(runtime, scope, call, result, attempt);
        break;
      default:
        return assertNever(result);
    }
  }
}

async function attemptOnce(
  runtime: ExchangeRuntime,
  scope: ExchangeScope,
  call: BackendCall,
  request: HttpRequest,
  attempt: number,
): Promise<AttemptResult> {
  if (scope.deadline.expired) {
    throw logFailure(scope, timeoutError(call, attempt - 1));
  }
  scope.stats.recordRequest(call.backend.name, call.resourceType);
  const started = performance.now();
  const outcome = await sendRequest(
    runtime.dispatcher,
    request,
    scope.deadline.signal,
    runtime.maxResponseBytes,
  );
  report(runtime, scope, { call, request, outcome, attempt, started });
  const result = classifyOutcome(runtime, call, outcome, attempt);
  if (result.kind === 'ok' && outcome.kind === 'response') {
    const exchanged = { response: outcome, json: result.json };
    await writeCached(runtime, scope.logger, call, request, exchanged);
  }
  return result;
}

function classifyOutcome(
  runtime: ExchangeRuntime,
  call: BackendCall,
  outcome: HttpOutcome,
  attempt: number,
): AttemptResult {
  switch (outcome.kind) {
    case 'response':
      return classifyResponse(call, outcome, {
        parseJson: runtime.parseJson,
        attempts: attempt,
      });
    case 'too-large':
      return {
        kind: 'fail',
        error: tooLargeError(runtime, call, outcome.status, attempt),
      };
    case 'network-error':
      return networkResult(call, outcome, attempt);
    case 'aborted':
      return { kind: 'fail', error: timeoutError(call, attempt) };
    default:
      return assertNever(outcome);
  }
}

function networkResult(
  call: BackendCall,
  outcome: Extract<HttpOutcome, { kind: 'network-error' }>,
  attempt: number,
): AttemptResult {
  const message = `Network error (${outcome.code}) in ${describeCall(call)}`;
  const error = new BackendError('BACKEND_UNAVAILABLE', message, {
    backend: call.backend.name,
    attempts: attempt,
    cause: outcome.error,
  });
  if (isRetryableNetworkCode(outcome.code)) {
    return { kind: 'retry', error, retryAfterMs: undefined };
  }
  return { kind: 'fail', error };
}

/**
 * Waits before the next attempt, or raises the attempt's error when no
 * retry is left or the wait would end after the deadline: a Retry-After
 * longer than the time left is never shortened.
 */
async function waitBeforeRetry(
  runtime: ExchangeRuntime,
  scope: ExchangeScope,
  call: BackendCall,
  result: Extract<AttemptResult, { kind: 'retry' }>,
  attempt: number,
): Promise<void> {
  const delayMs = retryDelayMs(
    runtime.policy,
    attempt - 1,
    result.retryAfterMs,
  );
  if (
    attempt > runtime.policy.maxRetries ||
    delayMs >= scope.deadline.remainingMs()
  ) {
    throw logFailure(scope, result.error);
  }
  scope.stats.recordRetry();
  scope.logger.warn(
    { ...logFields(result.error), attempt, delayMs },
    'retrying FHIR backend request',
  );
  try {
    await sleep(delayMs, undefined, { signal: scope.deadline.signal });
  } catch {
    throw logFailure(scope, timeoutError(call, attempt));
  }
}

function timeoutError(call: BackendCall, attempts: number): BackendError {
  const message = `Timed out in ${describeCall(call)}: the request deadline passed`;
  return new BackendError('BACKEND_TIMEOUT', message, {
    backend: call.backend.name,
    attempts,
  });
}

function tooLargeError(
  runtime: ExchangeRuntime,
  call: BackendCall,
  status: number,
  attempts: number,
): BackendError {
  const message = `Response to ${describeCall(call)} exceeds ${runtime.maxResponseBytes} bytes`;
  return new BackendError('BACKEND_RESPONSE_TOO_LARGE', message, {
    backend: call.backend.name,
    status,
    attempts,
  });
}

interface Exchanged {
  readonly call: BackendCall;
  readonly request: HttpRequest;
  readonly outcome: HttpOutcome;
  readonly attempt: number;
  readonly started: number;
}

// A failing metrics hook is logged and never fails the request.
function report(
  runtime: ExchangeRuntime,
  scope: ExchangeScope,
  done: Exchanged,
): void {
  const event: BackendRequestEvent = {
    backend: done.call.backend.name,
    method: done.request.method,
    interaction: done.call.interaction,
    resourceType: done.call.resourceType,
    status: 'status' in done.outcome ? done.outcome.status : undefined,
    outcome: done.outcome.kind,
    durationMs: performance.now() - done.started,
    attempt: done.attempt,
  };
  try {
    runtime.onRequest?.(event);
  } catch (error) {
    scope.logger.error({ err: error }, 'onRequest hook failed');
  }
}

function logFailure(scope: ExchangeScope, error: BackendError): BackendError {
  scope.logger.warn(logFields(error), 'FHIR backend request failed');
  return error;
}

function logFields(error: BackendError): Record<string, unknown> {
  return {
    backend: error.backend,
    code: error.code,
    status: error.status,
    attempts: error.attempts,
    issueCodes: error.issues.map((issue) => issue.code),
  };
}

function assertNever(value: never): never {
  throw new Error(`unexpected outcome ${JSON.stringify(value)}`);
}
