import { hashApiKey, isWellFormedApiKey } from '../../../src/auth/api-keys/key';
import type { ApiKeyStore } from '../../../src/auth/api-keys/store';
import { verifyApiKey } from '../../../src/auth/api-keys/verify';
import { ServiceError } from '../../../src/errors';

/** Runs the checks every ApiKeyStore must pass, each on a fresh store. */
export function describeStoreContract(open: () => Promise<ApiKeyStore>): void {
  let store: ApiKeyStore;

  beforeEach(async () => {
    store = await open();
  });

  afterEach(() => store.close());

  it('creates a well-formed key and finds it', async () => {
    const { key, record } = await store.create('  Test App ');
    expect(isWellFormedApiKey(key)).toBe(true);
    expect(record.id).toMatch(/^key_[0-9a-f]{16}$/);
    expect(record.name).toBe('Test App');
    expect(await store.findByKey(key)).toEqual(record);
    expect(await verifyApiKey(store, key)).toEqual({
      keyId: record.id,
      name: 'Test App',
    });
  });

  it('gives every key its own value and id', async () => {
    const first = await store.create('One');
    const second = await store.create('Two');
    expect(first.key).not.toBe(second.key);
    expect(first.record.id).not.toBe(second.record.id);
  });

  it('does not find an unknown key', async () => {
    const { key } = await store.create('App');
    const other = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect(await store.findByKey(other)).toBeUndefined();
  });

  it('revokes a key once', async () => {
    const { key, record } = await store.create('App');
    const outcome = await store.revoke(record.id);
    expect(outcome.kind).toBe('revoked');
    const again = await store.revoke(record.id);
    expect(again.kind).toBe('already-revoked');
    expect((await store.findByKey(key))?.revokedAt).toEqual(expect.any(String));
    await expect(verifyApiKey(store, key)).rejects.toEqual(
      new ServiceError('UNAUTHENTICATED', 'API key has been revoked'),
    );
  });

  it('reports an unknown id on revoke', async () => {
    expect(await store.revoke('key_0000000000000000')).toEqual({
      kind: 'not-found',
    });
  });

  it('lists records oldest first without keys or hashes', async () => {
    const first = await store.create('One');
    const second = await store.create('Two');
    await store.revoke(first.record.id);
    const records = await store.list();
    expect(records.map((record) => record.id)).toEqual([
      first.record.id,
      second.record.id,
    ]);
    const text = JSON.stringify(records);
    expect(text).not.toContain(first.key);
    expect(text).not.toContain(hashApiKey(first.key));
    expect(records[0]?.revokedAt).toEqual(expect.any(String));
    expect(records[1]?.revokedAt).toBeUndefined();
  });

  it('rejects an invalid app name', async () => {
    await expect(store.create(' ')).rejects.toThrow(
      'invalid app name " "; expected 1 to 100 printable characters',
    );
    await expect(store.create('a\nb')).rejects.toThrow(RangeError);
    await expect(store.create('x'.repeat(101))).rejects.toThrow(RangeError);
  });
}
