import type { Logger } from 'pino';
import type { BackendCall } from './call';
import { classifyResponse, type AttemptResult } from './classify';
import type { HttpOutcome, HttpRequest } from './transport';

/** A successful backend response as a cache stores it. */
export interface CachedResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  /** The response body as received, so a hit is parsed like a fresh one. */
  readonly body: string;
}

/**
 * A cache of backend responses shared by every GraphQL request, keyed by
 * the request URL. The client consults it only for GET requests that carry
 * no caller credentials: a request that forwards the caller's Authorization
 * header is never read from or written to it. The cache decides which
 * resource types and bodies it keeps.
 */
export interface ResponseCache {
  /** Returns the stored response to a GET of `url`, or undefined. */
  get(url: string, call: BackendCall): Promise<CachedResponse | undefined>;
  /**
   * Offers a successful response to a GET of `url`. `json` is the parsed
   * body, for checking which resources it contains; it must not be kept.
   */
  set(
    url: string,
    call: BackendCall,
    response: CachedResponse,
    json: object,
  ): Promise<void>;
}

/** Parts of the client that a cache lookup needs. */
export interface CacheRuntime {
  readonly cache: ResponseCache | undefined;
  readonly parseJson: (text: string) => unknown;
}

type Completed = Extract<AttemptResult, { kind: 'ok' }>;
type HttpResponse = Extract<HttpOutcome, { kind: 'response' }>;

/** Returns true when the response to `request` may come from the cache. */
export function isCacheable(call: BackendCall, request: HttpRequest): boolean {
  return (
    request.method === 'GET' &&
    !call.authorizationForwarded &&
    request.headers.authorization === undefined
  );
}

/**
 * Returns the cached result of `request`, or undefined on a miss. A cache
 * that fails, or a stored body that no longer parses, counts as a miss, so
 * the request goes to the backend.
 */
export async function readCached(
  runtime: CacheRuntime,
  logger: Logger,
  call: BackendCall,
  request: HttpRequest,
): Promise<Completed | undefined> {
  if (runtime.cache === undefined || !isCacheable(call, request)) {
    return undefined;
  }
  let stored: CachedResponse | undefined;
  try {
    stored = await runtime.cache.get(request.url.href, call);
  } catch (error) {
    logger.warn({ err: error }, 'response cache read failed');
    return undefined;
  }
  if (stored === undefined) {
    return undefined;
  }
  const response: HttpResponse = {
    kind: 'response',
    status: stored.status,
    headers: { 'content-type': stored.contentType },
    body: Buffer.from(stored.body, 'utf8'),
  };
  // attempts is 0 because no HTTP request was sent for this result.
  const options = { parseJson: runtime.parseJson, attempts: 0 };
  const result = classifyResponse(call, response, options);
  return result.kind === 'ok' ? result : undefined;
}

/** Offers a successful response to the cache; a failing cache is logged. */
export async function writeCached(
  runtime: CacheRuntime,
  logger: Logger,
  call: BackendCall,
  request: HttpRequest,
  exchanged: { readonly response: HttpResponse; readonly json: object },
): Promise<void> {
  if (runtime.cache === undefined || !isCacheable(call, request)) {
    return;
  }
  const { response, json } = exchanged;
  const contentType = response.headers['content-type'];
  const stored: CachedResponse = {
    status: response.status,
    contentType: Array.isArray(contentType) ? contentType[0] : contentType,
    body: Buffer.from(response.body).toString('utf8'),
  };
  try {
    await runtime.cache.set(request.url.href, call, stored, json);
  } catch (error) {
    logger.warn({ err: error }, 'response cache write failed');
  }
}
