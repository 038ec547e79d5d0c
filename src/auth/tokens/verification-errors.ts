import { decodeProtectedHeader, errors } from 'jose';
import { describeValue } from '../../config/describe-value';
import { ServiceError } from '../../errors';
import type { TokenSettings } from '../settings';

/**
 * Turns a jose verification failure into an UNAUTHENTICATED ServiceError
 * whose message states what is wrong with the token without showing it. The
 * jose error is not kept as `cause`, because its `payload` contains the
 * token's claims, PHI among them. Other errors, such as
 * JwksUnavailableError, are the service's problem rather than the
 * caller's, so they are returned unchanged and reach the client as an
 * internal error.
 */
export function toVerificationError(
  error: unknown,
  token: string,
  settings: TokenSettings,
): Error {
  if (error instanceof errors.JWTExpired) {
    return unauthenticated('access token expired');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return describeClaimFailure(error, settings);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    const allowed = settings.algorithms.join(', ');
    const alg = describeValue(readAlgorithm(token));
    return unauthenticated(
      `access token algorithm ${alg} is not allowed; expected one of ${allowed}`,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated('access token signature is invalid');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated(
      "access token was signed with a key that is not in the issuer's key set",
    );
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return unauthenticated(
      'access token is malformed; expected a signed JWT in compact serialization',
    );
  }
  if (error instanceof TypeError) {
    // jose raises a TypeError when the key does not suit the `alg` header,
    // such as an RSA public key for HS256.
    const alg = describeValue(readAlgorithm(token));
    return unauthenticated(
      `access token algorithm ${alg} does not match the type of the issuer's key`,
    );
  }
  // JwksUnavailableError and anything unexpected are the service's problem.
  return error instanceof Error ? error : new Error(String(error));
}

function describeClaimFailure(
  error: errors.JWTClaimValidationFailed,
  settings: TokenSettings,
): ServiceError {
  const received = describeValue(error.payload[error.claim]);
  switch (error.claim) {
    case 'nbf':
      return unauthenticated(
        'access token is not yet valid (nbf is in the future)',
      );
    case 'iss':
      return unauthenticated(
        `access token issuer ${received} does not match the expected issuer ${describeValue(settings.issuer)}`,
      );
    case 'aud':
      return unauthenticated(
        `access token audience ${received} does not match the expected audience ${describeValue(settings.audience.join(', '))}`,
      );
    default:
      return unauthenticated(
        `access token claim "${error.claim}" is invalid (${error.reason})`,
      );
  }
}

/** Reads the `alg` header of a token jose rejected, for the message only. */
function readAlgorithm(token: string): string {
  try {
    const alg = decodeProtectedHeader(token).alg ?? 'missing';
    // The header is unauthenticated input, so only a plain name is shown.
    return /^[A-Za-z0-9]{1,16}$/.test(alg) ? alg : 'unrecognised';
  } catch {
    return 'unrecognised';
  }
}

function unauthenticated(message: string): ServiceError {
  return new ServiceError('UNAUTHENTICATED', message);
}
