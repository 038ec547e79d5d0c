import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ServiceError } from '../errors';
import { GATEWAY_SECRET_HEADER, matchesGatewaySecret } from './gateway-secret';

/**
 * Root fields that @apollo/subgraph adds for the gateway (Apollo Federation
 * 2 subgraph specification): `_entities` reads any entity by key and
 * `_service` returns the whole subgraph SDL.
 */
export const GATEWAY_ONLY_FIELDS: ReadonlySet<string> = new Set([
  '_entities',
  '_service',
]);

const REJECTION_MESSAGE = `Query._entities and Query._service are open to the federation gateway only; send the gateway secret in the ${GATEWAY_SECRET_HEADER} header`;

/**
 * Rejects, with FORBIDDEN and HTTP 403, every operation that selects
 * `_entities` or `_service` at its root without the gateway secret in the
 * `x-gateway-secret` header. The check runs on every request after the
 * operation is resolved. A validation rule would not do, because Apollo
 * Server caches validation per document and not per caller.
 */
export function gatewayOnlyPlugin(secret: string): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (
            operation === undefined ||
            !selectsGatewayOnlyField(document, operation)
          ) {
            return;
          }
          const sent = request.http?.headers.get(GATEWAY_SECRET_HEADER);
          if (!matchesGatewaySecret(sent, secret)) {
            const error = new ServiceError('FORBIDDEN', REJECTION_MESSAGE);
            throw error.toRequestError();
          }
        },
      };
    },
  };
}

/**
 * Returns true when the operation selects a gateway-only field at its
 * root, directly, through an alias, or inside inline fragments and fragment
 * spreads. Fields under `@skip` or `@include` count as selected.
 */
export function selectsGatewayOnlyField(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return selectsIn(operation.selectionSet, fragments, new Set());
}

function selectsIn(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited: Set<string>,
): boolean {
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        if (GATEWAY_ONLY_FIELDS.has(selection.name.value)) {
          return true;
        }
        break;
      case Kind.INLINE_FRAGMENT:
        if (selectsIn(selection.selectionSet, fragments, visited)) {
          return true;
        }
        break;
      case Kind.FRAGMENT_SPREAD: {
        // Validation rejects fragment cycles before this runs, but a spread
        // seen twice needs no second walk.
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visited.has(name)) {
          break;
        }
        visited.add(name);
        if (selectsIn(fragment.selectionSet, fragments, visited)) {
          return true;
        }
        break;
      }
    }
  }
  return false;
}
