import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  loadTokenSettings,
  mintDevToken,
} from '../../src/auth';
import type { DefaultSandbox } from '../server/default-sandbox';
import { ATTACKER, startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';

let sandbox: DefaultSandbox;
let jwksUrl: string;
let graph: SecureGraph;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  jwksUrl = new URL('/.well-known/jwks.json', sandbox.sandbox.baseUrl).href;
  // The service fetches the key set from the sandbox, as it would from an
  // issuer, instead of using the development key directly.
  const tokens = loadTokenSettings({
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_URL: jwksUrl,
  });
  graph = await startSecureGraph(sandbox, { tokens });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

describe('sandbox JWKS', () => {
  it('serves the development key set', async () => {
    const response = await fetch(jwksUrl);
    const body = (await response.json()) as {
      keys: Array<Record<string, unknown>>;
    };

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/jwk-set+json',
    );
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
      alg: 'ES256',
    });
    expect(body.keys[0]?.d).toBeUndefined();
  });

  it('rejects other methods', async () => {
    const response = await fetch(jwksUrl, { method: 'POST' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('verifies a token from npm run token', async () => {
    const { key } = await graph.registerApp('jwks app');
    const token = await mintDevToken({ patient: ATTACKER });
    const response = await graph.query(
      `{ Patient(id: "${ATTACKER}") { id } }`,
      {
        token,
        apiKey: key,
      },
    );

    expect(response.body).toMatchObject({
      data: { Patient: { id: ATTACKER } },
    });
    expect(response.body.errors).toBeUndefined();
  });
});
