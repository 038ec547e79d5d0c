import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ServiceError } from './service-error';

const INTERNAL_MESSAGE = 'Internal server error';

/**
 * Returns `error` when it is already a GraphQLError (a catalogue error, or
 * one raised by graphql-js or Apollo Server), and otherwise an
 * INTERNAL_SERVER_ERROR that carries no message, stack or field of the
 * original.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) {
    return error;
  }
  return new ServiceError('INTERNAL_SERVER_ERROR', INTERNAL_MESSAGE, {
    cause: error,
  });
}

/**
 * Builds Apollo Server's `formatError` hook. graphql-js wraps an error thrown
 * in a resolver in a GraphQLError whose `originalError` is the thrown value.
 * A thrown GraphQLError keeps its formatted message and extensions. Anything
 * else is reported to `onUnknownError` (to log it with its detail) and sent as
 * an INTERNAL_SERVER_ERROR with only the path and locations.
 */
export function createErrorFormatter(
  onUnknownError: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrap(error);
    if (original instanceof GraphQLError) {
      return formatted;
    }
    onUnknownError(original);
    return {
      message: INTERNAL_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function unwrap(error: unknown): unknown {
  if (error instanceof GraphQLError && error.originalError !== undefined) {
    return error.originalError;
  }
  return error;
}
