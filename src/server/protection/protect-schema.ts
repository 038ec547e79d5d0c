import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { GraphContext } from '../context';
import { planPhiFields } from './phi-plan';
import { protectResolver } from './phi-resolvers';

/**
 * Returns `schema` with every field that can return PHI protected (see
 * `planPhiFields` and `protectResolver`). Apply it to the built subgraph
 * schema: `buildSubgraphSchema` replaces field resolvers, so a schema
 * protected before it would silently lose the checks.
 */
export function protectPhiFields(schema: GraphQLSchema): GraphQLSchema {
  const plan = planPhiFields(schema);
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const fieldPlan = plan(typeName, fieldName, field);
      if (fieldPlan === undefined) {
        return field;
      }
      const resolve = field.resolve as
        GraphQLFieldResolver<unknown, GraphContext> | undefined;
      return { ...field, resolve: protectResolver(fieldPlan, resolve) };
    },
  });
}
