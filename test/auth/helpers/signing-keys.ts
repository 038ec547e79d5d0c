import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { KeyObject } from 'node:crypto';

export const ISSUER = 'https://auth.test.invalid/';
export const AUDIENCE = 'fhir-payer-graph-test';

/** A signing key with the public forms a verifier is configured with. */
export interface TestKey {
  readonly alg: 'RS256' | 'ES256';
  readonly kid: string;
  readonly privateKey: CryptoKey | KeyObject;
  readonly publicJwk: JWK;
  readonly publicPem: string;
}

export async function createTestKey(
  alg: 'RS256' | 'ES256',
  kid: string,
): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
  });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return {
    alg,
    kid,
    privateKey,
    publicJwk,
    publicPem: await exportSPKI(publicKey),
  };
}

export interface TokenOptions {
  readonly claims?: JWTPayload;
  readonly issuer?: string;
  readonly audience?: string | string[];
  /** Seconds from now; negative for a token already expired. */
  readonly expiresIn?: number;
  /** Seconds from now for the nbf claim. */
  readonly notBefore?: number;
  readonly kid?: string;
}

/** Signs a member token with `key`: patient 123, scope patient/*.rs, 5 minutes. */
export async function signToken(
  key: TestKey,
  options: TokenOptions = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({
    patient: '123',
    scope: 'launch/patient openid patient/*.rs',
    client_id: 'test-client',
    ...options.claims,
  })
    .setProtectedHeader({
      alg: key.alg,
      kid: options.kid ?? key.kid,
      typ: 'JWT',
    })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('member-1')
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 300));
  if (options.notBefore !== undefined) {
    jwt.setNotBefore(now + options.notBefore);
  }
  return jwt.sign(key.privateKey);
}

/** Encodes a JSON value as base64url, to forge tokens by hand. */
export function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
