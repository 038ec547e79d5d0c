/** Retry settings for failed reads. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retries off. */
  readonly maxRetries: number;
  /** Upper bound of the first backoff, in milliseconds. */
  readonly baseDelayMs: number;
  /** Upper bound of any backoff without Retry-After, in milliseconds. */
  readonly maxDelayMs: number;
  /** Returns a number in [0, 1); `Math.random` outside tests. */
  readonly random: () => number;
}

/** Statuses that mean "try again later" (RFC 9110, and RFC 6585 for 429). */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

// Errors from a connection that failed or was dropped before a response.
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export function isRetryableNetworkCode(code: string): boolean {
  return RETRYABLE_NETWORK_CODES.has(code);
}

/**
 * Parses a Retry-After header (RFC 9110 section 10.2.3), either delay seconds
 * or an HTTP-date, into milliseconds from `nowMs`. Returns undefined when the
 * header is absent or invalid, and 0 for a date in the past.
 */
export function parseRetryAfter(
  value: string | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }
  // Every HTTP-date form starts with a day name. The check keeps V8's lenient
  // Date.parse from reading "-1" or "1.5" as dates.
  const date = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - nowMs);
}

/**
 * Returns the wait before retry number `retry` (0 for the first retry). With
 * Retry-After it waits that long plus up to one base delay of jitter, so
 * replicas do not retry in step. Without it, it uses exponential backoff with
 * full jitter: a random wait below min(maxDelay, baseDelay × 2^retry).
 */
export function retryDelayMs(
  policy: RetryPolicy,
  retry: number,
  retryAfterMs: number | undefined,
): number {
  const jitter = policy.random();
  if (retryAfterMs !== undefined) {
    return retryAfterMs + Math.floor(jitter * policy.baseDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(jitter * ceiling);
}
