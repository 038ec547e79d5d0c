import type { ApiKeyRecord } from './store';

/** Maximum time a cached record is used, in milliseconds. */
export const MAX_CACHE_TTL_MS = 500;

interface Entry {
  readonly record: ApiKeyRecord;
  readonly expiresAt: number;
}

/**
 * Records found by key hash, each kept for at most `ttlMs` (≤ 500 ms), so
 * a revocation reaches this process within that time even when the
 * invalidation message is lost. Only found records are cached, so the
 * size is bounded by the number of registered keys that are in use.
 */
export class RecordCache {
  private readonly entries = new Map<string, Entry>();
  private evictions = 0;

  constructor(private readonly ttlMs: number) {
    if (!(ttlMs >= 0 && ttlMs <= MAX_CACHE_TTL_MS)) {
      throw new RangeError(
        `invalid cache TTL ${ttlMs} ms; expected 0 to ${MAX_CACHE_TTL_MS}`,
      );
    }
  }

  get(hash: string, now = Date.now()): ApiKeyRecord | undefined {
    const entry = this.entries.get(hash);
    if (entry === undefined || entry.expiresAt <= now) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.record;
  }

  /**
   * A counter that changes on every eviction. Read it before fetching a
   * record and pass it to `set`, so a record fetched while a revocation
   * arrived is not cached.
   */
  get generation(): number {
    return this.evictions;
  }

  set(
    hash: string,
    record: ApiKeyRecord,
    generation: number,
    now = Date.now(),
  ): void {
    if (this.ttlMs > 0 && generation === this.evictions) {
      this.entries.set(hash, { record, expiresAt: now + this.ttlMs });
    }
  }

  /** Drops the record with key id `id`. */
  evict(id: string): void {
    this.evictions += 1;
    for (const [hash, entry] of this.entries) {
      if (entry.record.id === id) {
        this.entries.delete(hash);
      }
    }
  }

  clear(): void {
    this.evictions += 1;
    this.entries.clear();
  }
}
