import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from './context';

/**
 * Logs one line per GraphQL request on the request's logger: the operation
 * name, the kind of caller, the app's key id, the error codes, the number
 * of backend requests and the duration. It never logs the query text,
 * variables, results, tokens or patient ids, because any of them can carry
 * PHI or credentials.
 */
export function requestLogPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const { principal } = contextValue;
          const body = response.body;
          const errors =
            body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              caller: principal.kind,
              appId:
                principal.kind === 'anonymous'
                  ? null
                  : (principal.app?.keyId ?? null),
              errorCodes: errors.map((error) => error.extensions?.code),
              backendRequests: contextValue.stats.backendRequests,
              durationMs: Math.round(performance.now() - started),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
