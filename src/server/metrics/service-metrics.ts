import {
  Counter,
  Histogram,
  Registry,
  collectDefaultMetrics,
} from 'prom-client';
import type { BackendRequestEvent } from '../../fhir';
import type { BatchEvent } from '../../loaders';

const PREFIX = 'fhir_graph_';

// Seconds, from a cached public read to a slow multi-level member query.
const LATENCY_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];
const COUNT_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

// Operation names come from clients, so the number of label values is
// capped: names past the cap, and names that are not GraphQL names, are
// counted under OTHER_OPERATION.
const MAX_OPERATION_NAMES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
export const ANONYMOUS_OPERATION = '(anonymous)';
export const OTHER_OPERATION = '(other)';

/** The outcome of a GraphQL operation. */
export type OperationOutcome = 'success' | 'partial' | 'error';

/** One finished GraphQL operation. */
export interface OperationRecord {
  readonly name: string | null;
  /** `query`, `mutation`, `subscription`, or `unknown` before parsing. */
  readonly type: string;
  readonly outcome: OperationOutcome;
  readonly durationSeconds: number;
  /** HTTP requests sent to FHIR backends, retries included. */
  readonly backendRequests: number;
}

/**
 * The Prometheus metrics of one service instance, in a registry of its
 * own, so several instances in one process (as in tests) never share
 * counts.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly httpRequests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'HTTP request duration in seconds, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: `${PREFIX}graphql_operations_total`,
    help: 'GraphQL operations by operation name, type and outcome (success, partial, error).',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly operationDuration = new Histogram({
    name: `${PREFIX}graphql_operation_duration_seconds`,
    help: 'GraphQL operation duration in seconds, by operation name.',
    labelNames: ['operation_name'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly operationBackendRequests = new Histogram({
    name: `${PREFIX}graphql_operation_backend_requests`,
    help: 'FHIR backend requests one GraphQL operation sent, retries included.',
    labelNames: ['operation_name'] as const,
    buckets: COUNT_BUCKETS,
    registers: [this.registry],
  });
  private readonly backendRequests = new Counter({
    name: `${PREFIX}backend_requests_total`,
    help: 'HTTP requests to FHIR backends by backend, interaction, resource type and status code (or network-error, aborted).',
    labelNames: ['backend', 'interaction', 'resource_type', 'status'] as const,
    registers: [this.registry],
  });
  private readonly backendDuration = new Histogram({
    name: `${PREFIX}backend_request_duration_seconds`,
    help: 'Duration of HTTP requests to FHIR backends in seconds, by backend and interaction.',
    labelNames: ['backend', 'interaction'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly loaderBatchSize = new Histogram({
    name: `${PREFIX}loader_batch_size`,
    help: 'Keys in one DataLoader batch, by loader kind and resource type.',
    labelNames: ['kind', 'resource_type'] as const,
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });
  private readonly publicCacheLookups = new Counter({
    name: `${PREFIX}public_cache_lookups_total`,
    help: 'Lookups in the cache of public directory and formulary reads, by result (hit, miss, error).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly limitRejections = new Counter({
    name: `${PREFIX}limit_rejections_total`,
    help: 'GraphQL operations rejected by a limit, by the variable that sets it.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  constructor(options: { readonly processMetrics: boolean }) {
    if (options.processMetrics) {
      collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    }
  }

  recordHttpRequest(
    labels: { method: string; route: string; status: number },
    durationSeconds: number,
  ): void {
    const { method, route, status } = labels;
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, durationSeconds);
  }

  recordOperation(record: OperationRecord): void {
    const name = this.operationLabel(record.name);
    this.operations.inc({
      operation_name: name,
      operation_type: record.type,
      outcome: record.outcome,
    });
    const labels = { operation_name: name };
    this.operationDuration.observe(labels, record.durationSeconds);
    this.operationBackendRequests.observe(labels, record.backendRequests);
  }

  /** The FHIR client's `onRequest` hook. */
  recordBackendRequest(event: BackendRequestEvent): void {
    const status =
      event.status === undefined ? event.outcome : String(event.status);
    this.backendRequests.inc({
      backend: event.backend,
      interaction: event.interaction,
      resource_type: event.resourceType ?? '',
      status,
    });
    this.backendDuration.observe(
      { backend: event.backend, interaction: event.interaction },
      event.durationMs / 1000,
    );
  }

  /** The loaders' `onBatch` hook. */
  recordBatch(event: BatchEvent): void {
    const labels = { kind: event.kind, resource_type: event.resourceType };
    this.loaderBatchSize.observe(labels, event.size);
  }

  recordCacheLookup(result: 'hit' | 'miss' | 'error'): void {
    this.publicCacheLookups.inc({ result });
  }

  recordLimitRejection(variable: string): void {
    this.limitRejections.inc({ limit: variable });
  }

  private operationLabel(name: string | null): string {
    if (name === null) {
      return ANONYMOUS_OPERATION;
    }
    if (!GRAPHQL_NAME.test(name)) {
      return OTHER_OPERATION;
    }
    if (!this.operationNames.has(name)) {
      if (this.operationNames.size >= MAX_OPERATION_NAMES) {
        return OTHER_OPERATION;
      }
      this.operationNames.add(name);
    }
    return name;
  }
}
