import {
  Kind,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';

/** Arguments of an `extension` or `modifierExtension` list field. */
export interface ExtensionFilterArgs {
  url?: string | null;
}

/** An extension as it appears in FHIR JSON; only `url` matters here. */
interface ExtensionJson {
  url?: unknown;
}

/**
 * Field resolver for an extension list with the FHIR GraphQL `url:` filter:
 * without `url` it returns the list as it is, with `url` only the extensions
 * whose `url` equals it.
 */
export function filterExtensionsByUrl(
  source: Readonly<Record<string, unknown>>,
  args: ExtensionFilterArgs,
  _context: unknown,
  info: Pick<GraphQLResolveInfo, 'fieldName'>,
): unknown {
  const list = source[info.fieldName];
  if (args.url == null || !Array.isArray(list)) return list;
  return list.filter((e: ExtensionJson | null) => e?.url === args.url);
}

/**
 * Resolvers for every field of the type definitions that takes a `url:`
 * extension filter, by type name and field name.
 */
export function extensionFilterResolvers(
  typeDefs: DocumentNode,
): Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> {
  const resolvers: Record<
    string,
    Record<string, GraphQLFieldResolver<unknown, unknown>>
  > = {};
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const fields = (definition.fields ?? []).filter(isExtensionFilterField);
    if (fields.length === 0) continue;
    resolvers[definition.name.value] = Object.fromEntries(
      fields.map((field) => [
        field.name.value,
        filterExtensionsByUrl as GraphQLFieldResolver<unknown, unknown>,
      ]),
    );
  }
  return resolvers;
}

function isExtensionFilterField(field: FieldDefinitionNode): boolean {
  const named =
    field.type.kind === Kind.LIST_TYPE ? field.type.type : undefined;
  return (
    named?.kind === Kind.NAMED_TYPE &&
    named.name.value === 'Extension' &&
    (field.arguments ?? []).some((arg) => arg.name.value === 'url')
  );
}
