import type { Logger } from 'pino';
import type { ApiKeyStoreSettings } from '../settings';
import { FileApiKeyStore } from './file-store';
import { RedisApiKeyStore } from './redis-store';
import type { ApiKeyStore } from './store';

/** Opens the API key store that `settings` names. */
export async function openApiKeyStore(
  settings: ApiKeyStoreSettings,
  logger?: Logger,
): Promise<ApiKeyStore> {
  switch (settings.kind) {
    case 'file':
      return new FileApiKeyStore(settings.path);
    case 'redis':
      return RedisApiKeyStore.open({ url: settings.url, logger });
    default:
      return assertNever(settings);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected API key store ${JSON.stringify(value)}`);
}
