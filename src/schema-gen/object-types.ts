import type { StructureDefinition } from 'fhir/r4';
import type { SchemaContext } from './context';
import { elementFields, type ElementScope } from './element-fields';
import { elementTree, type ElementNode } from './elements';
import type {
  CompositeTypeModel,
  FieldModel,
  OutputFile,
  TypeModel,
} from './model';
import { backboneTypeName } from './naming';

/** Interfaces every resource type implements. */
export const RESOURCE_INTERFACES = ['Resource', 'DomainResource'];

/**
 * Builds the object type of a datatype or resource type and one object type
 * for each of its backbone elements. A resource type also gets the Resource
 * interfaces and `@key(fields: "id")`, so it is a Federation entity.
 */
export function buildDefinitionTypes(
  context: SchemaContext,
  definition: StructureDefinition,
): CompositeTypeModel[] {
  const scope = definitionScope(definition);
  const file: OutputFile = scope.isResource
    ? { kind: 'resource', resourceType: definition.type }
    : { kind: 'datatypes' };
  const root = compositeType(context, scope, scope.tree, definition.type, file);
  if (scope.isResource) {
    root.fields.unshift(resourceTypeField());
    root.interfaces = RESOURCE_INTERFACES;
    root.directives = [{ name: 'key', args: { fields: 'id' } }];
  }
  return [root, ...backboneTypes(context, scope, scope.tree, file)];
}

/**
 * Builds the `Resource` and `DomainResource` interfaces from the R4
 * definitions of those abstract types.
 */
export function buildResourceInterfaces(
  context: SchemaContext,
  definitions: readonly StructureDefinition[],
): TypeModel[] {
  return definitions.map((definition, index) => {
    const scope = definitionScope(definition);
    const type = compositeType(context, scope, scope.tree, definition.type, {
      kind: 'query',
    });
    type.fields.unshift(resourceTypeField());
    type.kind = 'interface';
    type.interfaces = RESOURCE_INTERFACES.slice(0, index);
    return type;
  });
}

function definitionScope(definition: StructureDefinition): ElementScope {
  return {
    tree: elementTree(definition),
    isResource: definition.kind === 'resource',
  };
}

function compositeType(
  context: SchemaContext,
  scope: ElementScope,
  node: ElementNode,
  name: string,
  file: OutputFile,
): CompositeTypeModel {
  return {
    kind: 'object',
    name,
    description: node.definition,
    fields: node.children.flatMap((c) => elementFields(context, scope, c)),
    file,
  };
}

function backboneTypes(
  context: SchemaContext,
  scope: ElementScope,
  node: ElementNode,
  file: OutputFile,
): CompositeTypeModel[] {
  return node.children
    .filter((child) => child.children.length > 0)
    .flatMap((child) => [
      compositeType(context, scope, child, backboneTypeName(child.path), file),
      ...backboneTypes(context, scope, child, file),
    ]);
}

/** `resourceType` is not an element in FHIR, but every resource's JSON has it. */
function resourceTypeField(): FieldModel {
  return {
    name: 'resourceType',
    type: { name: 'String', list: false, nonNull: true },
    description:
      'The FHIR resource type, as in the `resourceType` JSON property.',
  };
}
