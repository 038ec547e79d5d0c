import { createHash, randomBytes } from 'node:crypto';

/** Prefix of every API key, so leaked keys are easy to find in scans. */
export const API_KEY_PREFIX = 'fpg_';

const KEY_BYTES = 32;
// 32 random bytes are 43 base64url characters without padding.
const API_KEY_PATTERN = /^fpg_[A-Za-z0-9_-]{43}$/;

/** Describes the key format for error messages. */
export const API_KEY_FORMAT = 'fpg_ followed by 43 base64url characters';

/** Generates a new API key: `fpg_` and 256 random bits in base64url. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(KEY_BYTES).toString('base64url');
}

/** Generates the public id of a key record, such as `key_3f9a0c1b2d4e5f60`. */
export function generateKeyId(): string {
  return `key_${randomBytes(8).toString('hex')}`;
}

/** Returns true when `key` has the format that `generateApiKey` produces. */
export function isWellFormedApiKey(key: string): boolean {
  return API_KEY_PATTERN.test(key);
}

/**
 * Returns the SHA-256 of `key` in hex, the only form of a key that is
 * stored. A fast unsalted hash is enough here, unlike for passwords,
 * because reversing it means guessing 256 random bits, and no hashing
 * speed makes that feasible. Without a salt, a store finds a key by its
 * hash in one lookup.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
