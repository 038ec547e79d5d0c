import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from './context';

/**
 * Adds `extensions.backend` to every response: the number of FHIR requests
 * the operation cost, retries included, by backend and by resource type.
 * The server installs it in development only, so tests and people exploring
 * can see the cost of a query; production exposes the same count as a
 * metric.
 */
export function backendStatsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') {
            return;
          }
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            backend: contextValue.stats.toJSON(),
          };
        },
      };
    },
  };
}
