import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A GraphQL request body (GraphQL over HTTP, POST with JSON). */
export interface GraphqlRequest {
  readonly query: string;
  readonly operationName?: string;
  readonly variables?: Record<string, unknown>;
}

/** Handler of one GraphQL request; the body it returns is sent as JSON. */
export type GraphqlHandler = (request: GraphqlRequest) => Promise<object>;

export interface GraphqlEndpoint {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts a minimal GraphQL-over-HTTP endpoint on 127.0.0.1 for the modes
 * that are not the service: it accepts `POST /graphql` with a JSON body and
 * responds 200 with the handler's result, 400 for an unreadable body and
 * 500 with the message when the handler throws.
 */
export async function startGraphqlEndpoint(
  handler: GraphqlHandler,
): Promise<GraphqlEndpoint> {
  const server = createServer({ keepAliveTimeout: 30_000 });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void handle(handler, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  handler: GraphqlHandler,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  let body: GraphqlRequest;
  try {
    body = parseBody(await readText(request));
  } catch (error) {
    send(response, 400, { errors: [{ message: messageOf(error) }] });
    return;
  }
  try {
    send(response, 200, await handler(body));
  } catch (error) {
    send(response, 500, { errors: [{ message: messageOf(error) }] });
  }
}

function parseBody(text: string): GraphqlRequest {
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    typeof (parsed as { query?: unknown }).query !== 'string'
  ) {
    throw new Error('expected a JSON object with a string "query"');
  }
  return parsed as GraphqlRequest;
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
