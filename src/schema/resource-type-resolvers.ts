import { Kind, type DocumentNode, type GraphQLTypeResolver } from 'graphql';

/** Interfaces implemented by the resource types. */
const RESOURCE_INTERFACES = new Set(['Resource', 'DomainResource']);

/**
 * `__resolveType` for the Resource interfaces and for every union of the
 * type definitions (the targets of Reference types): FHIR JSON names its
 * type in `resourceType`. A resource of a type the schema does not have
 * makes graphql-js raise an error for that field, so resolvers return only
 * resource types the schema serves.
 */
export function resourceTypeResolvers(
  typeDefs: DocumentNode,
): Record<string, { __resolveType: GraphQLTypeResolver<unknown, unknown> }> {
  const abstractTypes = typeDefs.definitions.flatMap((definition) => {
    const isUnion = definition.kind === Kind.UNION_TYPE_DEFINITION;
    const isResourceInterface =
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION &&
      RESOURCE_INTERFACES.has(definition.name.value);
    return isUnion || isResourceInterface ? [definition.name.value] : [];
  });
  return Object.fromEntries(
    abstractTypes.map((name) => [name, { __resolveType: resourceTypeOf }]),
  );
}

function resourceTypeOf(value: unknown): string | undefined {
  const resourceType = (value as { resourceType?: unknown } | null)
    ?.resourceType;
  return typeof resourceType === 'string' ? resourceType : undefined;
}
