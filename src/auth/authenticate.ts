import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import { ServiceError } from '../errors';
import { openApiKeyStore } from './api-keys/open-store';
import type { ApiKeyStore } from './api-keys/store';
import { verifyApiKey } from './api-keys/verify';
import { readCredentials } from './credentials';
import { ANONYMOUS, type AppIdentity, type Principal } from './principal';
import type { AuthSettings } from './settings';
import {
  createAccessTokenVerifier,
  type AccessTokenVerifier,
} from './tokens/verifier';

/** The settings and long-lived objects that `authenticate` needs. */
export interface AuthServices {
  readonly settings: AuthSettings;
  readonly verifyAccessToken: AccessTokenVerifier;
  readonly apiKeys: ApiKeyStore;
  readonly logger: Logger;
}

/**
 * Builds the token verifier and opens the API key store once at start.
 * Call `apiKeys.close()` at shutdown.
 */
export async function createAuthServices(
  settings: AuthSettings,
  logger: Logger,
): Promise<AuthServices> {
  return {
    settings,
    verifyAccessToken: createAccessTokenVerifier(settings.tokens),
    apiKeys: await openApiKeyStore(settings.apiKeys, logger),
    logger,
  };
}

/**
 * Establishes who is calling from the `x-api-key` and `Authorization:
 * Bearer` headers: a member when a valid access token is sent (with the
 * app too when a valid key is sent), an app for a valid key alone, and
 * anonymous for neither. Invalid credentials of either kind raise an
 * UNAUTHENTICATED ServiceError rather than falling back to anonymous, and
 * the rejection is logged without the credential. This does not decide
 * PHI access: see `requirePhiAccess`.
 */
export async function authenticate(
  headers: IncomingHttpHeaders,
  services: AuthServices,
): Promise<Principal> {
  try {
    const credentials = readCredentials(headers);
    const app =
      credentials.apiKey === undefined
        ? undefined
        : await verifyApiKey(services.apiKeys, credentials.apiKey);
    if (credentials.accessToken !== undefined) {
      return await authenticateMember(credentials.accessToken, app, services);
    }
    return app === undefined ? ANONYMOUS : { kind: 'app', app };
  } catch (error) {
    if (error instanceof ServiceError) {
      services.logger.info(
        { reason: error.message },
        'authentication rejected',
      );
    }
    throw error;
  }
}

async function authenticateMember(
  token: string,
  app: AppIdentity | undefined,
  services: AuthServices,
): Promise<Principal> {
  const claims = await services.verifyAccessToken(token);
  return { kind: 'member', ...claims, app };
}
