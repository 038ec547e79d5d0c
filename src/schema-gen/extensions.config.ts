/**
 * Extensions exposed as typed fields, so that clients can ask for a
 * formulary item's `drugTier` instead of filtering `extension` by URL. The
 * generator reads each extension's value type from its StructureDefinition
 * and its cardinality from the profile's slice. A complex extension (one made
 * of sub-extensions, such as the quantity limit detail) becomes an object
 * type with one field per sub-extension.
 */

/** One typed extension field. */
export interface TypedExtensionConfig {
  /** GraphQL object type that gets the field. */
  type: string;
  field: string;
  /** Canonical URL of the extension. */
  url: string;
  /**
   * Profile whose slice of the extension gives the field's cardinality.
   * Without it, the cardinality of the extension definition applies.
   */
  profile?: string;
  /** Name of the object type of a complex extension. */
  objectType?: string;
  /**
   * Value type, cardinality and description of an extension that no
   * StructureDefinition in the inputs defines.
   */
  undefinedExtension?: {
    valueType: string;
    targetProfiles?: string[];
    list: boolean;
    description: string;
  };
}

const USDF =
  'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/';
const PLAN_NET =
  'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/';
const FHIR = 'http://hl7.org/fhir/StructureDefinition/';

const FORMULARY_ITEM_PROFILE = `${USDF}usdf-FormularyItem`;

/** US Drug Formulary 2.0.1 attributes of a formulary item (FormularyItem profile on Basic). */
const formularyItem = (
  field: string,
  extension: string,
  objectType?: string,
): TypedExtensionConfig => ({
  type: 'FormularyItem',
  field,
  url: `${USDF}${extension}`,
  profile: FORMULARY_ITEM_PROFILE,
  objectType,
});

export const TYPED_EXTENSIONS: readonly TypedExtensionConfig[] = [
  formularyItem('formulary', 'usdf-FormularyReference-extension'),
  formularyItem('availabilityStatus', 'usdf-AvailabilityStatus-extension'),
  formularyItem('availabilityPeriod', 'usdf-AvailabilityPeriod-extension'),
  formularyItem('pharmacyBenefitType', 'usdf-PharmacyBenefitType-extension'),
  formularyItem('drugTier', 'usdf-DrugTierID-extension'),
  formularyItem('priorAuthorization', 'usdf-PriorAuthorization-extension'),
  formularyItem(
    'priorAuthorizationNewStartsOnly',
    'usdf-PriorAuthorizationNewStartsOnly-extension',
  ),
  formularyItem('stepTherapyLimit', 'usdf-StepTherapyLimit-extension'),
  formularyItem(
    'stepTherapyLimitNewStartsOnly',
    'usdf-StepTherapyLimitNewStartsOnly-extension',
  ),
  formularyItem('quantityLimit', 'usdf-QuantityLimit-extension'),
  formularyItem(
    'quantityLimitDetail',
    'usdf-QuantityLimitDetail-extension',
    'QuantityLimitDetail',
  ),
  formularyItem(
    'additionalCoverageInformation',
    'usdf-AdditionalCoverageInformation-extension',
  ),
  {
    type: 'PractitionerRole',
    field: 'network',
    url: `${PLAN_NET}network-reference`,
    profile: `${PLAN_NET}plannet-PractitionerRole`,
  },
  {
    type: 'PractitionerRole',
    field: 'newPatients',
    url: `${PLAN_NET}newpatients`,
    profile: `${PLAN_NET}plannet-PractitionerRole`,
    objectType: 'NewPatients',
  },
  {
    type: 'Location',
    field: 'accessibility',
    url: `${PLAN_NET}accessibility`,
    profile: `${PLAN_NET}plannet-Location`,
  },
  {
    type: 'Location',
    field: 'newPatients',
    url: `${PLAN_NET}newpatients`,
    profile: `${PLAN_NET}plannet-Location`,
    objectType: 'NewPatients',
  },
  // The R4 geolocation extension is defined on Address, so a location's
  // coordinates read as `address { geolocation { latitude longitude } }`,
  // next to the `position` element of Location itself.
  {
    type: 'Address',
    field: 'geolocation',
    url: `${FHIR}geolocation`,
    objectType: 'Geolocation',
  },
  // US Drug Formulary 2.1.0 links a member's Coverage to its plan with the
  // R5 cross-version extension; no R4 package here defines it.
  {
    type: 'Coverage',
    field: 'insurancePlan',
    url: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Coverage.insurancePlan',
    undefinedExtension: {
      valueType: 'Reference',
      targetProfiles: [`${FHIR}InsurancePlan`],
      list: false,
      description:
        'The insurance plan of this coverage, from the R5 cross-version extension `Coverage.insurancePlan`.',
    },
  },
];
