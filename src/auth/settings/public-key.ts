import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../../errors';

const VARIABLE = 'AUTH_PUBLIC_KEY';
const EXPECTED =
  'an RSA, EC or Ed25519 public key as PEM ("-----BEGIN PUBLIC KEY-----") or as one JWK in JSON';

/**
 * Parses `AUTH_PUBLIC_KEY`, a PEM (SPKI) public key or one public JWK.
 * Escaped newlines (`\n`) in a PEM are accepted, because many deployment
 * tools cannot put a newline in an environment variable. Private and
 * symmetric keys are rejected: the service only needs the public half.
 */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    return fromJwk(trimmed);
  }
  return fromPem(trimmed.replace(/\\n/g, '\n'));
}

function fromPem(pem: string): KeyObject {
  if (/PRIVATE KEY-----/.test(pem)) {
    throw new ConfigError(VARIABLE, 'contains a private key', EXPECTED);
  }
  if (!/^-----BEGIN (PUBLIC KEY|RSA PUBLIC KEY)-----/.test(pem)) {
    throw new ConfigError(VARIABLE, 'is neither PEM nor JSON', EXPECTED);
  }
  return importKey(() => createPublicKey(pem));
}

function fromJwk(json: string): KeyObject {
  const jwk = parseJson(json);
  if ('d' in jwk) {
    throw new ConfigError(VARIABLE, 'contains a private JWK', EXPECTED);
  }
  if (jwk.kty === 'oct') {
    throw new ConfigError(VARIABLE, 'contains a symmetric JWK', EXPECTED);
  }
  return importKey(() =>
    createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }),
  );
}

function parseJson(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ConfigError(VARIABLE, 'is not valid JSON', EXPECTED);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(VARIABLE, 'is not a JSON object', EXPECTED);
  }
  return value as Record<string, unknown>;
}

function importKey(create: () => KeyObject): KeyObject {
  let key: KeyObject;
  try {
    key = create();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(VARIABLE, `could not be read (${reason})`, EXPECTED);
  }
  const type = key.asymmetricKeyType ?? 'unknown';
  if (!['rsa', 'rsa-pss', 'ec', 'ed25519'].includes(type)) {
    throw new ConfigError(
      VARIABLE,
      `has unsupported key type "${type}"`,
      EXPECTED,
    );
  }
  return key;
}
