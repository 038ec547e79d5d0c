import { isObjectType, type GraphQLSchema } from 'graphql';
import { EXTENSION_BINDINGS } from '../../src/generated/extension-bindings';
import { committedSchema } from './committed-schema';

let schema: GraphQLSchema;

beforeAll(() => {
  schema = committedSchema();
});

function fieldType(typeName: string, fieldName: string): string | undefined {
  const type = schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  return field && String(field.type);
}

const USDF =
  'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/';

describe('typed extension fields', () => {
  test.each([
    ['FormularyItem', 'drugTier', 'CodeableConcept'],
    ['FormularyItem', 'pharmacyBenefitType', '[CodeableConcept]'],
    ['FormularyItem', 'priorAuthorization', 'FhirBoolean'],
    ['FormularyItem', 'stepTherapyLimit', 'FhirBoolean'],
    ['FormularyItem', 'quantityLimit', 'FhirBoolean'],
    ['FormularyItem', 'quantityLimitDetail', 'QuantityLimitDetail'],
    ['FormularyItem', 'availabilityStatus', 'FhirCode'],
    ['FormularyItem', 'availabilityPeriod', 'Period'],
    ['FormularyItem', 'formulary', 'InsurancePlanReference'],
    ['PractitionerRole', 'network', 'OrganizationReference'],
    ['PractitionerRole', 'newPatients', '[NewPatients]'],
    ['Location', 'accessibility', '[CodeableConcept]'],
    ['Address', 'geolocation', 'Geolocation'],
    ['Coverage', 'insurancePlan', 'InsurancePlanReference'],
  ])('%s.%s has type %s', (typeName, fieldName, expected) => {
    expect(fieldType(typeName, fieldName)).toBe(expected);
  });

  test('complex extensions get one field per sub-extension', () => {
    expect(fieldType('QuantityLimitDetail', 'description')).toBe('FhirString');
    expect(fieldType('QuantityLimitDetail', 'rolling')).toBe('Timing');
    expect(fieldType('QuantityLimitDetail', 'maximumDaily')).toBe('Quantity');
    expect(fieldType('QuantityLimitDetail', 'daysSupply')).toBe('Timing');
    expect(fieldType('NewPatients', 'acceptingPatients')).toBe(
      'CodeableConcept',
    );
    expect(fieldType('NewPatients', 'fromNetwork')).toBe(
      'OrganizationReference',
    );
    expect(fieldType('NewPatients', 'characteristics')).toBe('[FhirString]');
    expect(fieldType('Geolocation', 'latitude')).toBe('FhirDecimal');
  });

  test('FormularyItem keeps the R5 shape', () => {
    for (const name of [
      'identifier',
      'code',
      'status',
      '_status',
      'extension',
    ]) {
      expect(fieldType('FormularyItem', name)).toBeDefined();
    }
    expect(fieldType('FormularyItem', 'subject')).toBeUndefined();
  });

  test('bindings say where the runtime reads each value', () => {
    expect(EXTENSION_BINDINGS.FormularyItem?.drugTier).toEqual({
      url: `${USDF}usdf-DrugTierID-extension`,
      list: false,
      valueKey: 'valueCodeableConcept',
    });
    expect(EXTENSION_BINDINGS.FormularyItem?.quantityLimitDetail).toEqual({
      url: `${USDF}usdf-QuantityLimitDetail-extension`,
      list: false,
    });
    expect(EXTENSION_BINDINGS.QuantityLimitDetail?.maximumDaily).toEqual({
      url: 'MaximumDaily',
      list: false,
      valueKey: 'valueQuantity',
    });
  });
});
