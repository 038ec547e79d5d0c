import type { OperationOutcome } from 'fhir/r4';
import type { ErrorCode } from './catalogue';
import { ServiceError } from './service-error';

/** The catalogue codes a FHIR backend call can fail with. */
export type BackendErrorCode = Extract<
  ErrorCode,
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BACKEND_ERROR'
  | 'BACKEND_INVALID_RESPONSE'
  | 'BACKEND_RESPONSE_TOO_LARGE'
  | 'BACKEND_LINK_REJECTED'
  | 'BACKEND_UNAVAILABLE'
  | 'BACKEND_TIMEOUT'
>;

/** One `OperationOutcome.issue`, reduced to the fields callers branch on. */
export interface IssueSummary {
  readonly severity: string;
  readonly code: string;
  readonly diagnostics?: string;
}

export interface BackendErrorDetails {
  /** Name of the configured backend the request went to. */
  readonly backend: string;
  /** HTTP status of the last response. It is absent after a network error or timeout. */
  readonly status?: number;
  readonly operationOutcome?: OperationOutcome;
  /** HTTP requests sent for this call, retries included. */
  readonly attempts?: number;
  readonly cause?: unknown;
}

/** A failed call to a FHIR backend, with what the server returned. */
export class BackendError extends ServiceError {
  declare readonly code: BackendErrorCode;
  readonly backend: string;
  readonly status: number | undefined;
  readonly issues: readonly IssueSummary[];
  readonly attempts: number;

  constructor(
    code: BackendErrorCode,
    message: string,
    details: BackendErrorDetails,
  ) {
    super(code, message, {
      cause: details.cause,
      operationOutcome: details.operationOutcome,
      extensions: {
        backend: details.backend,
        ...(details.status === undefined
          ? {}
          : { backendStatus: details.status }),
      },
    });
    this.name = 'BackendError';
    this.backend = details.backend;
    this.status = details.status;
    this.issues = summariseIssues(details.operationOutcome);
    this.attempts = details.attempts ?? 1;
  }
}

function summariseIssues(
  outcome: OperationOutcome | undefined,
): IssueSummary[] {
  return (outcome?.issue ?? []).map((issue) => ({
    severity: issue.severity,
    code: issue.code,
    ...(issue.diagnostics === undefined
      ? {}
      : { diagnostics: issue.diagnostics }),
  }));
}
