import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileApiKeyStore } from '../../../src/auth/api-keys/file-store';
import {
  parseApiKeyCommand,
  runApiKeyCommand,
} from '../../../src/auth/cli/apikey-commands';
import { UsageError } from '../../../src/auth/cli/usage-error';

let directory: string;
let store: FileApiKeyStore;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'apikey-cli-'));
  store = new FileApiKeyStore(path.join(directory, 'apikeys.json'));
});

afterEach(() => rm(directory, { recursive: true, force: true }));

describe('parseApiKeyCommand', () => {
  it.each([
    [['create', '--name', 'My App'], { kind: 'create', name: 'My App' }],
    [['revoke', 'key_1'], { kind: 'revoke', id: 'key_1' }],
    [['list'], { kind: 'list' }],
  ])('parses %p', (argv, command) => {
    expect(parseApiKeyCommand(argv)).toEqual(command);
  });

  it.each([
    [[]],
    [['create']],
    [['revoke']],
    [['list', 'extra']],
    [['drop']],
    [['create', '--nam', 'x']],
  ])('rejects %p', (argv) => {
    expect(() => parseApiKeyCommand(argv)).toThrow(UsageError);
  });
});

describe('runApiKeyCommand', () => {
  it('creates, lists and revokes a key', async () => {
    const created = await runApiKeyCommand(
      { kind: 'create', name: 'My App' },
      store,
    );
    const [record] = await store.list();
    const id = record?.id ?? '';
    expect(created.exitCode).toBe(0);
    expect(created.output).toMatch(
      new RegExp(
        `^Created API key ${id} for "My App".\nThe key is shown only this once; store it now:\nfpg_[A-Za-z0-9_-]{43}\n$`,
      ),
    );

    const listed = await runApiKeyCommand({ kind: 'list' }, store);
    expect(listed.output).toBe(
      `ID\tNAME\tCREATED\tREVOKED\n${id}\tMy App\t${record?.createdAt}\t-\n`,
    );

    const revoked = await runApiKeyCommand({ kind: 'revoke', id }, store);
    expect(revoked.output).toMatch(
      new RegExp(`^Revoked API key ${id} at \\d{4}-.+Z\\.\n$`),
    );
    expect(revoked.exitCode).toBe(0);
  });

  it('fails to revoke an unknown id', async () => {
    const result = await runApiKeyCommand(
      { kind: 'revoke', id: 'key_x' },
      store,
    );
    expect(result).toEqual({
      output: 'No API key has the id "key_x"; run "npm run apikey -- list".\n',
      exitCode: 1,
    });
  });
});
