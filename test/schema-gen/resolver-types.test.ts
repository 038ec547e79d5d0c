import type * as fhir4 from 'fhir/r4';
import type {
  ResolversParentTypes,
  ResolversTypes,
} from '../../src/generated/graphql';
import type { FormularyItem } from '../../src/schema/formulary-item';

/**
 * Compile-time checks of the codegen mappers: `npm run typecheck` fails when
 * a resolver's parent type is not the @types/fhir R4 type.
 */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false;

const mapped: Record<string, true> = {
  Patient: true satisfies Equal<ResolversParentTypes['Patient'], fhir4.Patient>,
  ExplanationOfBenefitItemAdjudication: true satisfies Equal<
    ResolversParentTypes['ExplanationOfBenefitItemAdjudication'],
    fhir4.ExplanationOfBenefitItemAdjudication
  >,
  PatientReference: true satisfies Equal<
    ResolversParentTypes['PatientReference'],
    fhir4.Reference
  >,
  QuantityLimitDetail: true satisfies Equal<
    ResolversParentTypes['QuantityLimitDetail'],
    fhir4.Extension
  >,
  FormularyItem: true satisfies Equal<
    ResolversParentTypes['FormularyItem'],
    FormularyItem
  >,
};

describe('codegen mappers', () => {
  test('map FHIR-shaped types to @types/fhir', () => {
    const patient: ResolversTypes['Patient'] = {
      resourceType: 'Patient',
      birthDate: '2024-03',
    };
    expect(patient.birthDate).toBe('2024-03');
    expect(Object.keys(mapped)).toHaveLength(5);
  });
});
