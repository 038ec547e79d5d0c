import { RedisApiKeyStore } from '../../src/auth';
import { deleteKeys, REDIS_URL, uniquePrefix } from '../auth/helpers/redis';
import type { DefaultSandbox } from '../server/default-sandbox';
import { ATTACKER, startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';
import { signDevToken } from './helpers/tokens';

const QUERY = `{ Patient(id: "${ATTACKER}") { id } }`;

let sandbox: DefaultSandbox;
let prefix: string;
let first: SecureGraph;
let second: SecureGraph;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  prefix = uniquePrefix();
  const open = () =>
    RedisApiKeyStore.open({ url: REDIS_URL, keyPrefix: prefix });
  first = await startSecureGraph(sandbox, { apiKeys: await open() });
  second = await startSecureGraph(sandbox, { apiKeys: await open() });
});

afterAll(async () => {
  await first.close();
  await second.close();
  await sandbox.sandbox.close();
  await deleteKeys(prefix);
});

describe('API key revocation across instances', () => {
  it('is refused by the second instance within one second', async () => {
    const { key, id } = await first.registerApp('revoked across replicas');
    const caller = { token: await signDevToken(ATTACKER), apiKey: key };
    // Both instances accept the key, so the second has it cached.
    expect((await first.query(QUERY, caller)).body.errors).toBeUndefined();
    expect((await second.query(QUERY, caller)).body.errors).toBeUndefined();

    const revoked = await first.protection.auth.apiKeys.revoke(id);
    const started = performance.now();
    const refusedByFirst = await first.query(QUERY, caller);
    let refused = await second.query(QUERY, caller);
    while (refused.status !== 401 && performance.now() - started < 2000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      refused = await second.query(QUERY, caller);
    }
    const elapsedMs = performance.now() - started;

    expect(revoked.kind).toBe('revoked');
    expect(refusedByFirst.status).toBe(401);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.body.errors?.[0]?.message).toBe('API key has been revoked');
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('refuses public data with the revoked key too', async () => {
    const { key, id } = await second.registerApp('revoked for public data');
    await second.protection.auth.apiKeys.revoke(id);
    const response = await first.query(
      '{ PractitionerList(_count: 1) { id } }',
      {
        apiKey: key,
      },
    );

    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
  });
});
