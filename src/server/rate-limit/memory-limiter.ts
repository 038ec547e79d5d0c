import type { BucketRule } from './settings';
import type { RateDecision, RateLimiter } from './limiter';

interface Bucket {
  tokens: number;
  /** `now()` of the last refill, in milliseconds. */
  at: number;
}

// Past this many addresses, full buckets are dropped: a full bucket is
// what a new address gets anyway.
const SWEEP_THRESHOLD = 10_000;

/** Token buckets in this process, for a single replica. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly tokensPerMs: number;

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokensPerMs = rule.perMinute / 60_000;
  }

  async take(key: string): Promise<RateDecision> {
    const bucket = this.refilled(key, this.now());
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { kind: 'allowed' };
    }
    const waitMs = (1 - bucket.tokens) / this.tokensPerMs;
    return { kind: 'limited', retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  private refilled(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= SWEEP_THRESHOLD) {
        this.sweep(now);
      }
      bucket = { tokens: this.rule.burst, at: now };
      this.buckets.set(key, bucket);
    }
    const added = (now - bucket.at) * this.tokensPerMs;
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + added);
    bucket.at = now;
    return bucket;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const tokens = bucket.tokens + (now - bucket.at) * this.tokensPerMs;
      if (tokens >= this.rule.burst) {
        this.buckets.delete(key);
      }
    }
  }
}
