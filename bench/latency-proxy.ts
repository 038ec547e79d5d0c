import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LatencyProxyOptions {
  /** Origin of the FHIR server behind the proxy, such as `http://127.0.0.1:8103`. */
  readonly upstreamOrigin: string;
  /** Delay added before each request is forwarded, in milliseconds. */
  readonly delayMs: number;
  /** Largest random extra delay, in milliseconds; each request draws one from 0 to this. */
  readonly jitterMs: number;
}

/** One request the proxy forwarded, timed on the proxy's clock. */
export interface ProxiedRequest {
  /** `performance.now()` when the request arrived. */
  readonly start: number;
  /** `performance.now()` when the response was sent, delay included. */
  readonly end: number;
}

export interface LatencyProxy {
  /** The upstream's origin as seen through the proxy. */
  readonly origin: string;
  /** Number of requests received since start or the last `resetCount`. */
  readonly count: number;
  resetCount(): void;
  /** Starts recording request timings; `stopRecording` returns them. */
  startRecording(): void;
  stopRecording(): ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a reverse proxy on 127.0.0.1 that simulates the network
 * between the service and its FHIR server: it waits `delayMs` (plus
 * jitter) before forwarding each request. The upstream writes absolute
 * URLs (`next` links, `fullUrl`) with its own origin, so the proxy
 * rewrites that origin to its own in every response body; otherwise the
 * FHIR client's origin pinning would refuse to follow them.
 */
export async function startLatencyProxy(
  options: LatencyProxyOptions,
): Promise<LatencyProxy> {
  const upstream = new URL(options.upstreamOrigin);
  const state = {
    count: 0,
    recording: undefined as ProxiedRequest[] | undefined,
  };
  const server = createServer({ keepAliveTimeout: 30_000 });
  let origin = '';
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const start = performance.now();
    state.count++;
    const delay = options.delayMs + Math.random() * options.jitterMs;
    setTimeout(() => {
      forward(request, response, upstream, origin)
        .catch(() => failRequest(response))
        .finally(() =>
          state.recording?.push({ start, end: performance.now() }),
        );
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    get count() {
      return state.count;
    },
    resetCount: () => {
      state.count = 0;
    },
    startRecording: () => {
      state.recording = [];
    },
    stopRecording: () => {
      const recorded = state.recording ?? [];
      state.recording = undefined;
      return recorded;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function forward(
  request: IncomingMessage,
  response: ServerResponse,
  upstream: URL,
  proxyOrigin: string,
): Promise<void> {
  const body = await readAll(request);
  const headers = { ...request.headers, host: upstream.host };
  // The body is rewritten below, so it must arrive uncompressed.
  delete headers['accept-encoding'];
  const reply = await send(upstream, request, headers, body);
  const text = (await readAll(reply))
    .toString('utf8')
    .replaceAll(upstream.origin, proxyOrigin);
  const replyHeaders = { ...reply.headers };
  delete replyHeaders['content-length'];
  delete replyHeaders['transfer-encoding'];
  response.writeHead(reply.statusCode ?? 502, {
    ...replyHeaders,
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function send(
  upstream: URL,
  request: IncomingMessage,
  headers: IncomingMessage['headers'],
  body: Buffer,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function failRequest(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(502, { 'content-type': 'text/plain' });
  response.end('latency proxy: upstream request failed');
}
