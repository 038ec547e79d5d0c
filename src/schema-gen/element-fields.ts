import type { ElementDefinitionType } from 'fhir/r4';
import {
  FHIR_PRIMITIVES_BY_CODE,
  type FhirPrimitive,
} from '../schema/fhir-primitives';
import type { SchemaContext } from './context';
import type { ElementNode } from './elements';
import type { FieldModel, TypeRef } from './model';
import {
  backboneTypeName,
  choiceFieldName,
  isChoiceElement,
  primitiveElementFieldName,
} from './naming';

/** The StructureDefinition an element belongs to. */
export interface ElementScope {
  /** Root of the definition's element tree. */
  tree: ElementNode;
  /** True for resources, whose `id` is always present. */
  isResource: boolean;
}

const SYSTEM_TYPE_PREFIX = 'http://hl7.org/fhirpath/System.';
const FHIR_TYPE_EXTENSION =
  'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type';

/** The element type a primitive's `_name` field has. */
export const PRIMITIVE_ELEMENT_TYPE = 'Element';

/**
 * Turns one element into its GraphQL fields: one field per type of a choice
 * element (`servicedDate`, `servicedPeriod`), and a `_name` field next to each
 * primitive for its id and extensions, as in FHIR JSON.
 */
export function elementFields(
  context: SchemaContext,
  scope: ElementScope,
  element: ElementNode,
): FieldModel[] {
  if (element.contentReference !== undefined) {
    const type = backboneTypeName(element.contentReference);
    return [outputField(element, element.name, type)];
  }
  if (isChoiceElement(element.name)) {
    return element.types.flatMap((type) =>
      typedFields(context, scope, element, type, true),
    );
  }
  const [type] = element.types;
  if (type === undefined || element.types.length > 1) {
    throw new Error(
      `Element ${element.path} must have exactly one type unless it is a choice element`,
    );
  }
  return typedFields(context, scope, element, type, false);
}

function typedFields(
  context: SchemaContext,
  scope: ElementScope,
  element: ElementNode,
  type: ElementDefinitionType,
  isChoice: boolean,
): FieldModel[] {
  const name = isChoice
    ? choiceFieldName(element.name, type.code)
    : element.name;
  if (isResourceId(scope, element)) {
    return [{ ...outputField(element, name, 'ID'), type: idType() }];
  }
  const primitive = primitiveOf(type);
  if (primitive === undefined) {
    const typeName = complexTypeName(context, element, type);
    return [withExtensionFilter(outputField(element, name, typeName))];
  }
  const fields = [outputField(element, name, primitive.scalarName)];
  if (!type.code.startsWith(SYSTEM_TYPE_PREFIX)) {
    fields.push(primitiveElementField(context, element, name));
  }
  return fields;
}

function outputField(
  element: ElementNode,
  name: string,
  typeName: string,
): FieldModel {
  return {
    name,
    type: { name: typeName, list: element.max !== '1' },
    description: element.definition,
  };
}

function isResourceId(scope: ElementScope, element: ElementNode): boolean {
  return scope.isResource && element.path === `${scope.tree.path}.id`;
}

/** A served resource always has an id, so it is the one non-null field. */
function idType(): TypeRef {
  return { name: 'ID', list: false, nonNull: true };
}

/**
 * Finds the primitive datatype of a type code. Elements such as `Element.id`
 * use FHIRPath system types and name their FHIR type in an extension.
 */
function primitiveOf(type: ElementDefinitionType): FhirPrimitive | undefined {
  if (!type.code.startsWith(SYSTEM_TYPE_PREFIX)) {
    return FHIR_PRIMITIVES_BY_CODE.get(type.code);
  }
  const fhirType = type.extension?.find((e) => e.url === FHIR_TYPE_EXTENSION);
  return FHIR_PRIMITIVES_BY_CODE.get(fhirType?.valueUrl ?? 'string');
}

function primitiveElementField(
  context: SchemaContext,
  element: ElementNode,
  name: string,
): FieldModel {
  return {
    name: primitiveElementFieldName(name),
    type: {
      name: context.datatype(PRIMITIVE_ELEMENT_TYPE),
      list: element.max !== '1',
    },
    description: `Id and extensions of \`${name}\`, from \`${primitiveElementFieldName(name)}\` in the FHIR JSON.`,
  };
}

function complexTypeName(
  context: SchemaContext,
  element: ElementNode,
  type: ElementDefinitionType,
): string {
  switch (type.code) {
    case 'Reference':
      return context.referenceType(type.targetProfile);
    case 'Resource':
      return 'Resource';
    case 'BackboneElement':
    case 'Element':
      if (element.children.length > 0) return backboneTypeName(element.path);
      return context.datatype(type.code);
    default:
      return context.datatype(type.code);
  }
}

/** Adds `url:` to extension lists, which the FHIR GraphQL page filters by. */
function withExtensionFilter(field: FieldModel): FieldModel {
  if (field.type.name !== 'Extension' || !field.type.list) return field;
  const url: FieldModel['args'] = [
    {
      name: 'url',
      type: { name: 'String', list: false },
      description: 'Return only the extensions with this URL.',
    },
  ];
  return { ...field, args: url };
}
