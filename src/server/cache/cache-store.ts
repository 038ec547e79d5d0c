/** A store of the public cache: in memory, or in Redis. */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}
