import {
  createLocalJWKSet,
  jwtVerify,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import { devJwks } from '../dev-keys';
import type { KeySource, TokenSettings } from '../settings';
import { readAccessTokenClaims, type AccessTokenClaims } from './claims';
import { createRemoteKeySet } from './jwks-unavailable';
import { toVerificationError } from './verification-errors';

/** Verifies a bearer access token and returns its claims. */
export type AccessTokenVerifier = (token: string) => Promise<AccessTokenClaims>;

// jose's defaults, written out so the behaviour is visible here: a fetch
// times out after 5 s, the key set is cached for 10 minutes, and a token
// with an unknown `kid` triggers a refetch at most every 30 s.
const REMOTE_JWKS_OPTIONS = {
  timeoutDuration: 5_000,
  cooldownDuration: 30_000,
  cacheMaxAge: 600_000,
};

/**
 * Builds a verifier that checks, with jose, the JWS signature against the
 * configured key source, the `alg` header against `settings.algorithms`
 * (jose never accepts `none`), `iss`, `aud`, and `exp` (required) and `nbf`
 * with the configured clock tolerance. Every failure raises an
 * UNAUTHENTICATED ServiceError, except a failure to fetch the JWKS, which
 * raises JwksUnavailableError.
 */
export function createAccessTokenVerifier(
  settings: TokenSettings,
): AccessTokenVerifier {
  const key = resolveKey(settings.keySource);
  const options = {
    issuer: settings.issuer,
    audience: [...settings.audience],
    algorithms: [...settings.algorithms],
    clockTolerance: settings.clockToleranceSeconds,
    requiredClaims: ['exp'],
  };
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key, options));
    } catch (error) {
      throw toVerificationError(error, token, settings);
    }
    return readAccessTokenClaims(payload);
  };
}

function resolveKey(source: KeySource): KeyObject | JWTVerifyGetKey {
  switch (source.kind) {
    case 'development':
      return createLocalJWKSet(devJwks());
    case 'jwks-url':
      return createRemoteKeySet(source.url, REMOTE_JWKS_OPTIONS);
    case 'public-key':
      return source.key;
    default:
      return assertNever(source);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected key source ${JSON.stringify(value)}`);
}
