import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';

/** A JWKS endpoint on 127.0.0.1 that counts its requests. */
export interface JwksServer {
  readonly url: string;
  readonly requests: number;
  close(): Promise<void>;
}

/** Serves `jwks` at `/jwks.json` on a free port of 127.0.0.1. */
export async function startJwksServer(
  jwks: JSONWebKeySet,
): Promise<JwksServer> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    if (request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
