import { isObjectType, type GraphQLSchema } from 'graphql';
import { SEARCH_PARAMETERS } from '../../src/generated/search-parameters';
import { committedSchema } from './committed-schema';

let schema: GraphQLSchema;

beforeAll(() => {
  schema = committedSchema();
});

function argNames(typeName: string, fieldName: string): string[] {
  const type =
    typeName === 'Query' ? schema.getQueryType() : schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  return field?.args.map((arg) => arg.name) ?? [];
}

describe('search arguments', () => {
  test('List, Connection and read fields exist for each resource type', () => {
    expect(argNames('Query', 'Patient')).toEqual(['id']);
    expect(argNames('Query', 'PatientList')).toEqual(
      expect.arrayContaining([
        'birthdate',
        'family',
        '_id',
        '_lastUpdated',
        '_count',
        '_offset',
      ]),
    );
    expect(argNames('Query', 'PatientConnection')).toEqual(
      expect.arrayContaining(['birthdate', '_count', '_cursor']),
    );
  });

  test('hyphens in search codes become underscores', () => {
    expect(argNames('Query', 'ExplanationOfBenefitList')).toContain(
      'care_team',
    );
    expect(SEARCH_PARAMETERS.ExplanationOfBenefit?.care_team?.code).toBe(
      'care-team',
    );
  });

  test('implementation guide parameters are included', () => {
    // CARIN Blue Button, Plan-Net and US Drug Formulary parameters.
    expect(argNames('Query', 'ExplanationOfBenefitList')).toContain(
      'service_date',
    );
    expect(argNames('Query', 'PractitionerRoleList')).toContain('network');
    expect(argNames('Query', 'BasicList')).toContain('drug_tier');
    expect(argNames('Query', 'InsurancePlanList')).toContain(
      'formulary_coverage',
    );
    expect(SEARCH_PARAMETERS.PractitionerRole?.network?.url).toBe(
      'http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-network',
    );
  });

  test('FormularyItem borrows the formulary parameters of Basic', () => {
    const formularyItem = SEARCH_PARAMETERS.FormularyItem ?? {};
    expect(formularyItem.code?.url).toBe(
      'http://hl7.org/fhir/SearchParameter/FormularyItem-code',
    );
    expect(formularyItem.drug_tier?.expression).toMatch(/^Basic\.extension/);
    expect(argNames('Query', 'FormularyItemList')).toContain(
      'pharmacy_benefit_type',
    );
  });

  test('shared parameters keep only their own expression', () => {
    expect(SEARCH_PARAMETERS.Patient?.birthdate?.expression).toBe(
      'Patient.birthDate',
    );
  });

  test('reverse references name the parameter in _reference', () => {
    const args = argNames('Patient', 'ExplanationOfBenefitList');
    expect(args[0]).toBe('_reference');
    expect(args).toContain('service_date');
    expect(argNames('Organization', 'PractitionerRoleList')).toContain(
      '_reference',
    );
  });
});
