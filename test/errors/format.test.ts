import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  BackendError,
  ERROR_CATALOGUE,
  ServiceError,
  createErrorFormatter,
  isErrorCode,
  toGraphQLError,
} from '../../src/errors';

// graphql-js wraps a value thrown in a resolver this way (locatedError).
function asResolverError(thrown: Error): GraphQLError {
  return new GraphQLError(thrown.message, {
    path: ['patient', 'name'],
    originalError: thrown,
  });
}

describe('ServiceError', () => {
  it('carries code and status from the catalogue', () => {
    const error = new ServiceError(
      'FORBIDDEN',
      'scope patient/Coverage.rs is missing',
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.httpStatus).toBe(403);
    expect(error.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('sets the HTTP status only as a request error', () => {
    const error = new ServiceError('UNAUTHENTICATED', 'access token expired');
    expect(error.extensions.http).toBeUndefined();
    expect(error.toRequestError().extensions).toEqual({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
  });

  it('puts the OperationOutcome in extensions', () => {
    const outcome = {
      resourceType: 'OperationOutcome' as const,
      issue: [
        {
          severity: 'error' as const,
          code: 'invalid' as const,
          diagnostics: 'bad date',
        },
      ],
    };
    const error = new BackendError('BAD_USER_INPUT', 'rejected', {
      backend: 'patient-access',
      status: 400,
      operationOutcome: outcome,
    });
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      backend: 'patient-access',
      backendStatus: 400,
      operationOutcome: outcome,
    });
    expect(error.issues).toEqual([
      { severity: 'error', code: 'invalid', diagnostics: 'bad date' },
    ]);
  });
});

describe('catalogue', () => {
  it('gives every code an HTTP error status', () => {
    for (const entry of Object.values(ERROR_CATALOGUE)) {
      expect(entry.httpStatus).toBeGreaterThanOrEqual(400);
      expect(entry.httpStatus).toBeLessThan(600);
    }
  });

  it('recognises its own codes only', () => {
    expect(isErrorCode('BACKEND_TIMEOUT')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });
});

describe('toGraphQLError', () => {
  it('keeps a GraphQLError', () => {
    const error = new ServiceError('NOT_FOUND', 'Patient/1 not found');
    expect(toGraphQLError(error)).toBe(error);
  });

  it('hides an unknown error', () => {
    const converted = toGraphQLError(new TypeError('x is undefined at db.ts'));
    expect(converted.message).toBe('Internal server error');
    expect(converted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('createErrorFormatter', () => {
  const formatted = (error: GraphQLError): GraphQLFormattedError =>
    error.toJSON();

  it('keeps a catalogue error from a resolver', () => {
    const unknown: unknown[] = [];
    const format = createErrorFormatter((error) => unknown.push(error));
    const wrapped = asResolverError(new ServiceError('NOT_FOUND', 'gone'));
    expect(format(formatted(wrapped), wrapped)).toEqual({
      message: 'gone',
      path: ['patient', 'name'],
      extensions: { code: 'NOT_FOUND' },
    });
    expect(unknown).toHaveLength(0);
  });

  it('replaces an unknown resolver error', () => {
    const unknown: unknown[] = [];
    const format = createErrorFormatter((error) => unknown.push(error));
    const thrown = new Error('connect ECONNREFUSED 10.0.0.7:5432');
    const wrapped = asResolverError(thrown);
    expect(format(formatted(wrapped), wrapped)).toEqual({
      message: 'Internal server error',
      path: ['patient', 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(unknown).toEqual([thrown]);
  });

  it('keeps a validation error', () => {
    const format = createErrorFormatter(() => undefined);
    const error = new GraphQLError(
      'Cannot query field "nam" on type "Patient".',
      {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    );
    expect(format(formatted(error), error)).toEqual(formatted(error));
  });
});
