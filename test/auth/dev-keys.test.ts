import { decodeProtectedHeader, decodeJwt } from 'jose';
import pino from 'pino';
import { authenticate, createAuthServices } from '../../src/auth/authenticate';
import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  devJwks,
  mintDevToken,
} from '../../src/auth/dev-keys';
import { loadAuthSettings } from '../../src/auth/settings';

describe('devJwks', () => {
  it('publishes only the public key', () => {
    const jwks = devJwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
      kid: 'fhir-payer-graph-dev-1',
      alg: 'ES256',
      use: 'sig',
    });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('mintDevToken', () => {
  it('signs the requested claims', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await mintDevToken({
      patient: 'p-1',
      scope: 'patient/Coverage.read',
      expiresIn: 120,
    });
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'ES256',
      kid: 'fhir-payer-graph-dev-1',
      typ: 'JWT',
    });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: DEV_ISSUER,
      aud: DEV_AUDIENCE,
      sub: 'dev-member-p-1',
      patient: 'p-1',
      scope: 'patient/Coverage.read',
      client_id: 'fhir-payer-graph-dev',
    });
    expect((claims.exp ?? 0) - before).toBeGreaterThanOrEqual(120);
    expect((claims.exp ?? 0) - before).toBeLessThanOrEqual(121);
  });

  it('is accepted under the default development settings', async () => {
    const settings = loadAuthSettings({
      API_KEYS_FILE: '/nonexistent/apikeys.json',
    });
    const services = await createAuthServices(
      settings,
      pino({ enabled: false }),
    );
    const token = await mintDevToken({ patient: 'p-1' });
    const principal = await authenticate(
      { authorization: `Bearer ${token}` },
      services,
    );
    expect(principal).toMatchObject({
      kind: 'member',
      patient: 'p-1',
      scope: 'patient/*.rs',
    });
  });

  it('is rejected by a configured issuer', async () => {
    const settings = loadAuthSettings({
      AUTH_ISSUER: 'https://auth.example.org/',
      AUTH_AUDIENCE: DEV_AUDIENCE,
      AUTH_PUBLIC_KEY: JSON.stringify(devJwks().keys[0]),
      API_KEYS_FILE: '/nonexistent/apikeys.json',
    });
    const services = await createAuthServices(
      settings,
      pino({ enabled: false }),
    );
    const token = await mintDevToken({ patient: 'p-1' });
    await expect(
      authenticate({ authorization: `Bearer ${token}` }, services),
    ).rejects.toThrow(
      'access token issuer "https://sandbox.fhir-payer-graph.invalid" does not match the expected issuer "https://auth.example.org/"',
    );
  });
});
