import type { IncomingMessage, ServerResponse } from 'node:http';
import { devJwks } from '../auth/dev-keys';

type RequestListener = (
  request: IncomingMessage,
  response: ServerResponse,
) => void;

/** Path of the development key set on the sandbox's origin. */
export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * Wraps the sandbox's request listener so that `GET /.well-known/jwks.json`
 * returns the public development key set (RFC 7517), which verifies the
 * tokens `npm run token` mints. Every other request goes to `next`.
 */
export function withDevJwks(next: RequestListener): RequestListener {
  const body = JSON.stringify(devJwks());
  return (request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== JWKS_PATH) {
      next(request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/jwk-set+json',
      'cache-control': 'public, max-age=300',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
