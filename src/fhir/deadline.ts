/**
 * The time by which one GraphQL request must finish. Every backend call
 * of the request shares it, retries and their waits included.
 */
export class Deadline {
  /** Aborts when the deadline passes or the parent signal aborts. */
  readonly signal: AbortSignal;
  /** Expiry on the `performance.now()` clock, in milliseconds. */
  readonly expiresAt: number;

  private constructor(signal: AbortSignal, expiresAt: number) {
    this.signal = signal;
    this.expiresAt = expiresAt;
  }

  /**
   * Creates a deadline `timeoutMs` from now. A `parent` signal, such as one
   * that aborts when the client disconnects, ends it early.
   */
  static after(timeoutMs: number, parent?: AbortSignal): Deadline {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal =
      parent === undefined ? timeout : AbortSignal.any([timeout, parent]);
    return new Deadline(signal, performance.now() + timeoutMs);
  }

  /** Milliseconds left, 0 once the deadline has passed or was aborted. */
  remainingMs(): number {
    if (this.signal.aborted) {
      return 0;
    }
    return Math.max(0, this.expiresAt - performance.now());
  }

  get expired(): boolean {
    return this.remainingMs() === 0;
  }
}
