import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/** The fields the JSON body parser attaches to the errors it raises. */
interface BodyParserError {
  readonly status?: unknown;
  readonly type?: unknown;
}

/**
 * Sends errors raised before Apollo Server receives the request, such as a
 * malformed or oversized JSON body, as a GraphQL error response
 * (GraphQL over HTTP: `application/json` with an `errors` list). Express's
 * default handler would print the error with the raw body, variables and
 * all, to stderr, and answer with an HTML page. Only the parser's error
 * type and the status are logged.
 */
export function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { status, type } = (error ?? {}) as BodyParserError;
    const httpStatus =
      typeof status === 'number' && status >= 400 && status < 500
        ? status
        : 500;
    const message = messageFor(httpStatus, type);
    logger.warn({ status: httpStatus, type: String(type) }, 'request rejected');
    response.status(httpStatus).json({
      errors: [{ message, extensions: { code: codeFor(httpStatus) } }],
    });
  };
}

function messageFor(status: number, type: unknown): string {
  if (type === 'entity.too.large') {
    return 'Request body too large: send at most 1 MB of JSON';
  }
  if (status < 500) {
    return 'Invalid request body: send a JSON object such as {"query": "{ __typename }"} with content-type application/json';
  }
  return 'Internal server error';
}

function codeFor(status: number): string {
  return status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}
