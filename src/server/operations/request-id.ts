import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

// A request id from the caller is kept only when it is short and plain, so
// it can go into logs and response headers as it is.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Returns the caller's `x-request-id` when it is valid, or a random UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Express middleware that gives every request an id: the caller's
 * `x-request-id` when it is valid, or a random UUID. It writes the id back
 * into the request header, where the GraphQL context reads it for the
 * request's logger, and echoes it in the response header.
 */
export function requestId(): RequestHandler {
  return (request, response, next) => {
    const id = requestIdOf(request.headers['x-request-id']);
    request.headers['x-request-id'] = id;
    response.setHeader('x-request-id', id);
    next();
  };
}
