import { ServiceError } from '../errors';
import type { BackendTarget } from './backend-target';

// RFC 6750 section 2.1: b64token.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Returns true when the caller's token goes to `target`. */
export function forwardsAuthorization(
  target: BackendTarget,
  bearerToken: string | undefined,
): boolean {
  return target.config.forwardAuthorization && bearerToken !== undefined;
}

/**
 * Builds the headers of one request to `target`: `Accept`, the backend's
 * configured headers, and the caller's bearer token only when this backend
 * forwards it. No header of one backend is ever sent to another.
 */
export function outgoingHeaders(
  target: BackendTarget,
  bearerToken: string | undefined,
  userAgent: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    ...target.config.headers,
    accept: 'application/fhir+json',
  };
  if (bearerToken !== undefined && forwardsAuthorization(target, bearerToken)) {
    headers.authorization = `Bearer ${checkBearerToken(bearerToken)}`;
  }
  return headers;
}

function checkBearerToken(token: string): string {
  if (!BEARER_TOKEN.test(token)) {
    throw new ServiceError(
      'UNAUTHENTICATED',
      'Invalid bearer token; expected the RFC 6750 token characters only',
    );
  }
  return token;
}
