import type { CacheStore } from './cache-store';

interface Entry {
  readonly value: string;
  readonly bytes: number;
  readonly expiresAt: number;
}

/**
 * An in-memory LRU cache with a time to live per entry, bounded both by
 * entry count and by the UTF-8 size of the stored values. A value larger
 * than the whole bound is never stored.
 */
export class MemoryStore implements CacheStore {
  // A Map iterates in insertion order, so its first key is the least
  // recently used once every read re-inserts the entry it returns.
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      return undefined;
    }
    this.remove(key, entry);
    if (entry.expiresAt <= this.now()) {
      return undefined;
    }
    this.insert(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.remove(key, previous);
    }
    const bytes = Buffer.byteLength(value);
    if (bytes > this.maxBytes) {
      return;
    }
    this.insert(key, { value, bytes, expiresAt: this.now() + ttlMs });
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) {
        break;
      }
      this.remove(oldest, entry);
    }
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
  }

  private insert(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
