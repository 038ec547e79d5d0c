import type { AuthSettings } from './auth-settings';
import { loadApiKeyStoreSettings, loadRequireApiKey } from './api-key-settings';
import { loadTokenSettings } from './token-settings';

export * from './auth-settings';
export {
  DEFAULT_API_KEYS_FILE,
  loadApiKeyStoreSettings,
  loadRequireApiKey,
} from './api-key-settings';
export { ISSUER_VARIABLES, loadTokenSettings } from './token-settings';

/**
 * Reads and validates every authentication variable, raising a ConfigError
 * that names the first invalid one.
 */
export function loadAuthSettings(env: NodeJS.ProcessEnv): AuthSettings {
  return {
    tokens: loadTokenSettings(env),
    requireApiKey: loadRequireApiKey(env),
    apiKeys: loadApiKeyStoreSettings(env),
  };
}
