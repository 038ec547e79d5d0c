import type { ScopeGrants } from './scopes';

/** A registered app, identified by the API key it sent. */
export interface AppIdentity {
  /** Id of the API key record, safe to log. */
  readonly keyId: string;
  /** Name the operator gave the app when creating the key. */
  readonly name: string;
}

/** A caller that sent no credentials. It may read public data only. */
export interface AnonymousPrincipal {
  readonly kind: 'anonymous';
}

/** A caller that sent a valid API key and no access token. */
export interface AppPrincipal {
  readonly kind: 'app';
  readonly app: AppIdentity;
}

/** A caller that sent a valid SMART on FHIR access token. */
export interface MemberPrincipal {
  readonly kind: 'member';
  /**
   * FHIR id of the patient from the token's `patient` claim, the only source
   * of the patient compartment. It is undefined when the token has no such
   * claim, and then the token grants no PHI access.
   */
  readonly patient: string | undefined;
  /** Resource-level grants parsed from the `scope` claim. */
  readonly scopes: ScopeGrants;
  /** The `scope` claim as sent, for audit records. */
  readonly scope: string;
  /** The token's `sub` claim. */
  readonly subject: string | undefined;
  /** The token's `client_id` claim, or `azp` when `client_id` is absent. */
  readonly clientId: string | undefined;
  /** The token's `exp` claim. */
  readonly expiresAt: Date;
  /** The app whose API key came with the token, if one did. */
  readonly app: AppIdentity | undefined;
}

/** The caller, as established from the request headers. */
export type Principal = AnonymousPrincipal | AppPrincipal | MemberPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };
