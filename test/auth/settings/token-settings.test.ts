import { generateKeyPairSync } from 'node:crypto';
import {
  loadAuthSettings,
  loadTokenSettings,
} from '../../../src/auth/settings';
import { ConfigError } from '../../../src/errors';

const JWKS_ENV = {
  AUTH_ISSUER: 'https://auth.example.org/',
  AUTH_AUDIENCE: 'fhir-payer-graph',
  AUTH_JWKS_URL: 'https://auth.example.org/.well-known/jwks.json',
};

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadTokenSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadTokenSettings', () => {
  it('uses the development key when no AUTH_ variable is set', () => {
    expect(loadTokenSettings({})).toEqual({
      issuer: 'https://sandbox.fhir-payer-graph.invalid',
      audience: ['fhir-payer-graph'],
      keySource: { kind: 'development' },
      algorithms: ['RS256', 'ES256'],
      clockToleranceSeconds: 30,
    });
  });

  it('refuses the development key in production', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.variable).toBe('AUTH_ISSUER');
    expect(error.message).toBe(
      'AUTH_ISSUER: missing while NODE_ENV is "production"; expected the token issuer\'s settings (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL, AUTH_PUBLIC_KEY), because the development key is public',
    );
  });

  it('requires ES256 with the development key', () => {
    expect(configError({ AUTH_ALGORITHMS: 'RS256' }).message).toBe(
      'AUTH_ALGORITHMS: ES256 is missing while the development key is in use; expected a list with ES256',
    );
  });

  it('reads a JWKS URL configuration', () => {
    const settings = loadTokenSettings({
      ...JWKS_ENV,
      AUTH_AUDIENCE: 'api-one, api-two',
      AUTH_ALGORITHMS: 'PS256,ES384',
      AUTH_CLOCK_TOLERANCE_SECONDS: '5',
    });
    expect(settings).toEqual({
      issuer: 'https://auth.example.org/',
      audience: ['api-one', 'api-two'],
      keySource: { kind: 'jwks-url', url: new URL(JWKS_ENV.AUTH_JWKS_URL) },
      algorithms: ['PS256', 'ES384'],
      clockToleranceSeconds: 5,
    });
  });

  it('allows http JWKS URLs on loopback only', () => {
    const local = loadTokenSettings({
      ...JWKS_ENV,
      AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks',
    });
    expect(local.keySource).toEqual({
      kind: 'jwks-url',
      url: new URL('http://127.0.0.1:8080/jwks'),
    });
    const error = configError({
      ...JWKS_ENV,
      AUTH_JWKS_URL: 'http://auth.example.org/jwks',
    });
    expect(error.message).toBe(
      'AUTH_JWKS_URL: insecure URL "http://auth.example.org/jwks"; expected an https URL such as https://auth.example.org/.well-known/jwks.json (http only for 127.0.0.1, ::1 or localhost)',
    );
  });

  it('reads a PEM public key with escaped newlines', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const settings = loadTokenSettings({
      ...JWKS_ENV,
      AUTH_JWKS_URL: '',
      AUTH_PUBLIC_KEY: pem.replace(/\n/g, '\\n'),
    });
    expect(settings.keySource.kind).toBe('public-key');
  });

  it('reads a public JWK', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = JSON.stringify(publicKey.export({ format: 'jwk' }));
    const settings = loadTokenSettings({
      ...JWKS_ENV,
      AUTH_JWKS_URL: '',
      AUTH_PUBLIC_KEY: jwk,
    });
    expect(settings.keySource.kind).toBe('public-key');
  });

  it.each([
    [
      'AUTH_ALGORITHMS',
      'RS256,none',
      'AUTH_ALGORITHMS: algorithm "none" is never accepted because it allows unsigned tokens; expected a comma-separated list of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519',
    ],
    [
      'AUTH_ALGORITHMS',
      'NONE',
      'AUTH_ALGORITHMS: algorithm "none" is never accepted because it allows unsigned tokens; expected a comma-separated list of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519',
    ],
    [
      'AUTH_ALGORITHMS',
      'HS256',
      'AUTH_ALGORITHMS: symmetric algorithm "HS256" is not supported because tokens are verified with public keys; expected a comma-separated list of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519',
    ],
    [
      'AUTH_ALGORITHMS',
      'RS999',
      'AUTH_ALGORITHMS: unknown algorithm "RS999"; expected a comma-separated list of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519',
    ],
    [
      'AUTH_CLOCK_TOLERANCE_SECONDS',
      '301',
      'AUTH_CLOCK_TOLERANCE_SECONDS: invalid value "301"; expected an integer from 0 to 300 (seconds)',
    ],
    [
      'AUTH_CLOCK_TOLERANCE_SECONDS',
      '-1',
      'AUTH_CLOCK_TOLERANCE_SECONDS: invalid value "-1"; expected an integer from 0 to 300 (seconds)',
    ],
    [
      'AUTH_ISSUER',
      '',
      "AUTH_ISSUER: missing; expected the issuer's exact iss value, such as https://auth.example.org/",
    ],
    [
      'AUTH_ISSUER',
      'two words',
      'AUTH_ISSUER: invalid issuer "two words"; expected the issuer\'s exact iss value, such as https://auth.example.org/',
    ],
    [
      'AUTH_AUDIENCE',
      '',
      'AUTH_AUDIENCE: missing; expected a comma-separated list of aud values, such as fhir-payer-graph',
    ],
    [
      'AUTH_AUDIENCE',
      'a,,b',
      'AUTH_AUDIENCE: invalid audience "a,,b"; expected a comma-separated list of aud values, such as fhir-payer-graph',
    ],
    [
      'AUTH_JWKS_URL',
      '',
      'AUTH_JWKS_URL: missing; expected exactly one of AUTH_JWKS_URL or AUTH_PUBLIC_KEY',
    ],
    [
      'AUTH_JWKS_URL',
      'not a url',
      'AUTH_JWKS_URL: invalid URL "not a url"; expected an https URL such as https://auth.example.org/.well-known/jwks.json (http only for 127.0.0.1, ::1 or localhost)',
    ],
    [
      'AUTH_JWKS_URL',
      'https://user:secret@auth.example.org/jwks',
      'AUTH_JWKS_URL: URL contains a user name or password; expected an https URL such as https://auth.example.org/.well-known/jwks.json (http only for 127.0.0.1, ::1 or localhost)',
    ],
  ])('rejects %s=%p', (variable, value, message) => {
    const error = configError({ ...JWKS_ENV, [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toBe(message);
  });

  it('rejects both key sources together', () => {
    const error = configError({ ...JWKS_ENV, AUTH_PUBLIC_KEY: '{}' });
    expect(error.message).toBe(
      'AUTH_PUBLIC_KEY: set together with AUTH_JWKS_URL; expected exactly one of AUTH_JWKS_URL or AUTH_PUBLIC_KEY',
    );
  });

  it.each([
    [
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      'contains a private key',
    ],
    [
      '{"kty":"EC","crv":"P-256","x":"a","y":"b","d":"c"}',
      'contains a private JWK',
    ],
    ['{"kty":"oct","k":"c2VjcmV0"}', 'contains a symmetric JWK'],
    ['{not json', 'is not valid JSON'],
    ['secret', 'is neither PEM nor JSON'],
  ])('rejects AUTH_PUBLIC_KEY %p', (value, problem) => {
    const error = configError({
      ...JWKS_ENV,
      AUTH_JWKS_URL: '',
      AUTH_PUBLIC_KEY: value,
    });
    expect(error.message).toBe(
      `AUTH_PUBLIC_KEY: ${problem}; expected an RSA, EC or Ed25519 public key as PEM ("-----BEGIN PUBLIC KEY-----") or as one JWK in JSON`,
    );
    expect(error.message).not.toContain(value);
  });
});

describe('loadAuthSettings', () => {
  it('combines every setting', () => {
    const settings = loadAuthSettings({
      AUTH_REQUIRE_API_KEY: 'false',
      API_KEYS_FILE: '/tmp/keys.json',
    });
    expect(settings.requireApiKey).toBe(false);
    expect(settings.apiKeys).toEqual({ kind: 'file', path: '/tmp/keys.json' });
    expect(settings.tokens.keySource).toEqual({ kind: 'development' });
  });
});
