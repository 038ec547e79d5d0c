// Generated from the FHIR definitions by src/schema-gen (npm run generate).
// Do not edit: change the generator or its configuration and regenerate.

import type { ExtensionBinding } from '../schema/extension-binding';

/** Typed extension fields by GraphQL type name, then by field name. */
export const EXTENSION_BINDINGS: Readonly<
  Record<string, Readonly<Record<string, ExtensionBinding>>>
> = {
  "Address": {
    "geolocation": {
      "url": "http://hl7.org/fhir/StructureDefinition/geolocation",
      "list": false
    }
  },
  "Coverage": {
    "insurancePlan": {
      "url": "http://hl7.org/fhir/5.0/StructureDefinition/extension-Coverage.insurancePlan",
      "list": false,
      "valueKey": "valueReference"
    }
  },
  "FormularyItem": {
    "formulary": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-FormularyReference-extension",
      "list": false,
      "valueKey": "valueReference"
    },
    "availabilityStatus": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AvailabilityStatus-extension",
      "list": false,
      "valueKey": "valueCode"
    },
    "availabilityPeriod": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AvailabilityPeriod-extension",
      "list": false,
      "valueKey": "valuePeriod"
    },
    "pharmacyBenefitType": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-PharmacyBenefitType-extension",
      "list": true,
      "valueKey": "valueCodeableConcept"
    },
    "drugTier": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-DrugTierID-extension",
      "list": false,
      "valueKey": "valueCodeableConcept"
    },
    "priorAuthorization": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-PriorAuthorization-extension",
      "list": false,
      "valueKey": "valueBoolean"
    },
    "priorAuthorizationNewStartsOnly": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-PriorAuthorizationNewStartsOnly-extension",
      "list": false,
      "valueKey": "valueBoolean"
    },
    "stepTherapyLimit": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-StepTherapyLimit-extension",
      "list": false,
      "valueKey": "valueBoolean"
    },
    "stepTherapyLimitNewStartsOnly": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-StepTherapyLimitNewStartsOnly-extension",
      "list": false,
      "valueKey": "valueBoolean"
    },
    "quantityLimit": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-QuantityLimit-extension",
      "list": false,
      "valueKey": "valueBoolean"
    },
    "quantityLimitDetail": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-QuantityLimitDetail-extension",
      "list": false
    },
    "additionalCoverageInformation": {
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AdditionalCoverageInformation-extension",
      "list": false,
      "valueKey": "valueMarkdown"
    }
  },
  "Geolocation": {
    "latitude": {
      "url": "latitude",
      "list": false,
      "valueKey": "valueDecimal"
    },
    "longitude": {
      "url": "longitude",
      "list": false,
      "valueKey": "valueDecimal"
    }
  },
  "Location": {
    "accessibility": {
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/accessibility",
      "list": true,
      "valueKey": "valueCodeableConcept"
    },
    "newPatients": {
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients",
      "list": true
    }
  },
  "NewPatients": {
    "acceptingPatients": {
      "url": "acceptingPatients",
      "list": false,
      "valueKey": "valueCodeableConcept"
    },
    "fromNetwork": {
      "url": "fromNetwork",
      "list": false,
      "valueKey": "valueReference"
    },
    "characteristics": {
      "url": "characteristics",
      "list": true,
      "valueKey": "valueString"
    }
  },
  "PractitionerRole": {
    "network": {
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference",
      "list": false,
      "valueKey": "valueReference"
    },
    "newPatients": {
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients",
      "list": true
    }
  },
  "QuantityLimitDetail": {
    "description": {
      "url": "Description",
      "list": false,
      "valueKey": "valueString"
    },
    "rolling": {
      "url": "Rolling",
      "list": false,
      "valueKey": "valueTiming"
    },
    "maximumDaily": {
      "url": "MaximumDaily",
      "list": false,
      "valueKey": "valueQuantity"
    },
    "daysSupply": {
      "url": "DaysSupply",
      "list": false,
      "valueKey": "valueTiming"
    }
  }
};
