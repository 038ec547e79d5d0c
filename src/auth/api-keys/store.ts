import { generateApiKey, generateKeyId, hashApiKey } from './key';

/** An API key record without the key, safe to show and log. */
export interface ApiKeyRecord {
  readonly id: string;
  /** Name of the app the key was issued to. */
  readonly name: string;
  /** ISO 8601 time of creation. */
  readonly createdAt: string;
  /** ISO 8601 time of revocation, absent while the key is valid. */
  readonly revokedAt?: string;
}

/** A record as stored, with the SHA-256 of the key. */
export interface StoredApiKey extends ApiKeyRecord {
  readonly hash: string;
}

/** A new key and its record. The key itself is never stored. */
export interface CreatedApiKey {
  readonly key: string;
  readonly record: ApiKeyRecord;
}

/** The outcome of revoking a key by id. */
export type RevokeOutcome =
  | { readonly kind: 'revoked'; readonly record: ApiKeyRecord }
  | { readonly kind: 'already-revoked'; readonly record: ApiKeyRecord }
  | { readonly kind: 'not-found' };

/** Registered API keys, stored by the SHA-256 of the key. */
export interface ApiKeyStore {
  /** Creates a key for the app called `name`. */
  create(name: string): Promise<CreatedApiKey>;
  /** Returns the record of `key`, revoked or not, or undefined if unknown. */
  findByKey(key: string): Promise<ApiKeyRecord | undefined>;
  /** Marks the key revoked. Revocation is permanent. */
  revoke(id: string): Promise<RevokeOutcome>;
  /** Returns every record, oldest first. */
  list(): Promise<ApiKeyRecord[]>;
  /** Releases connections. */
  close(): Promise<void>;
}

const MAX_NAME_LENGTH = 100;

/**
 * Builds a new key and the record to store for it. Raises a RangeError
 * when `name` is empty, longer than 100 characters or has control
 * characters.
 */
export function newApiKey(
  name: string,
  now: Date,
): { key: string; stored: StoredApiKey } {
  const trimmed = name.trim();
  if (!isValidName(trimmed)) {
    throw new RangeError(
      `invalid app name ${JSON.stringify(name)}; expected 1 to ${MAX_NAME_LENGTH} printable characters`,
    );
  }
  const key = generateApiKey();
  const stored = {
    id: generateKeyId(),
    name: trimmed,
    createdAt: now.toISOString(),
    hash: hashApiKey(key),
  };
  return { key, stored };
}

/** Returns the record of `stored` without its hash. */
export function toRecord(stored: StoredApiKey): ApiKeyRecord {
  const record = {
    id: stored.id,
    name: stored.name,
    createdAt: stored.createdAt,
  };
  return stored.revokedAt === undefined
    ? record
    : { ...record, revokedAt: stored.revokedAt };
}

function isValidName(name: string): boolean {
  return name !== '' && name.length <= MAX_NAME_LENGTH && !/\p{Cc}/u.test(name);
}
