import type {
  ExplanationOfBenefit,
  InsurancePlan,
  Practitioner,
} from 'fhir/r4';
import type { FormularyItem } from '../../src/schema/formulary-item';
import type { RelayConnection } from './connection';

// The values behind the hand-written object types, named in the `mappers`
// of codegen.yml so the generated resolver types expect FHIR JSON.

/** A `Formulary` is resolved from its InsurancePlan (USDF Formulary profile). */
export type FormularyModel = InsurancePlan;

export type ExplanationOfBenefitConnectionModel =
  RelayConnection<ExplanationOfBenefit>;

export type FormularyConnectionModel = RelayConnection<InsurancePlan>;

export type FormularyItemConnectionModel = RelayConnection<FormularyItem>;

export type PractitionerConnectionModel = RelayConnection<Practitioner>;
