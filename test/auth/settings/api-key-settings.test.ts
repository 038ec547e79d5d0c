import path from 'node:path';
import {
  loadApiKeyStoreSettings,
  loadRequireApiKey,
} from '../../../src/auth/settings';

describe('loadApiKeyStoreSettings', () => {
  it('defaults to data/apikeys.json', () => {
    expect(loadApiKeyStoreSettings({})).toEqual({
      kind: 'file',
      path: path.resolve('data/apikeys.json'),
    });
  });

  it('reads API_KEYS_FILE', () => {
    expect(loadApiKeyStoreSettings({ API_KEYS_FILE: 'keys/dev.json' })).toEqual(
      {
        kind: 'file',
        path: path.resolve('keys/dev.json'),
      },
    );
  });

  it('uses Redis when REDIS_URL is set', () => {
    expect(
      loadApiKeyStoreSettings({ REDIS_URL: 'redis://127.0.0.1:6379/2' }),
    ).toEqual({
      kind: 'redis',
      url: 'redis://127.0.0.1:6379/2',
    });
  });

  it('rejects REDIS_URL with API_KEYS_FILE', () => {
    expect(() =>
      loadApiKeyStoreSettings({
        REDIS_URL: 'redis://127.0.0.1',
        API_KEYS_FILE: 'k.json',
      }),
    ).toThrow(
      'API_KEYS_FILE: set together with REDIS_URL; expected only one of them; API keys are stored in Redis when REDIS_URL is set',
    );
  });

  it('rejects another scheme without showing the password', () => {
    const run = () =>
      loadApiKeyStoreSettings({ REDIS_URL: 'http://user:hunter2@127.0.0.1' });
    expect(run).toThrow(
      'REDIS_URL: invalid URL with scheme "http:"; expected a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0',
    );
  });
});

describe('loadRequireApiKey', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['true', true],
    ['false', false],
  ])('reads %p as %p', (value, expected) => {
    expect(loadRequireApiKey({ AUTH_REQUIRE_API_KEY: value })).toBe(expected);
  });

  it('rejects other values', () => {
    expect(() => loadRequireApiKey({ AUTH_REQUIRE_API_KEY: 'no' })).toThrow(
      'AUTH_REQUIRE_API_KEY: invalid value "no"; expected "true" or "false"',
    );
  });
});
