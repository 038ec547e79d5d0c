import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

// graphql-js 16 ends validation and input coercion messages with one
// sentence of suggestions (its didYouMean helper), such as
// ` Did you mean "Patient"?` or ` Did you mean the enum value "active"?`.
const SUGGESTION = / Did you mean [\s\S]*\?$/;

/** Returns `message` without the trailing "Did you mean …?" sentence. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Removes field, type, argument and enum value suggestions from every error
 * sent, so that a caller cannot map the schema by sending wrong names. The
 * names the caller sent stay in the message. Only single-result responses
 * are rewritten, because the server does not enable incremental delivery.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') {
            return;
          }
          const result = response.body.singleResult;
          if (result.errors !== undefined) {
            result.errors = result.errors.map(hideSuggestions);
          }
        },
      };
    },
  };
}

function hideSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const message = withoutSuggestions(error.message);
  return message === error.message ? error : { ...error, message };
}
