import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import {
  isScalarType,
  type DocumentNode,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { containedResourceResolvers } from './contained-resources';
import { extensionFilterResolvers } from './extension-filter';
import { resourceTypeResolvers } from './resource-type-resolvers';
import { fhirScalars } from './scalars';
import { typedExtensionResolvers } from './typed-extension-fields';

/**
 * Resolvers by type name: a scalar, or resolver functions by field name
 * (including `__resolveType` and `__resolveReference`).
 */
export type ResolverMap = Record<
  string,
  GraphQLScalarType | Readonly<Record<string, unknown>>
>;

/**
 * Returns the resolvers every schema built from the generated SDL needs: the
 * FHIR scalars, `url:` filters on extension lists, typed extension fields,
 * `__resolveType` of the Resource interfaces and reference unions, and
 * `contained` lists limited to the resource types the schema has.
 */
export function schemaRuntimeResolvers(typeDefs: DocumentNode): ResolverMap {
  return mergeResolverMaps([
    fhirScalars,
    extensionFilterResolvers(typeDefs),
    typedExtensionResolvers(),
    resourceTypeResolvers(typeDefs),
    containedResourceResolvers(typeDefs),
  ]);
}

/**
 * Builds the Federation 2 subgraph schema from the type definitions, with
 * the runtime resolvers and then `resolvers`, which win on a clash.
 */
export function buildFhirSubgraphSchema(
  typeDefs: DocumentNode,
  resolvers: ResolverMap = {},
): GraphQLSchema {
  const merged = mergeResolverMaps([
    schemaRuntimeResolvers(typeDefs),
    resolvers,
  ]);
  // @apollo/subgraph types field resolvers only, but it also accepts
  // __resolveType and __resolveReference at run time.
  const subgraphResolvers = merged as GraphQLResolverMap<unknown>;
  return buildSubgraphSchema([{ typeDefs, resolvers: subgraphResolvers }]);
}

/** Merges resolver maps type by type; later maps win field by field. */
export function mergeResolverMaps(maps: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [typeName, resolvers] of Object.entries(map)) {
      const previous = merged[typeName];
      merged[typeName] =
        isScalarType(resolvers) || isScalarType(previous)
          ? resolvers
          : { ...previous, ...resolvers };
    }
  }
  return merged;
}
