import {
  Kind,
  type DocumentNode,
  type GraphQLFieldResolver,
  type ObjectTypeDefinitionNode,
} from 'graphql';

const RESOURCE_INTERFACE = 'Resource';

/** A resource as it appears in FHIR JSON; only `resourceType` matters here. */
interface ResourceJson {
  resourceType?: unknown;
}

/**
 * Resolvers for every `contained` field that drop contained resources of
 * types the schema does not have. `contained` has the `Resource` interface
 * type, and a contained Claim, say, would otherwise fail the whole list
 * because graphql-js cannot resolve it to an object type.
 */
export function containedResourceResolvers(
  typeDefs: DocumentNode,
): Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> {
  const objectTypes = typeDefs.definitions.filter(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  const served = new Set(
    objectTypes
      .filter((type) =>
        type.interfaces?.some((i) => i.name.value === RESOURCE_INTERFACE),
      )
      .map((type) => type.name.value),
  );
  const resolve = (source: unknown) => servedOnly(source, served);
  return Object.fromEntries(
    objectTypes
      .filter((type) => type.fields?.some((f) => f.name.value === 'contained'))
      .map((type) => [type.name.value, { contained: resolve }]),
  );
}

function servedOnly(source: unknown, served: ReadonlySet<string>): unknown {
  const contained = (source as { contained?: unknown } | null)?.contained;
  if (!Array.isArray(contained)) return contained;
  return contained.filter((resource: ResourceJson | null) =>
    served.has(String(resource?.resourceType)),
  );
}
