import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT, type JWTPayload } from 'jose';
import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_KEY_ID,
  DEV_PRIVATE_KEY_FILE,
} from '../../../src/auth/dev-keys';
import { encodeSegment } from '../../auth/helpers/signing-keys';

export interface DevTokenOptions {
  /** Claims to add or replace; `undefined` removes a default claim. */
  readonly claims?: Readonly<Record<string, unknown>>;
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds from now; negative for a token already expired. */
  readonly expiresIn?: number;
  /** Seconds from now for the `nbf` claim. */
  readonly notBefore?: number;
  /** Another private key, to sign with a key the service does not know. */
  readonly key?: KeyObject;
}

let devKey: KeyObject | undefined;

/**
 * Signs a SMART access token with the committed development key (ES256),
 * which the service accepts when no AUTH_* variable is set: patient
 * `patient`, scope `patient/*.rs`, five minutes.
 */
export async function signDevToken(
  patient: string,
  options: DevTokenOptions = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    patient,
    scope: 'launch/patient openid patient/*.rs',
    client_id: 'security-test-client',
    ...options.claims,
  };
  devKey ??= createPrivateKey(readFileSync(DEV_PRIVATE_KEY_FILE, 'utf8'));
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', kid: DEV_KEY_ID, typ: 'JWT' })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setSubject(`member-of-${patient}`)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 300));
  if (options.notBefore !== undefined) {
    jwt.setNotBefore(now + options.notBefore);
  }
  return jwt.sign(options.key ?? devKey);
}

/** Returns a token with `alg: none` and an empty signature. */
export function unsecuredToken(patient: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = encodeSegment({ alg: 'none', typ: 'JWT' });
  const payload = encodeSegment({
    iss: DEV_ISSUER,
    aud: DEV_AUDIENCE,
    patient,
    scope: 'patient/*.rs',
    exp: now + 300,
  });
  return `${header}.${payload}.`;
}

/** Returns a valid token's header and payload without its signature. */
export async function unsignedToken(patient: string): Promise<string> {
  const [header, payload] = (await signDevToken(patient)).split('.');
  return `${header}.${payload}`;
}
