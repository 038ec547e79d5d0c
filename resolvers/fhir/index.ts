import {
  Kind,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { ResolverMap } from '../../src/schema/subgraph';
import { SEARCH_PARAMETERS } from '../../src/generated/search-parameters';
import { referenceResourceResolver } from './reference-field';
import { reverseFieldResolver } from './reverse-fields';
import { rootFieldResolvers } from './root-fields';

/**
 * Resolvers of the FHIR GraphQL shapes: the root fields of every resource
 * type, the reverse reference fields and `Reference.resource`. They are
 * bound to their types here, from the type definitions, so no resolver
 * parses a type name back out of a field name at run time.
 */
export function fhirGraphqlResolvers(typeDefs: DocumentNode): ResolverMap {
  const objects = objectTypes(typeDefs);
  const abstracts = possibleTypes(typeDefs);
  const map: Record<string, Record<string, unknown>> = { Query: {} };
  for (const resourceType of Object.keys(SEARCH_PARAMETERS)) {
    Object.assign(map.Query!, rootFieldResolvers(resourceType));
  }
  for (const type of objects) {
    const fields = fieldResolvers(type, abstracts);
    if (Object.keys(fields).length > 0) {
      map[type.name.value] = { ...map[type.name.value], ...fields };
    }
  }
  return map;
}

function fieldResolvers(
  type: ObjectTypeDefinitionNode,
  abstracts: ReadonlyMap<string, readonly string[]>,
): Record<string, unknown> {
  const resolvers: Record<string, unknown> = {};
  for (const field of type.fields ?? []) {
    const target = namedType(field.type);
    if (isReverseField(field)) {
      resolvers[field.name.value] = reverseFieldResolver(
        type.name.value,
        target,
      );
    } else if (
      field.name.value === 'resource' &&
      hasArgument(field, 'optional')
    ) {
      const served = new Set(abstracts.get(target) ?? [target]);
      resolvers.resource = referenceResourceResolver(served);
    }
  }
  return resolvers;
}

function isReverseField(field: FieldDefinitionNode): boolean {
  return field.name.value.endsWith('List') && hasArgument(field, '_reference');
}

function hasArgument(field: FieldDefinitionNode, name: string): boolean {
  return (field.arguments ?? []).some(
    (argument) => argument.name.value === name,
  );
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function objectTypes(typeDefs: DocumentNode): ObjectTypeDefinitionNode[] {
  return typeDefs.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      definition.name.value !== 'Query',
  );
}

/**
 * Returns the object types each union and interface can resolve to. A
 * Reference whose targets are not narrowed, such as `Basic.subject`, has
 * the `Resource` interface as its `resource` type, so every resource type
 * that implements it is served.
 */
function possibleTypes(typeDefs: DocumentNode): Map<string, string[]> {
  const members = new Map<string, string[]>();
  const add = (abstract: string, member: string) => {
    members.set(abstract, [...(members.get(abstract) ?? []), member]);
  };
  for (const definition of typeDefs.definitions) {
    if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
      for (const type of definition.types ?? []) {
        add(definition.name.value, type.name.value);
      }
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      for (const implemented of definition.interfaces ?? []) {
        add(implemented.name.value, definition.name.value);
      }
    }
  }
  return members;
}
