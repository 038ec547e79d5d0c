import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  getNamedType,
  type GraphQLFieldConfig,
  type GraphQLSchema,
} from 'graphql';
import { ServiceError } from '../errors';

/**
 * Closes every field marked `@phi`, or returning a type marked `@phi`, when
 * the service runs in production: member authentication is not wired into
 * the graph yet, so PHI may be served only in development over the
 * sandbox. Apply it to the built subgraph schema; applied before
 * `buildSubgraphSchema`, the wrapped resolvers would be replaced.
 */
export function closePhiFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) =>
      isPhi(schema, field) ? closed(field, `${typeName}.${fieldName}`) : field,
  });
}

function isPhi(
  schema: GraphQLSchema,
  field: GraphQLFieldConfig<unknown, unknown>,
): boolean {
  const returned = getNamedType(field.type);
  return (
    getDirective(schema, field, 'phi') !== undefined ||
    getDirective(schema, returned, 'phi') !== undefined
  );
}

function closed(
  field: GraphQLFieldConfig<unknown, unknown>,
  coordinate: string,
): GraphQLFieldConfig<unknown, unknown> {
  const message = `${coordinate} is protected health information, which this service does not serve in production until member authentication is configured`;
  return {
    ...field,
    resolve: () => {
      throw new ServiceError('FORBIDDEN', message);
    },
  };
}
