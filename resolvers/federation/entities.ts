import type { Resource } from 'fhir/r4';
import {
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLResolveInfo,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { ServiceError } from '../../src/errors';
import type { LoadOutcome } from '../../src/loaders';
import type { ResolverMap } from '../../src/schema/subgraph';
import type { GraphContext } from '../../src/server/context';

/**
 * An entity representation from `Query._entities` (Apollo Federation 2
 * subgraph specification): the `__typename` and the `@key` fields. Callers
 * may send any JSON, so `id` is checked before use.
 */
export interface EntityRepresentation {
  readonly __typename: string;
  readonly id?: unknown;
}

/** Reads one entity of a type by id, or returns null when there is none. */
export type EntityReader = (
  id: string,
  context: GraphContext,
) => Promise<Resource | null>;

export type ReferenceResolver = (
  representation: EntityRepresentation,
  context: GraphContext,
  info: GraphQLResolveInfo,
) => Promise<Resource | Error | null>;

/**
 * Returns `__resolveReference` of every type with `@key(fields: "id")` in
 * `typeDefs`, each bound to its resource type. Reads go through the
 * request's loaders, so every check the loaders make on a resource applies
 * to `_entities` as to any other path, and the representations of one type
 * in one request become one batched `Type?_id=a,b,c` search. The loader
 * cache reads a repeated id once. `readers` replaces the read of the types
 * it names, for GraphQL types that are not stored under their own name.
 */
export function entityResolvers(
  typeDefs: DocumentNode,
  readers: Readonly<Record<string, EntityReader>> = {},
): ResolverMap {
  const map: Record<string, { __resolveReference: ReferenceResolver }> = {};
  for (const type of keyedObjectTypes(typeDefs)) {
    const typeName = type.name.value;
    const read = readers[typeName] ?? resourceReader(typeName);
    map[typeName] = { __resolveReference: referenceResolver(typeName, read) };
  }
  return map;
}

/** Returns the reader of resources stored under `resourceType`. */
export function resourceReader(resourceType: string): EntityReader {
  return async (id, context) => {
    const outcome = await context.loaders.read(resourceType).load(id);
    return foundResource(outcome, context);
  };
}

/**
 * Returns the resource of a found outcome after adopting it, so that its
 * contained resources resolve, and null for a resource that does not exist.
 */
export function foundResource(
  outcome: LoadOutcome,
  context: GraphContext,
): Resource | null {
  switch (outcome.kind) {
    case 'found':
      context.loaders.adopt(outcome.resource);
      return outcome.resource;
    case 'not-found':
      return null;
    default:
      return assertNever(outcome);
  }
}

function referenceResolver(
  typeName: string,
  read: EntityReader,
): ReferenceResolver {
  const resolve: ReferenceResolver = async (representation, context) => {
    const { id } = representation;
    if (typeof id !== 'string') {
      throw new ServiceError(
        'BAD_USER_INPUT',
        `${typeName} entity representation has no string id; expected {"__typename": "${typeName}", "id": "<FHIR id>"}, got id ${JSON.stringify(id) ?? 'undefined'}`,
      );
    }
    return read(id, context);
  };
  return (representation, context, info) =>
    // @apollo/subgraph starts every representation before awaiting any, and
    // a later one of an unknown type throws synchronously and abandons the
    // earlier promises, so a rejection here would go unhandled and end the
    // process. graphql-js raises an Error returned as a list item at that
    // item, which gives the client the same error.
    resolve(representation, context, info).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
}

/**
 * Returns the object types that carry `@key`. Only `@key(fields: "id")` is
 * supported, because entities are read by FHIR id. Any other key raises at
 * start rather than resolving wrong entities.
 */
function keyedObjectTypes(typeDefs: DocumentNode): ObjectTypeDefinitionNode[] {
  const keyed: ObjectTypeDefinitionNode[] = [];
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) {
      continue;
    }
    const keys = (definition.directives ?? []).filter(
      (directive) => directive.name.value === 'key',
    );
    if (keys.length === 0) {
      continue;
    }
    for (const key of keys) {
      assertIdKey(definition.name.value, key);
    }
    keyed.push(definition);
  }
  return keyed;
}

function assertIdKey(typeName: string, key: ConstDirectiveNode): void {
  const fields = key.arguments?.find(
    (argument) => argument.name.value === 'fields',
  );
  const value =
    fields?.value.kind === Kind.STRING ? fields.value.value.trim() : undefined;
  if (value !== 'id') {
    throw new Error(
      `${typeName} has @key(fields: ${JSON.stringify(value)}), but entity resolvers support only @key(fields: "id")`,
    );
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected load outcome ${JSON.stringify(value)}`);
}
