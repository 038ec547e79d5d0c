import { GraphQLError } from 'graphql';
import type { OperationOutcome } from 'fhir/r4';
import { ERROR_CATALOGUE, type ErrorCode } from './catalogue';

export interface ServiceErrorOptions {
  /** The underlying error, kept for logs and never sent to the client. */
  readonly cause?: unknown;
  /** The FHIR server's OperationOutcome, sent in `extensions.operationOutcome`. */
  readonly operationOutcome?: OperationOutcome;
  /** Further client-visible fields for `extensions`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * An error from the catalogue. It is a GraphQLError, so a resolver can throw
 * it as is, and `extensions.code` is its catalogue code.
 *
 * The HTTP status stays out of `extensions.http` on purpose: Apollo Server
 * applies `extensions.http.status` to the whole response even when other
 * fields resolved, so a failed backend call would turn partial data into an
 * error status. Use `toRequestError()` for errors that end the request.
 */
export class ServiceError extends GraphQLError {
  readonly code: ErrorCode;
  readonly httpStatus: number;
  readonly operationOutcome: OperationOutcome | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: ServiceErrorOptions = {},
  ) {
    super(message, { extensions: buildExtensions(code, options) });
    this.name = 'ServiceError';
    this.code = code;
    this.httpStatus = ERROR_CATALOGUE[code].httpStatus;
    this.operationOutcome = options.operationOutcome;
    if (options.cause !== undefined) {
      this.cause = options.cause;
    }
  }

  /**
   * Returns a copy that also sets the HTTP status of the response, and any
   * `headers` such as `retry-after`, for errors raised before execution
   * (context creation, authentication, limits).
   */
  toRequestError(headers: Readonly<Record<string, string>> = {}): GraphQLError {
    const entries = Object.entries(headers);
    // Apollo Server reads `http.headers` only as a Map.
    const http: Record<string, unknown> = { status: this.httpStatus };
    if (entries.length > 0) {
      http.headers = new Map(entries);
    }
    const extensions: Record<string, unknown> = { ...this.extensions, http };
    return new GraphQLError(this.message, { extensions });
  }
}

function buildExtensions(
  code: ErrorCode,
  options: ServiceErrorOptions,
): Record<string, unknown> {
  const extensions: Record<string, unknown> = { ...options.extensions, code };
  if (options.operationOutcome !== undefined) {
    extensions.operationOutcome = options.operationOutcome;
  }
  return extensions;
}
