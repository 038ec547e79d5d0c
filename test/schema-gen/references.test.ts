import {
  getNamedType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { RESOURCE_TYPES_IN_SCOPE } from '../../src/schema-gen/scope.config';
import { committedSchema } from './committed-schema';

let schema: GraphQLSchema;

beforeAll(() => {
  schema = committedSchema();
});

/** Returns the named type of `Owner.field.resource`. */
function resourceTypeOf(owner: string, field: string): GraphQLNamedType {
  const ownerType = schema.getType(owner);
  if (!isObjectType(ownerType))
    throw new Error(`${owner} is not an object type`);
  const reference = getNamedType(ownerType.getFields()[field]!.type);
  if (!isObjectType(reference))
    throw new Error(`${owner}.${field} is not an object`);
  return getNamedType(reference.getFields().resource!.type);
}

function possibleTypeNames(type: GraphQLNamedType): string[] {
  if (!isUnionType(type)) return [type.name];
  return type.getTypes().map((member) => member.name);
}

describe('Reference.resource typing', () => {
  test('Coverage.beneficiary points at Patient only', () => {
    const target = resourceTypeOf('Coverage', 'beneficiary');
    expect(target.name).toBe('Patient');
  });

  test('ExplanationOfBenefit.provider allows its three target types', () => {
    const target = resourceTypeOf('ExplanationOfBenefit', 'provider');
    expect(possibleTypeNames(target).sort()).toEqual([
      'Organization',
      'Practitioner',
      'PractitionerRole',
    ]);
  });

  test('out-of-scope targets give the Resource interface', () => {
    expect(resourceTypeOf('ExplanationOfBenefit', 'claim').name).toBe(
      'Resource',
    );
    expect(resourceTypeOf('Extension', 'valueReference').name).toBe('Resource');
  });

  test('target sets drop types the API does not serve', () => {
    // Coverage.payor allows Organization, Patient and RelatedPerson in R4.
    const target = resourceTypeOf('Coverage', 'payor');
    expect(target.name).toBe('OrganizationOrPatientOrRelatedPerson');
    const inScope = new Set(RESOURCE_TYPES_IN_SCOPE);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isUnionType(type) || type.name.startsWith('_')) continue;
      for (const member of type.getTypes()) {
        expect(inScope.has(member.name)).toBe(true);
      }
    }
  });

  test('resource takes the optional and type arguments', () => {
    const reference = schema.getType('PatientReference');
    const field = isObjectType(reference)
      ? reference.getFields().resource
      : undefined;
    expect(
      field?.args.map((arg) => `${arg.name}: ${String(arg.type)}`),
    ).toEqual(['optional: Boolean', 'type: String']);
  });

  test('typed extension references use the profile target', () => {
    expect(resourceTypeOf('FormularyItem', 'formulary').name).toBe(
      'InsurancePlan',
    );
    expect(resourceTypeOf('PractitionerRole', 'network').name).toBe(
      'Organization',
    );
    expect(resourceTypeOf('Coverage', 'insurancePlan').name).toBe(
      'InsurancePlan',
    );
  });
});
