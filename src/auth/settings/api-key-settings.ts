import path from 'node:path';
import { describeValue } from '../../config/describe-value';
import { ConfigError } from '../../errors';
import type { ApiKeyStoreSettings } from './auth-settings';

/** The development store, relative to the working directory. */
export const DEFAULT_API_KEYS_FILE = 'data/apikeys.json';

/**
 * Reads where API keys are stored: Redis when `REDIS_URL` is set, so every
 * replica reads the same keys and revocations, and otherwise the JSON file
 * at `API_KEYS_FILE` (default `data/apikeys.json`). Setting both raises a
 * ConfigError, because one of them would be silently ignored.
 */
export function loadApiKeyStoreSettings(
  env: NodeJS.ProcessEnv,
): ApiKeyStoreSettings {
  const redisUrl = (env.REDIS_URL ?? '').trim();
  const file = (env.API_KEYS_FILE ?? '').trim();
  if (redisUrl !== '' && file !== '') {
    const expected =
      'only one of them; API keys are stored in Redis when REDIS_URL is set';
    throw new ConfigError(
      'API_KEYS_FILE',
      'set together with REDIS_URL',
      expected,
    );
  }
  if (redisUrl !== '') {
    return { kind: 'redis', url: parseRedisUrl(redisUrl) };
  }
  return {
    kind: 'file',
    path: path.resolve(file === '' ? DEFAULT_API_KEYS_FILE : file),
  };
}

/** Reads `AUTH_REQUIRE_API_KEY` (default true). */
export function loadRequireApiKey(env: NodeJS.ProcessEnv): boolean {
  const text = (env.AUTH_REQUIRE_API_KEY ?? '').trim();
  switch (text) {
    case '':
    case 'true':
      return true;
    case 'false':
      return false;
    default: {
      const problem = `invalid value ${describeValue(text)}`;
      throw new ConfigError(
        'AUTH_REQUIRE_API_KEY',
        problem,
        '"true" or "false"',
      );
    }
  }
}

function parseRedisUrl(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol === 'redis:' || url?.protocol === 'rediss:') {
    return text;
  }
  // The URL may contain a password, so only its scheme is shown.
  const problem = `invalid URL with scheme "${url?.protocol ?? 'none'}"`;
  const expected =
    'a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0';
  throw new ConfigError('REDIS_URL', problem, expected);
}
