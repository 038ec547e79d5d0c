import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileApiKeyStore } from '../../../src/auth/api-keys/file-store';
import { hashApiKey } from '../../../src/auth/api-keys/key';
import { describeStoreContract } from '../helpers/store-contract';

let directory: string;
let file: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'apikeys-'));
  file = path.join(directory, 'nested', 'apikeys.json');
});

afterEach(() => rm(directory, { recursive: true, force: true }));

describe('FileApiKeyStore', () => {
  describeStoreContract(async () => new FileApiKeyStore(file));

  it('stores the hash and never the key, with mode 0600', async () => {
    const store = new FileApiKeyStore(file);
    const { key } = await store.create('App');
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain(hashApiKey(key));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('sees a revocation made by another instance', async () => {
    const server = new FileApiKeyStore(file);
    const cli = new FileApiKeyStore(file);
    const { key, record } = await cli.create('App');
    expect((await server.findByKey(key))?.revokedAt).toBeUndefined();
    await cli.revoke(record.id);
    expect((await server.findByKey(key))?.revokedAt).toEqual(
      expect.any(String),
    );
  });

  it('treats a missing file as empty', async () => {
    expect(await new FileApiKeyStore(file).list()).toEqual([]);
  });

  it('rejects a corrupt file', async () => {
    await writeFile(path.join(directory, 'bad.json'), '{"keys": [{"id": 1}]}');
    const store = new FileApiKeyStore(path.join(directory, 'bad.json'));
    await expect(store.list()).rejects.toThrow(
      `API key file ${path.join(directory, 'bad.json')} is invalid; expected {"keys": [{"id", "name", "hash", "createdAt", "revokedAt"?}]}`,
    );
  });

  it('rejects a file that is not JSON', async () => {
    await writeFile(path.join(directory, 'bad.json'), 'fpg_not json');
    const store = new FileApiKeyStore(path.join(directory, 'bad.json'));
    await expect(store.list()).rejects.toThrow(
      `API key file ${path.join(directory, 'bad.json')} is not valid JSON`,
    );
  });
});
