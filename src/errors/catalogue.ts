/**
 * Every error code the service sends in GraphQL `extensions.code`, with the
 * HTTP status that matches it and the FHIR R4 `OperationOutcome.issue.code`
 * (http://hl7.org/fhir/R4/valueset-issue-type.html) used when the error is
 * written as an OperationOutcome.
 *
 * The codes follow Apollo Server's conventions (`BAD_USER_INPUT`,
 * `UNAUTHENTICATED`, `FORBIDDEN`, `INTERNAL_SERVER_ERROR`). Apollo Server and
 * graphql-js raise their own request errors (`GRAPHQL_PARSE_FAILED`,
 * `GRAPHQL_VALIDATION_FAILED`, `BAD_REQUEST`, `PERSISTED_QUERY_NOT_FOUND`),
 * which pass through `formatError` unchanged and are not listed here.
 * Configuration errors stop the process at start and never reach a client,
 * so `ConfigError` has no code either.
 */
export const ERROR_CATALOGUE = {
  BAD_USER_INPUT: {
    httpStatus: 400,
    issueCode: 'invalid',
    summary:
      'An argument is invalid, or the FHIR server rejected the search parameters.',
  },
  QUERY_TOO_COMPLEX: {
    httpStatus: 400,
    issueCode: 'too-costly',
    summary: 'The operation exceeds the depth, alias or cost limit.',
  },
  UNAUTHENTICATED: {
    httpStatus: 401,
    issueCode: 'login',
    summary:
      'No valid credentials: the access token is missing, invalid or expired.',
  },
  FORBIDDEN: {
    httpStatus: 403,
    issueCode: 'forbidden',
    summary:
      'The caller is authenticated but its scopes or patient compartment do not allow this.',
  },
  NOT_FOUND: {
    httpStatus: 404,
    issueCode: 'not-found',
    summary: 'The requested resource does not exist.',
  },
  RESOURCE_TYPE_NOT_SERVED: {
    httpStatus: 404,
    issueCode: 'not-supported',
    summary: 'No configured FHIR backend serves this resource type.',
  },
  RATE_LIMITED: {
    httpStatus: 429,
    issueCode: 'throttled',
    summary: 'The caller sent too many requests; retry later.',
  },
  INTERNAL_SERVER_ERROR: {
    httpStatus: 500,
    issueCode: 'exception',
    summary: 'An unexpected error; details are logged, never sent.',
  },
  BACKEND_ERROR: {
    httpStatus: 502,
    issueCode: 'exception',
    summary: 'The FHIR server returned an error status.',
  },
  BACKEND_INVALID_RESPONSE: {
    httpStatus: 502,
    issueCode: 'structure',
    summary:
      'The FHIR server returned malformed JSON, a non-JSON media type or an unexpected resource.',
  },
  BACKEND_RESPONSE_TOO_LARGE: {
    httpStatus: 502,
    issueCode: 'too-costly',
    summary: 'The FHIR server response body exceeds the configured size limit.',
  },
  BACKEND_LINK_REJECTED: {
    httpStatus: 502,
    issueCode: 'security',
    summary:
      'The FHIR server sent a link outside its own base URL, which is never followed.',
  },
  AUTH_UNAVAILABLE: {
    httpStatus: 503,
    issueCode: 'transient',
    summary:
      "Credentials could not be checked: the token issuer's key set or the API key store could not be reached.",
  },
  BACKEND_UNAVAILABLE: {
    httpStatus: 503,
    issueCode: 'transient',
    summary:
      'The FHIR server could not be reached, or answered 429, 502, 503 or 504 after every retry.',
  },
  BACKEND_TIMEOUT: {
    httpStatus: 504,
    issueCode: 'timeout',
    summary:
      'The deadline of the GraphQL request passed before the FHIR server answered.',
  },
} as const satisfies Record<string, CatalogueEntry>;

/** One row of the error catalogue. */
export interface CatalogueEntry {
  readonly httpStatus: number;
  readonly issueCode: string;
  readonly summary: string;
}

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Returns true when `code` is one of the catalogue's codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CATALOGUE, code);
}
