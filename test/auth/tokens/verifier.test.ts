import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { ServiceError } from '../../../src/errors';
import type { TokenSettings } from '../../../src/auth/settings';
import { parsePublicKey } from '../../../src/auth/settings/public-key';
import { JwksUnavailableError } from '../../../src/auth/tokens/jwks-unavailable';
import { createAccessTokenVerifier } from '../../../src/auth/tokens/verifier';
import { startJwksServer, type JwksServer } from '../helpers/jwks-server';
import {
  AUDIENCE,
  ISSUER,
  createTestKey,
  encodeSegment,
  signToken,
  type TestKey,
} from '../helpers/signing-keys';

let rsaKey: TestKey;
let ecKey: TestKey;
let otherKey: TestKey;
let jwks: JwksServer;
let settings: TokenSettings;

beforeAll(async () => {
  rsaKey = await createTestKey('RS256', 'rsa-1');
  ecKey = await createTestKey('ES256', 'ec-1');
  otherKey = await createTestKey('RS256', 'rsa-1');
  jwks = await startJwksServer({ keys: [rsaKey.publicJwk, ecKey.publicJwk] });
  settings = {
    issuer: ISSUER,
    audience: [AUDIENCE],
    keySource: { kind: 'jwks-url', url: new URL(jwks.url) },
    algorithms: ['RS256', 'ES256'],
    clockToleranceSeconds: 30,
  };
});

afterAll(() => jwks.close());

/** Verifies `token` and returns the error it raises. */
async function rejection(
  token: string,
  tokenSettings = settings,
): Promise<unknown> {
  const verify = createAccessTokenVerifier(tokenSettings);
  return verify(token).then(
    () => new Error('expected the token to be rejected'),
    (error: unknown) => error,
  );
}

async function expectUnauthenticated(
  token: string,
  message: string,
): Promise<void> {
  const error = await rejection(token);
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe('UNAUTHENTICATED');
  expect((error as ServiceError).message).toBe(message);
  expect((error as ServiceError).message).not.toContain(token.slice(0, 20));
  expect((error as ServiceError).cause).toBeUndefined();
}

describe('createAccessTokenVerifier with a remote JWKS', () => {
  it('accepts an RS256 token and reads its claims', async () => {
    const verify = createAccessTokenVerifier(settings);
    const claims = await verify(await signToken(rsaKey));
    expect(claims.patient).toBe('123');
    expect(claims.subject).toBe('member-1');
    expect(claims.clientId).toBe('test-client');
    expect(claims.scope).toBe('launch/patient openid patient/*.rs');
    expect(claims.scopes.get('*')).toEqual({ read: true, search: true });
    expect(claims.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('accepts an ES256 token', async () => {
    const verify = createAccessTokenVerifier(settings);
    await expect(verify(await signToken(ecKey))).resolves.toMatchObject({
      patient: '123',
    });
  });

  it('fetches the JWKS once for many tokens', async () => {
    const verify = createAccessTokenVerifier(settings);
    const before = jwks.requests;
    for (let i = 0; i < 3; i += 1) {
      await verify(await signToken(rsaKey));
    }
    expect(jwks.requests - before).toBe(1);
  });

  it('rejects an expired token', async () => {
    const token = await signToken(rsaKey, { expiresIn: -60 });
    await expectUnauthenticated(token, 'access token expired');
  });

  it('accepts a token expired within the clock tolerance', async () => {
    const verify = createAccessTokenVerifier(settings);
    const token = await signToken(rsaKey, { expiresIn: -10 });
    await expect(verify(token)).resolves.toMatchObject({ patient: '123' });
  });

  it('rejects a token not yet valid', async () => {
    const token = await signToken(rsaKey, { notBefore: 120 });
    await expectUnauthenticated(
      token,
      'access token is not yet valid (nbf is in the future)',
    );
  });

  it('accepts nbf within the clock tolerance', async () => {
    const verify = createAccessTokenVerifier(settings);
    const token = await signToken(rsaKey, { notBefore: 10 });
    await expect(verify(token)).resolves.toMatchObject({ patient: '123' });
  });

  it('rejects a wrong issuer', async () => {
    const token = await signToken(rsaKey, {
      issuer: 'https://evil.test.invalid/',
    });
    await expectUnauthenticated(
      token,
      'access token issuer "https://evil.test.invalid/" does not match the expected issuer "https://auth.test.invalid/"',
    );
  });

  it('rejects a wrong audience', async () => {
    const token = await signToken(rsaKey, { audience: ['other-api', 'third'] });
    await expectUnauthenticated(
      token,
      'access token audience ["other-api","third"] does not match the expected audience "fhir-payer-graph-test"',
    );
  });

  it('rejects a token signed by another key with the same kid', async () => {
    const token = await signToken(otherKey);
    await expectUnauthenticated(token, 'access token signature is invalid');
  });

  it('rejects a token whose kid is not in the JWKS', async () => {
    const token = await signToken(otherKey, { kid: 'unknown-kid' });
    await expectUnauthenticated(
      token,
      "access token was signed with a key that is not in the issuer's key set",
    );
  });

  it('rejects alg none', async () => {
    const header = encodeSegment({ alg: 'none', typ: 'JWT' });
    const payload = encodeSegment({
      iss: ISSUER,
      aud: AUDIENCE,
      patient: '123',
      exp: 4102444800,
    });
    await expectUnauthenticated(
      `${header}.${payload}.`,
      'access token algorithm "none" is not allowed; expected one of RS256, ES256',
    );
  });

  it('rejects an RS256 token with an empty signature', async () => {
    const [header, payload] = (await signToken(rsaKey)).split('.');
    await expectUnauthenticated(
      `${header}.${payload}.`,
      'access token signature is invalid',
    );
  });

  it('rejects a token with a tampered payload', async () => {
    const [header, , signature] = (await signToken(rsaKey)).split('.');
    const payload = encodeSegment({
      iss: ISSUER,
      aud: AUDIENCE,
      patient: '999',
      exp: 4102444800,
    });
    await expectUnauthenticated(
      `${header}.${payload}.${signature}`,
      'access token signature is invalid',
    );
  });

  it.each([
    ['garbled.token.value'],
    ['not-a-jwt'],
    ['a.b'],
    ['e30.e30.e30.e30.e30'],
  ])('rejects the malformed token %s', async (token) => {
    await expectUnauthenticated(
      token,
      'access token is malformed; expected a signed JWT in compact serialization',
    );
  });

  it('rejects HS256 signed with the public key as secret', async () => {
    for (const secretText of [
      rsaKey.publicPem,
      JSON.stringify(rsaKey.publicJwk),
    ]) {
      const token = await new SignJWT({ patient: '123', scope: 'patient/*.rs' })
        .setProtectedHeader({ alg: 'HS256', kid: rsaKey.kid })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secretText));
      await expectUnauthenticated(
        token,
        'access token algorithm "HS256" is not allowed; expected one of RS256, ES256',
      );
    }
  });

  it('rejects an algorithm outside the configured list', async () => {
    const rsaOnly: TokenSettings = { ...settings, algorithms: ['RS256'] };
    const error = await rejection(await signToken(ecKey), rsaOnly);
    expect((error as ServiceError).message).toBe(
      'access token algorithm "ES256" is not allowed; expected one of RS256',
    );
  });

  it('rejects a token without exp', async () => {
    const token = await new SignJWT({ patient: '123' })
      .setProtectedHeader({ alg: 'RS256', kid: rsaKey.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(rsaKey.privateKey);
    await expectUnauthenticated(
      token,
      'access token claim "exp" is invalid (missing)',
    );
  });

  it('accepts a token without a patient claim', async () => {
    const verify = createAccessTokenVerifier(settings);
    const token = await signToken(rsaKey, { claims: { patient: undefined } });
    const claims = await verify(token);
    expect(claims.patient).toBeUndefined();
  });

  it('rejects a patient claim that is not a FHIR id', async () => {
    const token = await signToken(rsaKey, {
      claims: { patient: '123&_id=456' },
    });
    await expectUnauthenticated(
      token,
      'access token claim "patient" is not a valid FHIR id',
    );
  });

  it('rejects a scope claim that is not a string', async () => {
    const token = await signToken(rsaKey, {
      claims: { scope: ['patient/*.rs'] },
    });
    await expectUnauthenticated(
      token,
      'access token claim "scope" is not a string',
    );
  });

  it('reads azp when client_id is absent', async () => {
    const verify = createAccessTokenVerifier(settings);
    const token = await signToken(rsaKey, {
      claims: { client_id: undefined, azp: 'azp-client' },
    });
    await expect(verify(token)).resolves.toMatchObject({
      clientId: 'azp-client',
    });
  });

  it('raises JwksUnavailableError when the JWKS cannot be fetched', async () => {
    const closed = await startJwksServer({ keys: [] });
    await closed.close();
    const unreachable: TokenSettings = {
      ...settings,
      keySource: { kind: 'jwks-url', url: new URL(closed.url) },
    };
    const error = await rejection(await signToken(rsaKey), unreachable);
    expect(error).toBeInstanceOf(JwksUnavailableError);
    expect((error as Error).message).toBe(
      `fetching the issuer's JWKS from ${closed.url} failed: fetch failed (connect ECONNREFUSED ${closed.url.slice(7, -10)})`,
    );
  });

  it('raises JwksUnavailableError for a non-200 JWKS response', async () => {
    const notFound: TokenSettings = {
      ...settings,
      keySource: {
        kind: 'jwks-url',
        url: new URL(jwks.url.replace('jwks.json', 'missing')),
      },
    };
    const error = await rejection(await signToken(rsaKey), notFound);
    expect(error).toBeInstanceOf(JwksUnavailableError);
    expect(error).not.toBeInstanceOf(ServiceError);
  });

  it('never puts the token or its hash in a message', async () => {
    const token = await signToken(otherKey);
    const error = (await rejection(token)) as Error;
    const digest = createHash('sha256').update(token).digest('hex');
    expect(
      JSON.stringify({ message: error.message, stack: error.stack }),
    ).not.toContain(token);
    expect(error.message).not.toContain(digest);
  });
});

describe('createAccessTokenVerifier with a public key', () => {
  it('accepts a token signed by the configured PEM key', async () => {
    const verify = createAccessTokenVerifier({
      ...settings,
      keySource: { kind: 'public-key', key: parsePublicKey(rsaKey.publicPem) },
    });
    await expect(verify(await signToken(rsaKey))).resolves.toMatchObject({
      patient: '123',
    });
  });

  it('rejects HS256 signed with that PEM as secret even when allowed', async () => {
    const token = await new SignJWT({ patient: '123' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(rsaKey.publicPem));
    // The type forbids HS256; the cast checks that jose rejects the key type too.
    const forced = {
      ...settings,
      algorithms: ['RS256', 'HS256'],
    } as unknown as TokenSettings;
    const verify = createAccessTokenVerifier({
      ...forced,
      keySource: { kind: 'public-key', key: parsePublicKey(rsaKey.publicPem) },
    });
    await expect(verify(token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message:
        'access token algorithm "HS256" does not match the type of the issuer\'s key',
    });
  });
});
