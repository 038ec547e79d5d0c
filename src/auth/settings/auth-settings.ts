import type { KeyObject } from 'node:crypto';

/** JWS algorithms an operator may allow for access tokens. */
export const SIGNING_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

/** Source of the public keys that verify access tokens. */
export type KeySource =
  /** The committed development key in `data/dev-keys/`. */
  | { readonly kind: 'development' }
  /** The issuer's JWKS, fetched and cached by jose. */
  | { readonly kind: 'jwks-url'; readonly url: URL }
  /** One configured public key. */
  | { readonly kind: 'public-key'; readonly key: KeyObject };

/** Verification settings for access tokens. */
export interface TokenSettings {
  /** Expected `iss` claim, compared exactly. */
  readonly issuer: string;
  /** Accepted `aud` values. A token must name at least one of them. */
  readonly audience: readonly string[];
  readonly keySource: KeySource;
  /** Accepted `alg` header values. It never contains `none` or `HS*`. */
  readonly algorithms: readonly SigningAlgorithm[];
  /** Clock skew allowed on `exp` and `nbf`, in seconds. */
  readonly clockToleranceSeconds: number;
}

/** Storage of the API key records. */
export type ApiKeyStoreSettings =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'redis'; readonly url: string };

/** Every authentication setting, validated at start. */
export interface AuthSettings {
  readonly tokens: TokenSettings;
  /** Whether PHI needs a registered API key besides the access token. */
  readonly requireApiKey: boolean;
  readonly apiKeys: ApiKeyStoreSettings;
}
