import type { ElementDefinition, ElementDefinitionType } from 'fhir/r4';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { Definitions } from '../../src/schema-gen/definitions';
import { RESOURCE_TYPES_IN_SCOPE } from '../../src/schema-gen/scope.config';
import { committedSchema, defaultDefinitions } from './committed-schema';

/**
 * Walks the StructureDefinition of every resource type in scope and of every
 * FHIR datatype in the schema, and checks each element against the schema
 * with rules written here independently of the generator.
 */

interface ExpectedField {
  owner: string;
  name: string;
  list: boolean;
  /** Expected named type, or a check for Reference types. */
  type: string | ((typeName: string) => boolean);
  primitive: boolean;
}

const SYSTEM_PREFIX = 'http://hl7.org/fhirpath/System.';

let schema: GraphQLSchema;
let definitions: Definitions;

beforeAll(() => {
  schema = committedSchema();
  definitions = defaultDefinitions();
});

function upper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function typeNameOfPath(path: string): string {
  return path.split('.').map(upper).join('');
}

function fhirTypeCode(type: ElementDefinitionType): string {
  if (!type.code.startsWith(SYSTEM_PREFIX)) return type.code;
  return type.extension?.[0]?.valueUrl ?? 'string';
}

function expectedTypeName(
  element: ElementDefinition,
  type: ElementDefinitionType,
  hasChildren: boolean,
  isResourceId: boolean,
): ExpectedField['type'] {
  const code = fhirTypeCode(type);
  if (isResourceId) return 'ID';
  if (element.contentReference) {
    return typeNameOfPath(element.contentReference.slice(1));
  }
  if (code === 'Reference') return (name) => name.endsWith('Reference');
  if (hasChildren) return typeNameOfPath(element.path);
  if (/^[a-z]/.test(code)) return `Fhir${upper(code)}`;
  return code;
}

function expectedFields(typeName: string): ExpectedField[] {
  const definition = definitions.typeDefinitions.get(typeName);
  const elements = (definition?.snapshot?.element ?? []).filter(
    (e) => !e.id?.includes(':'),
  );
  const paths = new Set(elements.map((e) => e.path));
  const hasChildren = (path: string) =>
    [...paths].some((p) => p.startsWith(`${path}.`));
  return elements.slice(1).flatMap((element) => {
    const owner = typeNameOfPath(
      element.path.slice(0, element.path.lastIndexOf('.')),
    );
    const name = element.path.slice(element.path.lastIndexOf('.') + 1);
    const list = element.max !== '1';
    const types = element.type ?? [{ code: 'BackboneElement' }];
    const isResourceId =
      definition?.kind === 'resource' && element.path === `${typeName}.id`;
    return types.map((type) => ({
      owner,
      name: name.replace('[x]', upper(type.code)),
      list,
      type: expectedTypeName(
        element,
        type,
        hasChildren(element.path),
        isResourceId,
      ),
      primitive:
        !type.code.startsWith(SYSTEM_PREFIX) &&
        /^[a-z]/.test(type.code) &&
        element.contentReference === undefined,
    }));
  });
}

function findField(
  owner: string,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  const type = schema.getType(owner);
  return isObjectType(type) ? type.getFields()[name] : undefined;
}

function checkField(expected: ExpectedField): string[] {
  const where = `${expected.owner}.${expected.name}`;
  const field = findField(expected.owner, expected.name);
  if (field === undefined) return [`${where} is missing`];
  const problems: string[] = [];
  if (isListType(getNullableType(field.type)) !== expected.list) {
    problems.push(`${where} list-ness is not ${expected.list}`);
  }
  const actual = getNamedType(field.type).name;
  const typeMatches =
    typeof expected.type === 'string'
      ? actual === expected.type
      : expected.type(actual);
  if (!typeMatches) problems.push(`${where} has type ${actual}`);
  const primitiveElement = findField(expected.owner, `_${expected.name}`);
  if (expected.primitive && primitiveElement === undefined) {
    problems.push(`${where} has no _${expected.name} field`);
  }
  return problems;
}

function fhirDatatypesInSchema(): string[] {
  return Object.keys(schema.getTypeMap()).filter(
    (name) => definitions.typeDefinitions.get(name)?.kind === 'complex-type',
  );
}

describe('schema against the StructureDefinitions', () => {
  test.each(RESOURCE_TYPES_IN_SCOPE)('%s has every element', (resourceType) => {
    const expected = expectedFields(resourceType);
    expect(expected.length).toBeGreaterThan(8);
    expect(expected.flatMap(checkField)).toEqual([]);
  });

  test('every FHIR datatype in the schema has every element', () => {
    const datatypes = fhirDatatypesInSchema();
    expect(datatypes).toEqual(
      expect.arrayContaining(['Timing', 'Dosage', 'Quantity']),
    );
    expect(datatypes.flatMap(expectedFields).flatMap(checkField)).toEqual([]);
  });

  test('choice elements are expanded as FHIR JSON names them', () => {
    expect(findField('ExplanationOfBenefitItem', 'servicedDate')).toBeDefined();
    expect(
      findField('ExplanationOfBenefitItem', 'servicedPeriod'),
    ).toBeDefined();
    expect(findField('Extension', 'valueQuantity')).toBeDefined();
    expect(findField('ExplanationOfBenefitItem', 'serviced')).toBeUndefined();
  });

  test('backbone elements become named object types', () => {
    const adjudication = findField('ExplanationOfBenefitItem', 'adjudication');
    expect(String(adjudication?.type)).toBe(
      '[ExplanationOfBenefitItemAdjudication]',
    );
    const detail = findField('ExplanationOfBenefitItemDetail', 'adjudication');
    expect(String(detail?.type)).toBe('[ExplanationOfBenefitItemAdjudication]');
  });

  test('element definitions are the field descriptions', () => {
    const element = definitions.typeDefinitions
      .get('Patient')
      ?.snapshot?.element.find((e) => e.path === 'Patient.birthDate');
    expect(findField('Patient', 'birthDate')?.description).toBe(
      element?.definition,
    );
  });
});
