/** Permissions that a set of scopes grants on one resource type. */
export interface ResourceGrant {
  /** Read by id (FHIR `read` and `vread`). */
  readonly read: boolean;
  /** Search (FHIR `search-type`). */
  readonly search: boolean;
}

/** The two patient-compartment actions this read-only service performs. */
export type ScopeAction = keyof ResourceGrant;

/** Grants by resource type, with `'*'` for the wildcard scopes. */
export type ScopeGrants = ReadonlyMap<string, ResourceGrant>;

// SMART App Launch 1.0.0 and 2.x clinical scope syntax:
// <patient|user|system>/<ResourceType|*>.<permissions>[?<query>].
const SCOPE_PATTERN = /^(patient|user|system)\/([A-Z][A-Za-z]{0,63}|\*)\.(.+)$/;
// SMART v2 permissions are a non-empty subset of c, r, u, d, s in that order.
const V2_PERMISSIONS = /^c?r?u?d?s?$/;

const NONE: ResourceGrant = { read: false, search: false };
const READ_AND_SEARCH: ResourceGrant = { read: true, search: true };

/**
 * Parses the space-separated `scope` claim of a SMART on FHIR access token
 * into read and search grants for the current patient's compartment.
 *
 * - SMART v1 (App Launch 1.0.0): `.read` and `.*` grant read and search,
 *   and `.write` grants neither.
 * - SMART v2 (App Launch 2.x): `r` grants read and `s` grants search, in
 *   any valid `cruds` subset such as `.rs` or `.cruds`.
 * - A v2 scope with a `?param=value` constraint (a granular scope, such as
 *   `patient/Observation.rs?category=laboratory`) grants nothing, because
 *   the service cannot yet limit results to the constraint. The caller may
 *   still get the data through a broader scope in the same token.
 * - `user/` and `system/` scopes grant nothing. This service exposes the
 *   patient compartment of one member, so only `patient/` scopes apply.
 * - Any other scope (`openid`, `fhirUser`, `launch/patient`,
 *   `offline_access`, malformed text) grants nothing.
 */
export function parseScopes(scope: string): ScopeGrants {
  const grants = new Map<string, ResourceGrant>();
  for (const item of scope.split(/\s+/)) {
    const parsed = parseClinicalScope(item);
    if (parsed === undefined || parsed.context !== 'patient') {
      continue;
    }
    const previous = grants.get(parsed.resourceType) ?? NONE;
    grants.set(parsed.resourceType, union(previous, parsed.grant));
  }
  return grants;
}

/**
 * Returns true when `scopes` allow `action` on `resourceType` in the
 * patient compartment, through a scope naming the type or a `*` scope.
 */
export function scopeCovers(
  scopes: ScopeGrants,
  resourceType: string,
  action: ScopeAction,
): boolean {
  const specific = scopes.get(resourceType)?.[action] ?? false;
  const wildcard = scopes.get('*')?.[action] ?? false;
  return specific || wildcard;
}

interface ClinicalScope {
  readonly context: 'patient' | 'user' | 'system';
  readonly resourceType: string;
  readonly grant: ResourceGrant;
}

function parseClinicalScope(item: string): ClinicalScope | undefined {
  const match = SCOPE_PATTERN.exec(item);
  if (match === null) {
    return undefined;
  }
  const [, context, resourceType, permissions] = match;
  const grant = parsePermissions(permissions ?? '');
  if (grant === undefined || resourceType === undefined) {
    return undefined;
  }
  return {
    context: context as ClinicalScope['context'],
    resourceType,
    grant,
  };
}

/** Returns the grant of a permissions suffix, or undefined when invalid. */
function parsePermissions(permissions: string): ResourceGrant | undefined {
  switch (permissions) {
    case 'read':
    case '*':
      return READ_AND_SEARCH;
    case 'write':
      return NONE;
  }
  // Granular v2 scopes (a "?" suffix) and invalid text match neither form.
  if (permissions === '' || !V2_PERMISSIONS.test(permissions)) {
    return undefined;
  }
  return {
    read: permissions.includes('r'),
    search: permissions.includes('s'),
  };
}

function union(a: ResourceGrant, b: ResourceGrant): ResourceGrant {
  return { read: a.read || b.read, search: a.search || b.search };
}
