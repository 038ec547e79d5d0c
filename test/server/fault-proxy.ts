import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperationOutcome } from 'fhir/r4';

/** One request the proxy received, as the graph's FHIR client sent it. */
export interface RecordedRequest {
  readonly method: string;
  /**
   * Path and query below the proxy's base path, still percent-encoded as
   * sent, such as `Practitioner?name=Smith&_count=20`.
   */
  readonly target: string;
  /** First path segment, such as `Practitioner`, or undefined at the base. */
  readonly resourceType: string | undefined;
  readonly headers: IncomingHttpHeaders;
}

/** What the proxy does instead of passing a request through unchanged. */
export type Fault =
  /** Responds with this status and OperationOutcome, never forwarding. */
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly outcome: OperationOutcome;
    }
  /** Reads the request and never responds. */
  | { readonly kind: 'hang' }
  /** Responds 200 with a FHIR JSON media type and a truncated JSON body. */
  | { readonly kind: 'malformed-json' }
  /** Forwards without the named search parameter, as a server that ignores it. */
  | { readonly kind: 'drop-param'; readonly name: string }
  /** Forwards, then replaces the JSON body with what `edit` returns. */
  | {
      readonly kind: 'edit-body';
      readonly edit: (body: Record<string, unknown>) => unknown;
    };

export interface FaultProxy {
  /** FHIR base URL of the proxy, such as `http://127.0.0.1:40123/phi/fhir`. */
  readonly baseUrl: string;
  /** Every request received since the start or the last `takeRequests`. */
  readonly requests: readonly RecordedRequest[];
  /** Applies `fault` to every later request whose path starts with `resourceType`. */
  setFault(resourceType: string, fault: Fault): void;
  clearFaults(): void;
  /** Returns the recorded requests and clears the record. */
  takeRequests(): RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts an HTTP proxy on 127.0.0.1 in front of the FHIR server at
 * `targetBaseUrl`. Requests below `basePath` are recorded, then forwarded
 * or failed by the fault set for their resource type. Responses have every
 * occurrence of the target base URL replaced by the proxy's, so `next`
 * links and `fullUrl`s lead back through the proxy.
 */
export async function startFaultProxy(
  targetBaseUrl: string,
  basePath = '/fhir',
): Promise<FaultProxy> {
  const faults = new Map<string, Fault>();
  let requests: RecordedRequest[] = [];
  const server = createServer();
  const port = await listen(server);
  const baseUrl = `http://127.0.0.1:${port}${basePath}`;
  const upstream = { targetBaseUrl, baseUrl };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const prefix = `${basePath}/`;
    const url = request.url ?? '/';
    if (!url.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const target = url.slice(prefix.length);
    const resourceType = target.split(/[/?]/)[0] || undefined;
    const method = request.method ?? 'GET';
    requests.push({ method, target, resourceType, headers: request.headers });
    const fault =
      resourceType === undefined ? undefined : faults.get(resourceType);
    handle(upstream, request, response, target, fault).catch(() => {
      response.destroy();
    });
  });

  return {
    baseUrl,
    get requests() {
      return requests;
    },
    setFault: (resourceType, fault) => faults.set(resourceType, fault),
    clearFaults: () => faults.clear(),
    takeRequests: () => {
      const recorded = requests;
      requests = [];
      return recorded;
    },
    close: () => closeServer(server),
  };
}

interface Upstream {
  readonly targetBaseUrl: string;
  readonly baseUrl: string;
}

async function handle(
  upstream: Upstream,
  request: IncomingMessage,
  response: ServerResponse,
  target: string,
  fault: Fault | undefined,
): Promise<void> {
  const body = await readBody(request);
  switch (fault?.kind) {
    case 'status':
      send(response, fault.status, JSON.stringify(fault.outcome));
      return;
    case 'hang':
      // The client's deadline ends the exchange, and `close` drops the socket.
      return;
    case 'malformed-json':
      send(response, 200, '{"resourceType":"Bundle","type":"searchset",');
      return;
    case 'drop-param':
      await forward(upstream, request, response, {
        target: withoutParam(target, fault.name),
        body,
      });
      return;
    case 'edit-body':
      await forward(upstream, request, response, {
        target,
        body,
        edit: fault.edit,
      });
      return;
    case undefined:
      await forward(upstream, request, response, { target, body });
      return;
    default:
      assertNever(fault);
  }
}

interface Forwarded {
  readonly target: string;
  readonly body: Buffer;
  readonly edit?: (body: Record<string, unknown>) => unknown;
}

async function forward(
  upstream: Upstream,
  request: IncomingMessage,
  response: ServerResponse,
  forwarded: Forwarded,
): Promise<void> {
  const method = request.method ?? 'GET';
  const contentType = request.headers['content-type'];
  // FHIR request bodies (JSON, or the form of `_search`) are UTF-8 text.
  const body =
    method === 'GET' || method === 'HEAD'
      ? undefined
      : forwarded.body.toString('utf8');
  const upstreamResponse = await fetch(
    `${upstream.targetBaseUrl}/${forwarded.target}`,
    {
      method,
      headers: contentType === undefined ? {} : { 'content-type': contentType },
      body,
    },
  );
  let text = (await upstreamResponse.text()).replaceAll(
    upstream.targetBaseUrl,
    upstream.baseUrl,
  );
  if (forwarded.edit !== undefined) {
    const json = JSON.parse(text) as Record<string, unknown>;
    text = JSON.stringify(forwarded.edit(json));
  }
  send(response, upstreamResponse.status, text);
}

/** Removes every `name=...` pair, keeping the others exactly as sent. */
function withoutParam(target: string, name: string): string {
  const [path = '', query] = target.split('?', 2);
  if (query === undefined) {
    return target;
  }
  const remaining = query
    .split('&')
    .filter((pair) => decodeURIComponent(pair.split('=')[0] ?? '') !== name);
  return remaining.length === 0 ? path : `${path}?${remaining.join('&')}`;
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    'content-type': 'application/fhir+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

function assertNever(value: never): never {
  throw new Error(`unexpected fault ${JSON.stringify(value)}`);
}
