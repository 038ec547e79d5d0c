import type { Dispatcher } from 'undici';

/** One HTTP request to a backend, with its headers already chosen. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** Result of one HTTP exchange. */
export type HttpOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: Readonly<Record<string, string | string[] | undefined>>;
      readonly body: Uint8Array;
    }
  | { readonly kind: 'too-large'; readonly status: number }
  | {
      readonly kind: 'network-error';
      readonly code: string;
      readonly error: unknown;
    }
  | { readonly kind: 'aborted' };

/**
 * Sends one request through `dispatcher` and reads the whole body, up to
 * `maxBytes`. It never throws: failures come back as outcomes. Redirects are
 * not followed, because undici's `request` only follows them when a redirect
 * interceptor is installed, and a redirect to another origin would carry
 * the backend's credentials.
 */
export async function sendRequest(
  dispatcher: Dispatcher,
  request: HttpRequest,
  signal: AbortSignal,
  maxBytes: number,
): Promise<HttpOutcome> {
  try {
    const response = await dispatcher.request({
      origin: request.url.origin,
      path: `${request.url.pathname}${request.url.search}`,
      method: request.method,
      headers: { ...request.headers },
      body: request.body ?? null,
      signal,
    });
    return await readBody(response, maxBytes);
  } catch (error) {
    if (signal.aborted) {
      return { kind: 'aborted' };
    }
    return { kind: 'network-error', code: errorCode(error), error };
  }
}

async function readBody(
  response: Dispatcher.ResponseData,
  maxBytes: number,
): Promise<HttpOutcome> {
  const { statusCode: status, headers, body } = response;
  // Reject early on Content-Length, then count bytes because it may be absent.
  if (Number(headers['content-length'] ?? 0) > maxBytes) {
    discard(body);
    return { kind: 'too-large', status };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) {
      discard(body);
      return { kind: 'too-large', status };
    }
    chunks.push(buffer);
  }
  return { kind: 'response', status, headers, body: Buffer.concat(chunks) };
}

// Destroying an unfinished body makes undici emit RequestAbortedError and
// close the connection. The error is expected here, so it is ignored.
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

// undici errors carry `code` (UND_ERR_SOCKET), and Node's socket errors too,
// sometimes only on `cause` (ECONNREFUSED).
function errorCode(error: unknown): string {
  for (let current = error, depth = 0; depth < 3; depth += 1) {
    if (typeof current !== 'object' || current === null) {
      break;
    }
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string') {
      return code;
    }
    current = Reflect.get(current, 'cause');
  }
  return 'UNKNOWN';
}
