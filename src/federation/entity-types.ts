import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { ServiceError } from '../errors';

const ENTITIES_FIELD = '_entities';

/**
 * Checks the `__typename` of every representation before `_entities`
 * resolves any (Apollo Federation subgraph specification): a type the
 * subgraph does not define raises BAD_USER_INPUT naming it, where
 * @apollo/subgraph would raise a plain Error that reaches the client as an
 * internal error. Apply to the built subgraph schema.
 */
export function checkEntityTypes(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field, fieldName) => {
      if (fieldName !== ENTITIES_FIELD || field.resolve === undefined) {
        return field;
      }
      const resolve = field.resolve;
      return {
        ...field,
        resolve: (
          source,
          args: { representations?: unknown },
          context,
          info,
        ) => {
          checkRepresentations(info.schema, args.representations);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

function checkRepresentations(
  schema: GraphQLSchema,
  representations: unknown,
): void {
  const list = Array.isArray(representations) ? representations : [];
  list.forEach((representation: unknown, index) => {
    const typename = (representation as { __typename?: unknown } | null)
      ?.__typename;
    const type =
      typeof typename === 'string' ? schema.getType(typename) : undefined;
    if (!isObjectType(type)) {
      throw new ServiceError(
        'BAD_USER_INPUT',
        `Invalid representation ${index}: __typename ${JSON.stringify(typename) ?? 'undefined'} is not an entity type of this subgraph`,
      );
    }
  });
}
