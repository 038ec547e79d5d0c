/**
 * Backend traffic of one GraphQL request, for response `extensions` in
 * development and for metrics. Every HTTP request counts, retries included.
 */
export class RequestStats {
  backendRequests = 0;
  retries = 0;
  readonly byBackend: Record<string, number> = {};
  readonly byResourceType: Record<string, number> = {};

  /** Counts one HTTP request sent to `backend`. */
  recordRequest(backend: string, resourceType: string | undefined): void {
    this.backendRequests += 1;
    this.byBackend[backend] = (this.byBackend[backend] ?? 0) + 1;
    if (resourceType !== undefined) {
      const count = this.byResourceType[resourceType] ?? 0;
      this.byResourceType[resourceType] = count + 1;
    }
  }

  recordRetry(): void {
    this.retries += 1;
  }

  /** Returns a plain copy, safe to put in response `extensions`. */
  toJSON(): RequestStatsSnapshot {
    return {
      backendRequests: this.backendRequests,
      retries: this.retries,
      byBackend: { ...this.byBackend },
      byResourceType: { ...this.byResourceType },
    };
  }
}

export interface RequestStatsSnapshot {
  readonly backendRequests: number;
  readonly retries: number;
  readonly byBackend: Readonly<Record<string, number>>;
  readonly byResourceType: Readonly<Record<string, number>>;
}
