import { ServiceError } from '../../errors';
import type { AppIdentity } from '../principal';
import { API_KEY_FORMAT, isWellFormedApiKey } from './key';
import type { ApiKeyStore } from './store';

/**
 * Returns the app of a registered, unrevoked API key and raises an
 * UNAUTHENTICATED ServiceError otherwise. Messages never show the key.
 */
export async function verifyApiKey(
  store: ApiKeyStore,
  key: string,
): Promise<AppIdentity> {
  if (!isWellFormedApiKey(key)) {
    throw unauthenticated(`API key is malformed; expected ${API_KEY_FORMAT}`);
  }
  const record = await store.findByKey(key);
  if (record === undefined) {
    throw unauthenticated('API key is not registered');
  }
  if (record.revokedAt !== undefined) {
    throw unauthenticated('API key has been revoked');
  }
  return { keyId: record.id, name: record.name };
}

function unauthenticated(message: string): ServiceError {
  return new ServiceError('UNAUTHENTICATED', message);
}
