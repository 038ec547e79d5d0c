import { MemoryRateLimiter } from '../../../src/server/rate-limit';

describe('MemoryRateLimiter', () => {
  it('allows the burst, then limits', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(
      { burst: 2, perMinute: 60 },
      () => now,
    );

    expect(await limiter.take('a')).toEqual({ kind: 'allowed' });
    expect(await limiter.take('a')).toEqual({ kind: 'allowed' });
    expect(await limiter.take('a')).toEqual({
      kind: 'limited',
      retryAfterSeconds: 1,
    });
    now = 1000;
    expect(await limiter.take('a')).toEqual({ kind: 'allowed' });
  });

  it('keeps one bucket per key', async () => {
    const limiter = new MemoryRateLimiter({ burst: 1, perMinute: 1 }, () => 0);

    expect(await limiter.take('a')).toEqual({ kind: 'allowed' });
    expect(await limiter.take('b')).toEqual({ kind: 'allowed' });
    expect(await limiter.take('a')).toEqual({
      kind: 'limited',
      retryAfterSeconds: 60,
    });
  });

  it('refills no further than the burst', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(
      { burst: 2, perMinute: 600 },
      () => now,
    );
    now = 3_600_000;
    const decisions = [];
    for (let index = 0; index < 3; index += 1) {
      decisions.push((await limiter.take('a')).kind);
    }

    expect(decisions).toEqual(['allowed', 'allowed', 'limited']);
  });
});
