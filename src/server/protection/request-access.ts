import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import {
  ANONYMOUS,
  authenticate,
  checkPhiCredentials,
  readCredentials,
  type AuthServices,
  type PhiAccessSettings,
  type Principal,
} from '../../auth';
import { ServiceError } from '../../errors';
import type { FhirClient, SessionGuard } from '../../fhir';
import type { AuditLog } from '../audit/audit-log';
import { AuditTrail } from '../audit/audit-trail';
import type { RateLimiter } from '../rate-limit';
import { CompartmentGuard } from './compartment-guard';
import type { Protection } from './protection';
import { RequestProtection } from './request-protection';

/** The caller of one request and the checks that follow from it. */
export interface RequestAccess {
  readonly principal: Principal;
  /** The member's access token, for backends that forward it. */
  readonly bearerToken: string | undefined;
  readonly guard: SessionGuard | undefined;
  readonly protection: RequestProtection | undefined;
}

/** What a request brings that access depends on. */
export interface AccessRequest {
  readonly headers: IncomingHttpHeaders;
  /** Address of the client, the key of the anonymous rate limit. */
  readonly clientAddress: string | undefined;
  readonly requestId: string;
  readonly logger: Logger;
}

const OPEN_ACCESS: RequestAccess = {
  principal: ANONYMOUS,
  bearerToken: undefined,
  guard: undefined,
  protection: undefined,
};

/**
 * Authenticates the caller and builds the request's PHI checks. Raises a
 * request error with the HTTP status of its code: UNAUTHENTICATED (401)
 * for invalid credentials, RATE_LIMITED (429) for an anonymous caller over
 * its limit, and AUTH_UNAVAILABLE (503) when the key set or the API key
 * store cannot be reached.
 */
export async function establishAccess(
  protection: Protection,
  client: FhirClient,
  request: AccessRequest,
): Promise<RequestAccess> {
  switch (protection.kind) {
    case 'off':
      return OPEN_ACCESS;
    case 'enforced':
      return enforcedAccess(protection, client, request);
    default:
      return assertNever(protection);
  }
}

async function enforcedAccess(
  protection: Extract<Protection, { kind: 'enforced' }>,
  client: FhirClient,
  request: AccessRequest,
): Promise<RequestAccess> {
  const principal = await authenticateRequest(protection.auth, request);
  if (principal.kind === 'anonymous') {
    await limitRate(protection.rateLimiter, request.clientAddress);
  }
  const settings = { requireApiKey: protection.auth.settings.requireApiKey };
  const guard = new CompartmentGuard(principal, settings, client);
  const audit = auditTrailOf(protection.audit, principal, settings, request);
  return {
    principal,
    bearerToken:
      principal.kind === 'member'
        ? readCredentials(request.headers).accessToken
        : undefined,
    guard,
    protection: new RequestProtection(principal, settings, guard, audit),
  };
}

async function authenticateRequest(
  auth: AuthServices,
  request: AccessRequest,
): Promise<Principal> {
  try {
    return await authenticate(request.headers, {
      ...auth,
      logger: request.logger,
    });
  } catch (error) {
    if (error instanceof ServiceError) {
      throw error.toRequestError();
    }
    // The error names the key set URL or the store, never the credential.
    request.logger.error({ err: error }, 'authentication unavailable');
    const message =
      "Credentials could not be checked because the token issuer's key set or the API key store is unreachable; retry later";
    throw new ServiceError('AUTH_UNAVAILABLE', message).toRequestError();
  }
}

async function limitRate(
  limiter: RateLimiter,
  clientAddress: string | undefined,
): Promise<void> {
  const decision = await limiter.take(clientAddress ?? 'unknown');
  if (decision.kind === 'limited') {
    const seconds = decision.retryAfterSeconds;
    const message = `Too many requests without credentials from this address; retry after ${seconds} seconds, or send an API key`;
    const error = new ServiceError('RATE_LIMITED', message);
    throw error.toRequestError({ 'retry-after': String(seconds) });
  }
}

/** Returns the audit trail of a member who may read PHI, else undefined. */
function auditTrailOf(
  log: AuditLog,
  principal: Principal,
  settings: PhiAccessSettings,
  request: AccessRequest,
): AuditTrail | undefined {
  const decision = checkPhiCredentials(principal, 'PHI', settings);
  if (decision.kind === 'denied') {
    return undefined;
  }
  const member = decision.grant.principal;
  return new AuditTrail(log, {
    requestId: request.requestId,
    appId: member.app?.keyId ?? null,
    clientId: member.clientId ?? null,
    patient: decision.grant.patient,
  });
}

function assertNever(value: never): never {
  throw new Error(`Unexpected protection ${JSON.stringify(value)}`);
}
