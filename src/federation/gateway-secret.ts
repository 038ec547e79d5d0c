import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../errors';

/** Request header in which the federation gateway sends the shared secret. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Minimum length of the secret, in characters. */
export const MIN_GATEWAY_SECRET_LENGTH = 32;

// Visible ASCII only, so the value travels unchanged in an HTTP header.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/**
 * Reads `GATEWAY_SECRET`, the secret the federation gateway sends in the
 * `x-gateway-secret` header. Returns undefined when it is unset or empty,
 * which leaves `_entities` and `_service` open to every caller.
 */
export function readGatewaySecret(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.GATEWAY_SECRET;
  if (value === undefined || value === '') {
    return undefined;
  }
  if (!HEADER_SAFE.test(value)) {
    throw new ConfigError(
      'GATEWAY_SECRET',
      'contains spaces or characters outside visible ASCII',
      'visible ASCII characters only, such as the output of openssl rand -base64 32',
    );
  }
  if (value.length < MIN_GATEWAY_SECRET_LENGTH) {
    throw new ConfigError(
      'GATEWAY_SECRET',
      `too short (${value.length} characters)`,
      `at least ${MIN_GATEWAY_SECRET_LENGTH} characters, such as the output of openssl rand -base64 32`,
    );
  }
  return value;
}

/**
 * Returns true when `sent` equals `secret`. Both are hashed first, so the
 * comparison takes the same time whatever the length or content of `sent`.
 */
export function matchesGatewaySecret(
  sent: string | undefined,
  secret: string,
): boolean {
  if (sent === undefined) {
    return false;
  }
  return timingSafeEqual(sha256(sent), sha256(secret));
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
