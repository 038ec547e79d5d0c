import { createServer } from 'node:net';
import { DEV_AUDIENCE, DEV_ISSUER, loadTokenSettings } from '../../src/auth';
import type { DefaultSandbox } from '../server/default-sandbox';
import { ATTACKER, startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';
import { signDevToken } from './helpers/tokens';

let sandbox: DefaultSandbox;
let graph: SecureGraph;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  const tokens = loadTokenSettings({
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_URL: `http://127.0.0.1:${await closedPort()}/jwks.json`,
  });
  graph = await startSecureGraph(sandbox, { tokens });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

describe('unreachable key set', () => {
  it('rejects a member with 503', async () => {
    const { key } = await graph.registerApp('unavailable app');
    const response = await graph.query(
      `{ Patient(id: "${ATTACKER}") { id } }`,
      {
        token: await signDevToken(ATTACKER),
        apiKey: key,
      },
    );

    expect(response.status).toBe(503);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions?.code).toBe(
      'AUTH_UNAVAILABLE',
    );
    expect(response.body.errors?.[0]?.message).toBe(
      "Credentials could not be checked because the token issuer's key set or the API key store is unreachable; retry later",
    );
    expect(response.text).not.toContain('127.0.0.1');
  });

  it('still serves anonymous callers', async () => {
    const response = await graph.query(
      '{ PractitionerList(_count: 1) { id } }',
    );

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});

/** Returns a port of 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('no port assigned');
  }
  return address.port;
}
