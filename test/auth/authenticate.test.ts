import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  authenticate,
  createAuthServices,
  type AuthServices,
} from '../../src/auth/authenticate';
import type { AuthSettings } from '../../src/auth/settings';
import { ServiceError } from '../../src/errors';
import { startJwksServer, type JwksServer } from './helpers/jwks-server';
import { captureLogs } from './helpers/log-capture';
import {
  AUDIENCE,
  ISSUER,
  createTestKey,
  signToken,
  type TestKey,
} from './helpers/signing-keys';

let directory: string;
let jwks: JwksServer;
let signingKey: TestKey;
let services: AuthServices;
let lines: string[];

beforeAll(async () => {
  signingKey = await createTestKey('RS256', 'rsa-1');
  jwks = await startJwksServer({ keys: [signingKey.publicJwk] });
});

afterAll(() => jwks.close());

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'auth-'));
  const settings: AuthSettings = {
    tokens: {
      issuer: ISSUER,
      audience: [AUDIENCE],
      keySource: { kind: 'jwks-url', url: new URL(jwks.url) },
      algorithms: ['RS256', 'ES256'],
      clockToleranceSeconds: 30,
    },
    requireApiKey: true,
    apiKeys: { kind: 'file', path: path.join(directory, 'apikeys.json') },
  };
  const capture = captureLogs();
  lines = capture.lines;
  services = await createAuthServices(settings, capture.logger);
});

afterEach(async () => {
  await services.apiKeys.close();
  await rm(directory, { recursive: true, force: true });
});

async function rejection(headers: IncomingHttpHeaders): Promise<ServiceError> {
  const error: unknown = await authenticate(headers, services).then(
    () => new Error('expected authentication to fail'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ServiceError)) throw error;
  return error;
}

describe('authenticate', () => {
  it('returns anonymous without credentials', async () => {
    await expect(authenticate({}, services)).resolves.toEqual({
      kind: 'anonymous',
    });
  });

  it('returns the app of a valid API key', async () => {
    const { key, record } = await services.apiKeys.create('Test App');
    await expect(authenticate({ 'x-api-key': key }, services)).resolves.toEqual(
      {
        kind: 'app',
        app: { keyId: record.id, name: 'Test App' },
      },
    );
  });

  it('returns a member with the app for a token and a key', async () => {
    const { key, record } = await services.apiKeys.create('Test App');
    const token = await signToken(signingKey);
    const principal = await authenticate(
      { authorization: `Bearer ${token}`, 'x-api-key': key },
      services,
    );
    expect(principal).toMatchObject({
      kind: 'member',
      patient: '123',
      subject: 'member-1',
      clientId: 'test-client',
      scope: 'launch/patient openid patient/*.rs',
      app: { keyId: record.id, name: 'Test App' },
    });
  });

  it('returns a member without app for a token alone', async () => {
    const token = await signToken(signingKey);
    const principal = await authenticate(
      { authorization: `bearer  ${token}` },
      services,
    );
    expect(principal).toMatchObject({
      kind: 'member',
      patient: '123',
      app: undefined,
    });
  });

  it('rejects a malformed API key', async () => {
    const error = await rejection({ 'x-api-key': 'secret-value' });
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe(
      'API key is malformed; expected fpg_ followed by 43 base64url characters',
    );
  });

  it('rejects an unregistered API key', async () => {
    const error = await rejection({ 'x-api-key': `fpg_${'A'.repeat(43)}` });
    expect(error.message).toBe('API key is not registered');
  });

  it('rejects a revoked API key even with a valid token', async () => {
    const { key, record } = await services.apiKeys.create('Test App');
    await services.apiKeys.revoke(record.id);
    const token = await signToken(signingKey);
    const error = await rejection({
      authorization: `Bearer ${token}`,
      'x-api-key': key,
    });
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('API key has been revoked');
  });

  it('rejects an invalid token even with a valid key', async () => {
    const { key } = await services.apiKeys.create('Test App');
    const token = await signToken(signingKey, { expiresIn: -120 });
    const error = await rejection({
      authorization: `Bearer ${token}`,
      'x-api-key': key,
    });
    expect(error.message).toBe('access token expired');
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer a b'], ['Token abc']])(
    'rejects the Authorization header %p',
    async (authorization) => {
      const error = await rejection({ authorization });
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.message).toBe(
        'Authorization header is malformed; expected "Bearer <access token>"',
      );
    },
  );

  it('rejects a repeated x-api-key header', async () => {
    const error = await rejection({
      'x-api-key': ['a', 'b'],
    } as unknown as IncomingHttpHeaders);
    expect(error.message).toBe('more than one x-api-key header');
  });

  it('logs rejections without the token or the key', async () => {
    const { key } = await services.apiKeys.create('Test App');
    await services.apiKeys.revoke((await services.apiKeys.list())[0]?.id ?? '');
    const token = await signToken(signingKey, {
      issuer: 'https://other.test.invalid/',
    });
    const errors = [
      await rejection({ 'x-api-key': key }),
      await rejection({ authorization: `Bearer ${token}` }),
      await rejection({ 'x-api-key': `${key}x` }),
      await rejection({ authorization: `Bearer ${token}x` }),
    ];
    const logged = lines.map(
      (line) => JSON.parse(line) as { msg: string; reason: string },
    );
    expect(logged.map((entry) => entry.msg)).toEqual(
      Array(4).fill('authentication rejected'),
    );
    expect(logged[0]?.reason).toBe('API key has been revoked');
    const everything =
      lines.join('\n') +
      JSON.stringify(errors.map((error) => [error.toJSON(), error.stack]));
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.split('.')[2]);
  });
});
