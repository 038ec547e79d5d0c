/**
 * Resource types of the public Provider Directory (Da Vinci PDex Plan-Net)
 * and Drug Formulary (Da Vinci US Drug Formulary) APIs, which anyone may
 * read. Every other resource type is treated as PHI of the Patient Access
 * API, so a type missing from this list fails closed.
 */
export const PUBLIC_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  // Plan-Net provider directory.
  'Endpoint',
  'HealthcareService',
  'InsurancePlan',
  'Location',
  'Organization',
  'OrganizationAffiliation',
  'Practitioner',
  'PractitionerRole',
  // US Drug Formulary: STU1 uses MedicationKnowledge, STU2 uses Basic and
  // InsurancePlan, and R5 adds FormularyItem.
  'MedicationKnowledge',
  'Medication',
  // NOTE: Basic is public only because this service's backends use it for
  // USDF STU2 formulary items. Member data stored in Basic would be exposed.
  'Basic',
  'FormularyItem',
]);

/** Returns true when `resourceType` is PHI, that is not on the public list. */
export function isPhiResourceType(resourceType: string): boolean {
  return !PUBLIC_RESOURCE_TYPES.has(resourceType);
}
