import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../context';
import type { OperationOutcome, ServiceMetrics } from './service-metrics';

/**
 * Records every GraphQL operation that reaches Apollo Server's request
 * pipeline: its name, type, outcome, duration and backend request count.
 * A request whose context fails (invalid credentials, rate limited) never
 * enters the pipeline, so only the HTTP metrics count it.
 */
export function metricsPlugin(
  metrics: ServiceMetrics,
): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({
          response,
          contextValue,
          operation,
          operationName,
        }) {
          const body = response.body;
          const outcome =
            body.kind === 'single' ? outcomeOf(body.singleResult) : 'success';
          metrics.recordOperation({
            name: operationName ?? null,
            type: operation?.operation ?? 'unknown',
            outcome,
            durationSeconds: (performance.now() - started) / 1000,
            backendRequests: contextValue.stats.backendRequests,
          });
        },
      };
    },
  };
}

function outcomeOf(result: {
  readonly data?: unknown;
  readonly errors?: readonly unknown[];
}): OperationOutcome {
  if (result.errors === undefined || result.errors.length === 0) {
    return 'success';
  }
  return result.data === undefined || result.data === null
    ? 'error'
    : 'partial';
}
