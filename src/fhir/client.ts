import type { Logger } from 'pino';
import { Agent } from 'undici';
import type { BackendSettings } from '../config';
import type { BackendTarget } from './backend-target';
import type { ExchangeRuntime } from './exchange';
import type { ResponseCache } from './response-cache';
import { classifyReference, type ReferenceTarget } from './reference';
import type { BackendRequestEvent } from './request-event';
import type { FhirRequestContext } from './results';
import { BackendRouter } from './routing';
import { FhirSession } from './session';

export interface FhirClientOptions {
  readonly backends: BackendSettings;
  readonly logger: Logger;
  /** Retries of a read after 429, 502, 503, 504 or a network error. Default 2. */
  readonly maxRetries?: number;
  /** Upper bound of the first backoff, in milliseconds. Default 200. */
  readonly retryBaseDelayMs?: number;
  /** Upper bound of a backoff without Retry-After, in milliseconds. Default 2000. */
  readonly retryMaxDelayMs?: number;
  /** Maximum response body size, in bytes. Default 16 MiB. */
  readonly maxResponseBytes?: number;
  /** Maximum number of pages `searchAll` fetches. Default 20. */
  readonly maxPages?: number;
  /**
   * Parses response bodies. Defaults to `JSON.parse`; pass a parser that
   * keeps FHIR decimals exact to preserve their precision.
   */
  readonly parseJson?: (text: string) => unknown;
  /** Called after every HTTP request to a backend, for metrics. */
  readonly onRequest?: (event: BackendRequestEvent) => void;
  /**
   * Shared cache of GET responses. Requests that forward the caller's
   * Authorization header never use it. Default none.
   */
  readonly cache?: ResponseCache;
  /** Keep-alive connections per origin. Default 10. */
  readonly connectionsPerOrigin?: number;
  readonly userAgent?: string;
  /** Returns a number in [0, 1) for backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
}

/**
 * The FHIR R4 REST client, one per process. It owns an undici Agent, with one
 * keep-alive connection pool per origin, and the routing table.
 * GraphQL requests use it through `forRequest`.
 */
export class FhirClient {
  private readonly router: BackendRouter;
  private readonly agent: Agent;
  private readonly runtime: ExchangeRuntime;
  private readonly options: FhirClientOptions;

  constructor(options: FhirClientOptions) {
    this.options = options;
    this.router = new BackendRouter(options.backends);
    this.agent = new Agent({
      connections: options.connectionsPerOrigin ?? 10,
    });
    this.runtime = {
      dispatcher: this.agent,
      policy: {
        maxRetries: options.maxRetries ?? 2,
        baseDelayMs: options.retryBaseDelayMs ?? 200,
        maxDelayMs: options.retryMaxDelayMs ?? 2000,
        random: options.random ?? Math.random,
      },
      maxResponseBytes: options.maxResponseBytes ?? 16 * 1024 ** 2,
      parseJson: options.parseJson ?? JSON.parse,
      onRequest: options.onRequest,
      cache: options.cache,
    };
  }

  /** Returns the session of one GraphQL request. */
  forRequest(context: FhirRequestContext): FhirSession {
    return new FhirSession(
      {
        runtime: this.runtime,
        router: this.router,
        logger: this.options.logger,
        userAgent: this.options.userAgent ?? 'fhir-payer-graph',
        maxPages: this.options.maxPages ?? 20,
      },
      context,
    );
  }

  /**
   * Returns the backend that serves `resourceType`. Raises BAD_USER_INPUT for
   * an unknown type name and RESOURCE_TYPE_NOT_SERVED for an unrouted one.
   */
  resolveBackend(resourceType: string): BackendTarget {
    return this.router.resolve(resourceType);
  }

  /** Classifies a literal reference; see `classifyReference`. */
  classifyReference(reference: string): ReferenceTarget {
    return classifyReference(this.router, reference);
  }

  /** Closes the connection pools after their requests finish. */
  close(): Promise<void> {
    return this.agent.close();
  }
}
