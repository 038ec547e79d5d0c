import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';

/** The issuer's JWKS could not be fetched or parsed. */
export class JwksUnavailableError extends Error {
  constructor(url: URL, cause: unknown) {
    const reason = describeFailure(cause);
    super(`fetching the issuer's JWKS from ${url.href} failed: ${reason}`, {
      cause,
    });
    this.name = 'JwksUnavailableError';
  }
}

/**
 * Wraps jose's remote JWKS so that a failed fetch (network error, timeout,
 * non-200 status, invalid JSON) raises JwksUnavailableError, apart from
 * the errors that concern the token: no key or several keys match it.
 */
export function createRemoteKeySet(
  url: URL,
  options: Parameters<typeof createRemoteJWKSet>[1],
): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(url, options);
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys
      ) {
        throw error;
      }
      throw new JwksUnavailableError(url, error);
    }
  };
}

/**
 * Returns the message of `error` and of its `cause`, where fetch() puts
 * the network error such as ECONNREFUSED. Errors are read by shape rather
 * than with instanceof because fetch() errors can come from another realm.
 */
function describeFailure(error: unknown): string {
  const message = readMessage(error) ?? String(error);
  const cause = readMessage((error as { cause?: unknown } | null)?.cause);
  return cause === undefined ? message : `${message} (${cause})`;
}

function readMessage(value: unknown): string | undefined {
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : undefined;
}
