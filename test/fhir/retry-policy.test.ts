import { parseRetryAfter } from '../../src/fhir';
import { retryDelayMs, type RetryPolicy } from '../../src/fhir/retry-policy';

const policy: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  random: () => 0.5,
};

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');

  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2026 07:28:05 GMT', 5000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
  ])('parses %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([undefined, '', '-1', '1.5', 'soon'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('retryDelayMs', () => {
  it('doubles the jittered ceiling', () => {
    expect(
      [0, 1, 2, 3].map((retry) => retryDelayMs(policy, retry, undefined)),
    ).toEqual([50, 100, 200, 400]);
  });

  it('caps the ceiling at maxDelayMs', () => {
    expect(retryDelayMs(policy, 10, undefined)).toBe(500);
  });

  it('waits at least Retry-After', () => {
    expect(retryDelayMs(policy, 0, 3000)).toBe(3050);
  });
});
