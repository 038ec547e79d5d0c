import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, type JSONWebKeySet } from 'jose';

/**
 * Issuer of development tokens. The `.invalid` top-level domain never
 * resolves (RFC 2606), so nothing is ever fetched from it.
 */
export const DEV_ISSUER = 'https://sandbox.fhir-payer-graph.invalid';
/** Audience of development tokens. */
export const DEV_AUDIENCE = 'fhir-payer-graph';
/** Key id (`kid`) of the development key. */
export const DEV_KEY_ID = 'fhir-payer-graph-dev-1';
/** Signing algorithm of the development key, a P-256 EC key. */
export const DEV_ALGORITHM = 'ES256';

/** Development-only P-256 private key, committed on purpose. */
export const DEV_PRIVATE_KEY_FILE = path.resolve(
  __dirname,
  '../../data/dev-keys/private-key.pem',
);

/** Claims and lifetime of a development token. */
export interface DevTokenRequest {
  /** FHIR id of the patient, sent in the `patient` claim. */
  readonly patient: string;
  /** Space-separated SMART scopes. Default `patient/*.rs`. */
  readonly scope?: string;
  /** Seconds, or a jose duration such as `"1h"`. Default one hour. */
  readonly expiresIn?: number | string;
  readonly audience?: string;
  readonly issuer?: string;
  /** `sub` claim. Default `dev-member-<patient>`. */
  readonly subject?: string;
  /** `client_id` claim. Default `fhir-payer-graph-dev`. */
  readonly clientId?: string;
}

let privateKey: KeyObject | undefined;

/** Returns the public JWKS of the development key, for `/.well-known/jwks.json`. */
export function devJwks(): JSONWebKeySet {
  const jwk = createPublicKey(loadPrivateKey()).export({ format: 'jwk' });
  return {
    keys: [{ ...jwk, kid: DEV_KEY_ID, alg: DEV_ALGORITHM, use: 'sig' }],
  };
}

/**
 * Signs a SMART on FHIR access token with the development key. With the
 * default issuer and audience, the service accepts it when no `AUTH_*`
 * variable is set.
 */
export async function mintDevToken(request: DevTokenRequest): Promise<string> {
  const expiresIn = request.expiresIn ?? '1h';
  return new SignJWT({
    patient: request.patient,
    scope: request.scope ?? 'patient/*.rs',
    client_id: request.clientId ?? 'fhir-payer-graph-dev',
  })
    .setProtectedHeader({ alg: DEV_ALGORITHM, kid: DEV_KEY_ID, typ: 'JWT' })
    .setIssuer(request.issuer ?? DEV_ISSUER)
    .setAudience(request.audience ?? DEV_AUDIENCE)
    .setSubject(request.subject ?? `dev-member-${request.patient}`)
    .setIssuedAt()
    .setExpirationTime(
      typeof expiresIn === 'number' ? `${expiresIn}s` : expiresIn,
    )
    .sign(loadPrivateKey());
}

function loadPrivateKey(): KeyObject {
  privateKey ??= createPrivateKey(readFileSync(DEV_PRIVATE_KEY_FILE, 'utf8'));
  return privateKey;
}
