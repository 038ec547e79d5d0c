import type {
  OperationOutcome,
  OperationOutcomeIssue,
} from '@medplum/fhirtypes';

export type IssueCode = OperationOutcomeIssue['code'];

/**
 * A failed request with the HTTP status and the OperationOutcome issue code
 * that FHIR R4 RESTful API section 3.1.0.4 prescribes for it.
 */
export class FhirHttpError extends Error {
  readonly status: number;
  readonly code: IssueCode;
  readonly headers: Readonly<Record<string, string>>;
  private readonly outcome: OperationOutcome;

  constructor(
    status: number,
    code: IssueCode,
    message: string,
    options: {
      headers?: Record<string, string>;
      outcome?: OperationOutcome;
    } = {},
  ) {
    super(message);
    this.name = 'FhirHttpError';
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.outcome = options.outcome ?? createOutcome(code, message);
  }

  /** Wraps an OperationOutcome that Medplum returned, keeping its issues. */
  static fromOutcome(status: number, outcome: OperationOutcome): FhirHttpError {
    const normalized = withDiagnostics(outcome);
    const first = normalized.issue?.[0];
    return new FhirHttpError(
      status,
      first?.code ?? 'processing',
      first?.diagnostics ?? `Request failed with status ${status}`,
      { outcome: normalized },
    );
  }

  toOutcome(): OperationOutcome {
    return this.outcome;
  }
}

/** Builds an OperationOutcome with one issue; the message goes in `diagnostics`. */
export function createOutcome(
  code: IssueCode,
  diagnostics: string,
  severity: OperationOutcomeIssue['severity'] = 'error',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity, code, diagnostics }],
  };
}

export function invalidRequest(message: string): FhirHttpError {
  return new FhirHttpError(400, 'invalid', message);
}

export function notSupported(message: string, status = 400): FhirHttpError {
  return new FhirHttpError(status, 'not-supported', message);
}

export function notFound(message: string): FhirHttpError {
  return new FhirHttpError(404, 'not-found', message);
}

export function methodNotAllowed(
  method: string,
  path: string,
  allowed: readonly string[],
): FhirHttpError {
  return new FhirHttpError(
    405,
    'not-supported',
    `Method ${method} is not allowed on ${path}; this read-only server allows ${allowed.join(', ')}`,
    { headers: { Allow: allowed.join(', ') } },
  );
}

/**
 * Copies each issue's `details.text` into `diagnostics` where that is empty.
 * Medplum writes its messages to `details.text`, this server to
 * `diagnostics`, so clients find the message in one place.
 */
export function withDiagnostics(outcome: OperationOutcome): OperationOutcome {
  const issue = (outcome.issue ?? []).map((item) =>
    item.diagnostics || !item.details?.text
      ? item
      : { ...item, diagnostics: item.details.text },
  );
  return { ...outcome, issue };
}
