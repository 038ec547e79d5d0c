import type { Logger } from 'pino';
import type { BackendConfig } from '../../config';

export interface ReadinessReport {
  readonly ready: boolean;
  /** `ok`, or what failed: `HTTP 503`, `timed out`, `network error`. */
  readonly backends: Readonly<Record<string, string>>;
}

export interface ReadinessOptions {
  readonly backends: readonly BackendConfig[];
  /** Time a ready result is reused, in milliseconds. */
  readonly cacheMs: number;
  /** Deadline of each `/metadata` request, in milliseconds. */
  readonly timeoutMs: number;
  readonly logger: Logger;
}

/**
 * Readiness of the service: its schema is built and every configured
 * backend returned a CapabilityStatement for `GET /metadata`. A ready result
 * is reused for `cacheMs`. A not-ready result never is, so a recovered
 * backend shows at once. Concurrent checks share one round of requests.
 */
export class Readiness {
  private schemaBuilt = false;
  private readyUntil = 0;
  private inFlight: Promise<ReadinessReport> | undefined;

  constructor(private readonly options: ReadinessOptions) {}

  /** Records that Apollo Server has built and loaded the schema. */
  markSchemaBuilt(): void {
    this.schemaBuilt = true;
  }

  async check(): Promise<ReadinessReport | 'starting'> {
    if (!this.schemaBuilt) {
      return 'starting';
    }
    if (performance.now() < this.readyUntil) {
      return { ready: true, backends: this.allOk() };
    }
    this.inFlight ??= this.probeAll().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async probeAll(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      this.options.backends.map(
        async (backend) => [backend.name, await this.probe(backend)] as const,
      ),
    );
    const backends = Object.fromEntries(entries);
    const ready = entries.every(([, state]) => state === 'ok');
    if (ready) {
      this.readyUntil = performance.now() + this.options.cacheMs;
    } else {
      this.options.logger.warn({ backends }, 'not ready: a backend failed');
    }
    return { ready, backends };
  }

  private async probe(backend: BackendConfig): Promise<string> {
    try {
      // The backend's own headers only: no caller credentials, and no
      // redirect is followed, as in the FHIR client.
      const response = await fetch(`${backend.baseUrl}/metadata`, {
        headers: { ...backend.headers, accept: 'application/fhir+json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (response.status !== 200) {
        await response.body?.cancel();
        return `HTTP ${response.status}`;
      }
      const body: unknown = await response.json();
      return isCapabilityStatement(body) ? 'ok' : 'not a CapabilityStatement';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        return 'timed out';
      }
      return error instanceof SyntaxError ? 'invalid JSON' : 'network error';
    }
  }

  private allOk(): Record<string, string> {
    return Object.fromEntries(
      this.options.backends.map((backend) => [backend.name, 'ok']),
    );
  }
}

function isCapabilityStatement(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    Reflect.get(body, 'resourceType') === 'CapabilityStatement'
  );
}
