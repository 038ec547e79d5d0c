import { ServiceError } from '../errors';
import type { MemberPrincipal, Principal } from './principal';
import { isPhiResourceType } from './public-resource-types';
import { scopeCovers, type ScopeAction } from './scopes';

/** The part of the auth settings that PHI access depends on. */
export interface PhiAccessSettings {
  /** Whether PHI needs a registered API key besides the access token. */
  readonly requireApiKey: boolean;
}

/** A member allowed to read PHI, with the patient compartment it may read. */
export interface PhiGrant {
  readonly principal: MemberPrincipal;
  readonly patient: string;
}

/** The outcome of an access check on a PHI resource type. */
export type PhiAccessDecision =
  | { readonly kind: 'allowed'; readonly grant: PhiGrant }
  | {
      readonly kind: 'denied';
      readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';
      readonly message: string;
    };

/**
 * Decides whether `principal` may perform `action` on PHI of
 * `resourceType`. PHI needs a member access token with a `patient` claim
 * and a `patient/` scope that covers the type and action (see
 * `parseScopes`). Unless `settings.requireApiKey` is false, the request must
 * also carry a registered, unrevoked API key.
 */
export function checkPhiAccess(
  principal: Principal,
  resourceType: string,
  settings: PhiAccessSettings,
  action: ScopeAction = 'read',
): PhiAccessDecision {
  switch (principal.kind) {
    case 'anonymous':
    case 'app':
      return denied(
        'UNAUTHENTICATED',
        `${action} of ${resourceType} requires a member access token in the Authorization header`,
      );
    case 'member':
      return checkMember(principal, resourceType, settings, action);
    default:
      return assertNever(principal);
  }
}

/**
 * Decides whether `principal` has the credentials for PHI of
 * `resourceType` at all: a member access token with a `patient` claim and,
 * unless `settings.requireApiKey` is false, a registered API key. Scopes are
 * not checked, so a request can be limited to the member's compartment
 * before the action on each resource type is known.
 */
export function checkPhiCredentials(
  principal: Principal,
  resourceType: string,
  settings: PhiAccessSettings,
): PhiAccessDecision {
  switch (principal.kind) {
    case 'anonymous':
    case 'app':
      return denied(
        'UNAUTHENTICATED',
        `read of ${resourceType} requires a member access token in the Authorization header`,
      );
    case 'member':
      return checkMemberCredentials(principal, resourceType, settings, 'read');
    default:
      return assertNever(principal);
  }
}

/**
 * Returns the member's grant when `checkPhiAccess` allows the access, and
 * raises its ServiceError (UNAUTHENTICATED or FORBIDDEN) otherwise.
 */
export function requirePhiAccess(
  principal: Principal,
  resourceType: string,
  settings: PhiAccessSettings,
  action: ScopeAction = 'read',
): PhiGrant {
  const decision = checkPhiAccess(principal, resourceType, settings, action);
  if (decision.kind === 'denied') {
    throw new ServiceError(decision.code, decision.message);
  }
  return decision.grant;
}

/**
 * Returns true when `principal` may read resources of `resourceType`:
 * always for the public directory and formulary types, and for PHI types
 * when `checkPhiAccess` allows a read.
 */
export function canRead(
  principal: Principal,
  resourceType: string,
  settings: PhiAccessSettings,
): boolean {
  if (!isPhiResourceType(resourceType)) {
    return true;
  }
  const decision = checkPhiAccess(principal, resourceType, settings, 'read');
  return decision.kind === 'allowed';
}

function checkMember(
  principal: MemberPrincipal,
  resourceType: string,
  settings: PhiAccessSettings,
  action: ScopeAction,
): PhiAccessDecision {
  const decision = checkMemberCredentials(
    principal,
    resourceType,
    settings,
    action,
  );
  if (
    decision.kind === 'allowed' &&
    !scopeCovers(principal.scopes, resourceType, action)
  ) {
    return denied('FORBIDDEN', describeMissingScope(resourceType, action));
  }
  return decision;
}

function checkMemberCredentials(
  principal: MemberPrincipal,
  resourceType: string,
  settings: PhiAccessSettings,
  action: ScopeAction,
): PhiAccessDecision {
  if (settings.requireApiKey && principal.app === undefined) {
    return denied(
      'UNAUTHENTICATED',
      `${action} of ${resourceType} requires a registered API key in the x-api-key header besides the access token`,
    );
  }
  if (principal.patient === undefined) {
    return denied(
      'UNAUTHENTICATED',
      `access token has no patient claim, so it grants no access to ${resourceType}`,
    );
  }
  return { kind: 'allowed', grant: { principal, patient: principal.patient } };
}

function describeMissingScope(
  resourceType: string,
  action: ScopeAction,
): string {
  const v2 = action === 'read' ? 'r' : 's';
  return `access token scopes do not allow ${action} of ${resourceType}; expected patient/${resourceType}.${v2}, patient/${resourceType}.read or the same for patient/*`;
}

function denied(
  code: 'UNAUTHENTICATED' | 'FORBIDDEN',
  message: string,
): PhiAccessDecision {
  return { kind: 'denied', code, message };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected principal ${JSON.stringify(value)}`);
}
