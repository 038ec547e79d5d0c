import type { JWTPayload } from 'jose';
import { ServiceError } from '../../errors';
import { parseScopes, type ScopeGrants } from '../scopes';

/** The claims of a verified access token that the service uses. */
export interface AccessTokenClaims {
  readonly patient: string | undefined;
  readonly scope: string;
  readonly scopes: ScopeGrants;
  readonly subject: string | undefined;
  readonly clientId: string | undefined;
  readonly expiresAt: Date;
}

// FHIR R4 id datatype (http://hl7.org/fhir/R4/datatypes.html#id).
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * Reads the claims of a token whose signature, issuer, audience and times
 * jose has checked. A `patient` claim that is not a FHIR id is rejected
 * because it becomes part of FHIR search URLs. Messages name the claim but
 * never show its value, which may identify the member.
 */
export function readAccessTokenClaims(payload: JWTPayload): AccessTokenClaims {
  const scope = optionalString(payload, 'scope') ?? '';
  const patient = optionalString(payload, 'patient');
  if (patient !== undefined && !FHIR_ID.test(patient)) {
    throw invalidClaim('patient', 'is not a valid FHIR id');
  }
  return {
    patient,
    scope,
    scopes: parseScopes(scope),
    subject: optionalString(payload, 'sub'),
    clientId:
      optionalString(payload, 'client_id') ?? optionalString(payload, 'azp'),
    // jose requires `exp` (requiredClaims) and checks that it is a number.
    expiresAt: new Date((payload.exp ?? 0) * 1000),
  };
}

function optionalString(
  payload: JWTPayload,
  claim: string,
): string | undefined {
  const value = payload[claim];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalidClaim(claim, 'is not a string');
  }
  return value;
}

function invalidClaim(claim: string, problem: string): ServiceError {
  return new ServiceError(
    'UNAUTHENTICATED',
    `access token claim "${claim}" ${problem}`,
  );
}
