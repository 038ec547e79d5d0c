import type { CodeableConcept, InsurancePlan } from 'fhir/r4';

// Codes and extension URLs of the Da Vinci US Drug Formulary IG
// (http://hl7.org/fhir/us/davinci-drug-formulary), STU1 1.1.0 and STU2 2.1.0.

const STRUCTURE_DEFINITIONS =
  'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition';

/** Extension on a formulary item (STU2 Basic) naming its formulary InsurancePlan. */
export const FORMULARY_REFERENCE_URL = `${STRUCTURE_DEFINITIONS}/usdf-FormularyReference-extension`;

/** STU1 extension on a FormularyDrug naming its plan by plan id, as a string. */
export const PLAN_ID_URL = `${STRUCTURE_DEFINITIONS}/usdf-PlanID-extension`;

/** `Basic.code` of a formulary item (STU2 InsuranceItemTypeCS). */
export const FORMULARY_ITEM_TYPE = {
  system:
    'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-InsuranceItemTypeCS',
  code: 'formulary-item',
} as const;

/** `InsurancePlan.type` of a formulary (STU2 Formulary profile). */
export const DRUG_POLICY_TYPE = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  code: 'DRUGPOL',
} as const;

/** Code system of the drugs on a formulary. */
export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/** Returns the coding as a FHIR search token, `system|code`. */
export function searchToken(coding: {
  readonly system: string;
  readonly code: string;
}): string {
  return `${coding.system}|${coding.code}`;
}

/** Returns true when a coding of `concept` has `code`, in `system` or with no system. */
export function hasCode(
  concept: CodeableConcept | undefined,
  wanted: { readonly system: string; readonly code: string },
): boolean {
  return (concept?.coding ?? []).some(
    (coding) =>
      coding.code === wanted.code &&
      (coding.system === undefined || coding.system === wanted.system),
  );
}

/** Returns true for an InsurancePlan of type DRUGPOL, a USDF formulary. */
export function isFormulary(plan: InsurancePlan): boolean {
  return (plan.type ?? []).some((type) => hasCode(type, DRUG_POLICY_TYPE));
}
