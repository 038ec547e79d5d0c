import type { IncomingHttpHeaders } from 'node:http';
import { ServiceError } from '../errors';

/** The credentials a request carries, not yet verified. */
export interface Credentials {
  readonly apiKey: string | undefined;
  readonly accessToken: string | undefined;
}

// RFC 6750 section 2.1: credentials = "Bearer" 1*SP b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Reads the `x-api-key` and `Authorization: Bearer` headers. A header sent
 * twice, or an Authorization header of another scheme or form, raises an
 * UNAUTHENTICATED ServiceError that never shows the header value.
 */
export function readCredentials(headers: IncomingHttpHeaders): Credentials {
  const apiKey = single(headers, 'x-api-key');
  const authorization = single(headers, 'authorization');
  return {
    apiKey,
    accessToken:
      authorization === undefined ? undefined : parseBearer(authorization),
  };
}

function single(
  headers: IncomingHttpHeaders,
  name: string,
): string | undefined {
  const value = headers[name];
  if (Array.isArray(value)) {
    throw unauthenticated(`more than one ${name} header`);
  }
  return value;
}

function parseBearer(authorization: string): string {
  const match = BEARER.exec(authorization.trim());
  if (match?.[1] === undefined) {
    throw unauthenticated(
      'Authorization header is malformed; expected "Bearer <access token>"',
    );
  }
  return match[1];
}

function unauthenticated(message: string): ServiceError {
  return new ServiceError('UNAUTHENTICATED', message);
}
