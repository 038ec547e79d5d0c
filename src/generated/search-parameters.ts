// Generated from the FHIR definitions by src/schema-gen (npm run generate).
// Do not edit: change the generator or its configuration and regenerate.

import type { SearchParameterInfo } from '../schema/search-parameter-info';

/** Search parameters by resource type, then by GraphQL argument name. */
export const SEARCH_PARAMETERS: Readonly<
  Record<string, Readonly<Record<string, SearchParameterInfo>>>
> = {
  "Basic": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Basic.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-lastupdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "author": {
      "code": "author",
      "type": "reference",
      "expression": "Basic.author",
      "targets": [
        "Organization",
        "Patient",
        "Practitioner",
        "PractitionerRole",
        "RelatedPerson"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Basic-author"
    },
    "code": {
      "code": "code",
      "type": "token",
      "expression": "Basic.code",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-code"
    },
    "created": {
      "code": "created",
      "type": "date",
      "expression": "Basic.created",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Basic-created"
    },
    "drug_tier": {
      "code": "drug-tier",
      "type": "token",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-DrugTierID-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-drug-tier"
    },
    "formulary": {
      "code": "formulary",
      "type": "reference",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-FormularyReference-extension').value",
      "targets": [
        "InsurancePlan"
      ],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-formulary"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Basic.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Basic-identifier"
    },
    "patient": {
      "code": "patient",
      "type": "reference",
      "expression": "Basic.subject.where(resolve() is Patient)",
      "targets": [
        "Patient"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Basic-patient"
    },
    "period": {
      "code": "period",
      "type": "date",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AvailabilityPeriod-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-period"
    },
    "pharmacy_benefit_type": {
      "code": "pharmacy-benefit-type",
      "type": "token",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-PharmacyBenefitType-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-pharmacy-benefit-type"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AvailabilityStatus-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-status"
    },
    "subject": {
      "code": "subject",
      "type": "reference",
      "expression": "Basic.subject",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-subject"
    }
  },
  "Coverage": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "beneficiary": {
      "code": "beneficiary",
      "type": "reference",
      "expression": "Coverage.beneficiary",
      "targets": [
        "Patient"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-beneficiary"
    },
    "class_type": {
      "code": "class-type",
      "type": "token",
      "expression": "Coverage.class.type",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-class-type"
    },
    "class_value": {
      "code": "class-value",
      "type": "string",
      "expression": "Coverage.class.value",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-class-value"
    },
    "dependent": {
      "code": "dependent",
      "type": "string",
      "expression": "Coverage.dependent",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-dependent"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Coverage.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-identifier"
    },
    "patient": {
      "code": "patient",
      "type": "reference",
      "expression": "Coverage.beneficiary",
      "targets": [
        "Patient"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-patient"
    },
    "payor": {
      "code": "payor",
      "type": "reference",
      "expression": "Coverage.payor",
      "targets": [
        "Organization",
        "Patient",
        "RelatedPerson"
      ],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/coverage-payor"
    },
    "policy_holder": {
      "code": "policy-holder",
      "type": "reference",
      "expression": "Coverage.policyHolder",
      "targets": [
        "Organization",
        "Patient",
        "RelatedPerson"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-policy-holder"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "Coverage.status",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-status"
    },
    "subscriber": {
      "code": "subscriber",
      "type": "reference",
      "expression": "Coverage.subscriber",
      "targets": [
        "Patient",
        "RelatedPerson"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-subscriber"
    },
    "type": {
      "code": "type",
      "type": "token",
      "expression": "Coverage.type",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Coverage-type"
    }
  },
  "Endpoint": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "connection_type": {
      "code": "connection-type",
      "type": "token",
      "expression": "Endpoint.connectionType",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Endpoint-connection-type"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Endpoint.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Endpoint-identifier"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "Endpoint.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Endpoint-name"
    },
    "organization": {
      "code": "organization",
      "type": "reference",
      "expression": "Endpoint.managingOrganization",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/endpoint-organization"
    },
    "payload_type": {
      "code": "payload-type",
      "type": "token",
      "expression": "Endpoint.payloadType",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Endpoint-payload-type"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "Endpoint.status",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Endpoint-status"
    }
  },
  "ExplanationOfBenefit": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "billable_period_start": {
      "code": "billable-period-start",
      "type": "date",
      "expression": "ExplanationOfBenefit.billablePeriod.start",
      "targets": [],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-billable-period-start"
    },
    "care_team": {
      "code": "care-team",
      "type": "reference",
      "expression": "ExplanationOfBenefit.careTeam.provider",
      "targets": [
        "Organization",
        "Practitioner",
        "PractitionerRole"
      ],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-care-team"
    },
    "claim": {
      "code": "claim",
      "type": "reference",
      "expression": "ExplanationOfBenefit.claim",
      "targets": [
        "Claim"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-claim"
    },
    "coverage": {
      "code": "coverage",
      "type": "reference",
      "expression": "ExplanationOfBenefit.insurance.coverage",
      "targets": [
        "Coverage"
      ],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-coverage"
    },
    "created": {
      "code": "created",
      "type": "date",
      "expression": "ExplanationOfBenefit.created",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-created"
    },
    "detail_udi": {
      "code": "detail-udi",
      "type": "reference",
      "expression": "ExplanationOfBenefit.item.detail.udi",
      "targets": [
        "Device"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-detail-udi"
    },
    "disposition": {
      "code": "disposition",
      "type": "string",
      "expression": "ExplanationOfBenefit.disposition",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-disposition"
    },
    "encounter": {
      "code": "encounter",
      "type": "reference",
      "expression": "ExplanationOfBenefit.item.encounter",
      "targets": [
        "Encounter"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-encounter"
    },
    "enterer": {
      "code": "enterer",
      "type": "reference",
      "expression": "ExplanationOfBenefit.enterer",
      "targets": [
        "Practitioner",
        "PractitionerRole"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-enterer"
    },
    "facility": {
      "code": "facility",
      "type": "reference",
      "expression": "ExplanationOfBenefit.facility",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-facility"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "ExplanationOfBenefit.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-identifier"
    },
    "insurer": {
      "code": "insurer",
      "type": "reference",
      "expression": "ExplanationOfBenefit.insurer",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-insurer"
    },
    "item_udi": {
      "code": "item-udi",
      "type": "reference",
      "expression": "ExplanationOfBenefit.item.udi",
      "targets": [
        "Device"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-item-udi"
    },
    "patient": {
      "code": "patient",
      "type": "reference",
      "expression": "ExplanationOfBenefit.patient",
      "targets": [
        "Patient"
      ],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-patient"
    },
    "payee": {
      "code": "payee",
      "type": "reference",
      "expression": "ExplanationOfBenefit.payee.party",
      "targets": [
        "Organization",
        "Patient",
        "Practitioner",
        "PractitionerRole",
        "RelatedPerson"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-payee"
    },
    "procedure_udi": {
      "code": "procedure-udi",
      "type": "reference",
      "expression": "ExplanationOfBenefit.procedure.udi",
      "targets": [
        "Device"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-procedure-udi"
    },
    "provider": {
      "code": "provider",
      "type": "reference",
      "expression": "ExplanationOfBenefit.provider",
      "targets": [
        "Organization",
        "Practitioner",
        "PractitionerRole"
      ],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-provider"
    },
    "service_date": {
      "code": "service-date",
      "type": "date",
      "expression": "ExplanationOfBenefit.billablePeriod | ExplanationOfBenefit.item.serviced",
      "targets": [],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-service-date"
    },
    "service_start_date": {
      "code": "service-start-date",
      "type": "date",
      "expression": "ExplanationOfBenefit.billablePeriod.start | ExplanationOfBenefit.item.servicedDate | ExplanationOfBenefit.item.servicedPeriod.start",
      "targets": [],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-service-start-date"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "ExplanationOfBenefit.status",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-status"
    },
    "subdetail_udi": {
      "code": "subdetail-udi",
      "type": "reference",
      "expression": "ExplanationOfBenefit.item.detail.subDetail.udi",
      "targets": [
        "Device"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/ExplanationOfBenefit-subdetail-udi"
    },
    "type": {
      "code": "type",
      "type": "token",
      "expression": "ExplanationOfBenefit.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-type"
    }
  },
  "FormularyItem": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "code": {
      "code": "code",
      "type": "token",
      "expression": "FormularyItem.code",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/FormularyItem-code"
    },
    "drug_tier": {
      "code": "drug-tier",
      "type": "token",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-DrugTierID-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-drug-tier"
    },
    "formulary": {
      "code": "formulary",
      "type": "reference",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-FormularyReference-extension').value",
      "targets": [
        "InsurancePlan"
      ],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-formulary"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "FormularyItem.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/FormularyItem-identifier"
    },
    "period": {
      "code": "period",
      "type": "date",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AvailabilityPeriod-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-period"
    },
    "pharmacy_benefit_type": {
      "code": "pharmacy-benefit-type",
      "type": "token",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-PharmacyBenefitType-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-pharmacy-benefit-type"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "Basic.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-AvailabilityStatus-extension').value",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-status"
    },
    "subject": {
      "code": "subject",
      "type": "reference",
      "expression": "Basic.subject",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/Basic-subject"
    }
  },
  "HealthcareService": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "HealthcareService.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/HealthcareService-active"
    },
    "characteristic": {
      "code": "characteristic",
      "type": "token",
      "expression": "HealthcareService.characteristic",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/HealthcareService-characteristic"
    },
    "coverage_area": {
      "code": "coverage-area",
      "type": "reference",
      "expression": "HealthcareService.coverageArea",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-coverage-area"
    },
    "endpoint": {
      "code": "endpoint",
      "type": "reference",
      "expression": "HealthcareService.endpoint",
      "targets": [
        "Endpoint"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-endpoint"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "HealthcareService.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/HealthcareService-identifier"
    },
    "location": {
      "code": "location",
      "type": "reference",
      "expression": "HealthcareService.location",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-location"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "HealthcareService.name",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-name"
    },
    "organization": {
      "code": "organization",
      "type": "reference",
      "expression": "HealthcareService.providedBy",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-organization"
    },
    "program": {
      "code": "program",
      "type": "token",
      "expression": "HealthcareService.program",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/HealthcareService-program"
    },
    "service_category": {
      "code": "service-category",
      "type": "token",
      "expression": "HealthcareService.category",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-service-category"
    },
    "service_type": {
      "code": "service-type",
      "type": "token",
      "expression": "HealthcareService.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-service-type"
    },
    "specialty": {
      "code": "specialty",
      "type": "token",
      "expression": "HealthcareService.specialty",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/healthcareservice-specialty"
    }
  },
  "InsurancePlan": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "InsurancePlan.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-lastupdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "address": {
      "code": "address",
      "type": "string",
      "expression": "InsurancePlan.contact.address",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-address"
    },
    "address_city": {
      "code": "address-city",
      "type": "string",
      "expression": "InsurancePlan.contact.address.city",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-address-city"
    },
    "address_country": {
      "code": "address-country",
      "type": "string",
      "expression": "InsurancePlan.contact.address.country",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-address-country"
    },
    "address_postalcode": {
      "code": "address-postalcode",
      "type": "string",
      "expression": "InsurancePlan.contact.address.postalCode",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-address-postalcode"
    },
    "address_state": {
      "code": "address-state",
      "type": "string",
      "expression": "InsurancePlan.contact.address.state",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-address-state"
    },
    "address_use": {
      "code": "address-use",
      "type": "token",
      "expression": "InsurancePlan.contact.address.use",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-address-use"
    },
    "administered_by": {
      "code": "administered-by",
      "type": "reference",
      "expression": "InsurancePlan.administeredBy",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/insuranceplan-administered-by"
    },
    "coverage_area": {
      "code": "coverage-area",
      "type": "reference",
      "expression": "InsurancePlan.coverageArea",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-coverage-area"
    },
    "coverage_type": {
      "code": "coverage-type",
      "type": "token",
      "expression": "InsurancePlan.coverage.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-coverage-type"
    },
    "endpoint": {
      "code": "endpoint",
      "type": "reference",
      "expression": "InsurancePlan.endpoint",
      "targets": [
        "Endpoint"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-endpoint"
    },
    "formulary_coverage": {
      "code": "formulary-coverage",
      "type": "reference",
      "expression": "InsurancePlan.coverage.extension.where(url='http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-FormularyReference-extension').value",
      "targets": [
        "InsurancePlan"
      ],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-formulary-coverage"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "InsurancePlan.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-identifier"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "InsurancePlan.name",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-name"
    },
    "owned_by": {
      "code": "owned-by",
      "type": "reference",
      "expression": "InsurancePlan.ownedBy",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/insuranceplan-owned-by"
    },
    "period": {
      "code": "period",
      "type": "date",
      "expression": "InsurancePlan.period",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-period"
    },
    "phonetic": {
      "code": "phonetic",
      "type": "string",
      "expression": "InsurancePlan.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/InsurancePlan-phonetic"
    },
    "plan_type": {
      "code": "plan-type",
      "type": "token",
      "expression": "InsurancePlan.plan.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/insuranceplan-plan-type"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "InsurancePlan.status",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-status"
    },
    "type": {
      "code": "type",
      "type": "token",
      "expression": "InsurancePlan.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/InsurancePlan-type"
    }
  },
  "Location": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "address": {
      "code": "address",
      "type": "string",
      "expression": "Location.address",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-address"
    },
    "address_city": {
      "code": "address-city",
      "type": "string",
      "expression": "Location.address.city",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-address-city"
    },
    "address_country": {
      "code": "address-country",
      "type": "string",
      "expression": "Location.address.country",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-address-country"
    },
    "address_postalcode": {
      "code": "address-postalcode",
      "type": "string",
      "expression": "Location.address.postalCode",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-address-postalcode"
    },
    "address_state": {
      "code": "address-state",
      "type": "string",
      "expression": "Location.address.state",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-address-state"
    },
    "address_use": {
      "code": "address-use",
      "type": "token",
      "expression": "Location.address.use",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-address-use"
    },
    "endpoint": {
      "code": "endpoint",
      "type": "reference",
      "expression": "Location.endpoint",
      "targets": [
        "Endpoint"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-endpoint"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Location.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-identifier"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "Location.name | Location.alias",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-name"
    },
    "near": {
      "code": "near",
      "type": "special",
      "expression": "Location.position",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-near"
    },
    "operational_status": {
      "code": "operational-status",
      "type": "token",
      "expression": "Location.operationalStatus",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-operational-status"
    },
    "organization": {
      "code": "organization",
      "type": "reference",
      "expression": "Location.managingOrganization",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-organization"
    },
    "partof": {
      "code": "partof",
      "type": "reference",
      "expression": "Location.partOf",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-partof"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "Location.status",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Location-status"
    },
    "type": {
      "code": "type",
      "type": "token",
      "expression": "Location.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/location-type"
    }
  },
  "Medication": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "code": {
      "code": "code",
      "type": "token",
      "expression": "Medication.code",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/clinical-code"
    },
    "expiration_date": {
      "code": "expiration-date",
      "type": "date",
      "expression": "Medication.batch.expirationDate",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-expiration-date"
    },
    "form": {
      "code": "form",
      "type": "token",
      "expression": "Medication.form",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-form"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Medication.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-identifier"
    },
    "ingredient": {
      "code": "ingredient",
      "type": "reference",
      "expression": "(Medication.ingredient.item.ofType(Reference))",
      "targets": [
        "Medication",
        "Substance"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-ingredient"
    },
    "ingredient_code": {
      "code": "ingredient-code",
      "type": "token",
      "expression": "(Medication.ingredient.item.ofType(CodeableConcept))",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-ingredient-code"
    },
    "lot_number": {
      "code": "lot-number",
      "type": "token",
      "expression": "Medication.batch.lotNumber",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-lot-number"
    },
    "manufacturer": {
      "code": "manufacturer",
      "type": "reference",
      "expression": "Medication.manufacturer",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-manufacturer"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "Medication.status",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Medication-status"
    }
  },
  "MedicationKnowledge": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "MedicationKnowledge.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-lastupdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "classification": {
      "code": "classification",
      "type": "token",
      "expression": "MedicationKnowledge.medicineClassification.classification",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-classification"
    },
    "classification_type": {
      "code": "classification-type",
      "type": "token",
      "expression": "MedicationKnowledge.medicineClassification.type",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-classification-type"
    },
    "code": {
      "code": "code",
      "type": "token",
      "expression": "MedicationKnowledge.code",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-code"
    },
    "doseform": {
      "code": "doseform",
      "type": "token",
      "expression": "MedicationKnowledge.doseForm",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-doseform"
    },
    "drug_name": {
      "code": "drug-name",
      "type": "string",
      "expression": "MedicationKnowledge.code.coding.display",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-drug-name"
    },
    "ingredient": {
      "code": "ingredient",
      "type": "reference",
      "expression": "(MedicationKnowledge.ingredient.item.ofType(Reference))",
      "targets": [
        "Substance"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-ingredient"
    },
    "ingredient_code": {
      "code": "ingredient-code",
      "type": "token",
      "expression": "(MedicationKnowledge.ingredient.item.ofType(CodeableConcept))",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-ingredient-code"
    },
    "manufacturer": {
      "code": "manufacturer",
      "type": "reference",
      "expression": "MedicationKnowledge.manufacturer",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-manufacturer"
    },
    "monitoring_program_name": {
      "code": "monitoring-program-name",
      "type": "token",
      "expression": "MedicationKnowledge.monitoringProgram.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-monitoring-program-name"
    },
    "monitoring_program_type": {
      "code": "monitoring-program-type",
      "type": "token",
      "expression": "MedicationKnowledge.monitoringProgram.type",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-monitoring-program-type"
    },
    "monograph": {
      "code": "monograph",
      "type": "reference",
      "expression": "MedicationKnowledge.monograph.source",
      "targets": [
        "DocumentReference",
        "Media"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-monograph"
    },
    "monograph_type": {
      "code": "monograph-type",
      "type": "token",
      "expression": "MedicationKnowledge.monograph.type",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-monograph-type"
    },
    "source_cost": {
      "code": "source-cost",
      "type": "token",
      "expression": "MedicationKnowledge.cost.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-source-cost"
    },
    "status": {
      "code": "status",
      "type": "token",
      "expression": "MedicationKnowledge.status",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-status"
    }
  },
  "Organization": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "Organization.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-active"
    },
    "address": {
      "code": "address",
      "type": "string",
      "expression": "Organization.address",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-address"
    },
    "address_city": {
      "code": "address-city",
      "type": "string",
      "expression": "Organization.address.city",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-address-city"
    },
    "address_country": {
      "code": "address-country",
      "type": "string",
      "expression": "Organization.address.country",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-address-country"
    },
    "address_postalcode": {
      "code": "address-postalcode",
      "type": "string",
      "expression": "Organization.address.postalCode",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-address-postalcode"
    },
    "address_state": {
      "code": "address-state",
      "type": "string",
      "expression": "Organization.address.state",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-address-state"
    },
    "address_use": {
      "code": "address-use",
      "type": "token",
      "expression": "Organization.address.use",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-address-use"
    },
    "coverage_area": {
      "code": "coverage-area",
      "type": "reference",
      "expression": "Organization.extension.where(url='http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/location-reference')",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-coverage-area"
    },
    "endpoint": {
      "code": "endpoint",
      "type": "reference",
      "expression": "Organization.endpoint",
      "targets": [
        "Endpoint"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-endpoint"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Organization.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-identifier"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "Organization.name | Organization.alias",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-name"
    },
    "partof": {
      "code": "partof",
      "type": "reference",
      "expression": "Organization.partOf",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-partof"
    },
    "phonetic": {
      "code": "phonetic",
      "type": "string",
      "expression": "Organization.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Organization-phonetic"
    },
    "type": {
      "code": "type",
      "type": "token",
      "expression": "Organization.type",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-type"
    }
  },
  "OrganizationAffiliation": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "OrganizationAffiliation.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-active"
    },
    "date": {
      "code": "date",
      "type": "date",
      "expression": "OrganizationAffiliation.period",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-date"
    },
    "email": {
      "code": "email",
      "type": "token",
      "expression": "OrganizationAffiliation.telecom.where(system='email')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-email"
    },
    "endpoint": {
      "code": "endpoint",
      "type": "reference",
      "expression": "OrganizationAffiliation.endpoint",
      "targets": [
        "Endpoint"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-endpoint"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "OrganizationAffiliation.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-identifier"
    },
    "location": {
      "code": "location",
      "type": "reference",
      "expression": "OrganizationAffiliation.location",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-location"
    },
    "network": {
      "code": "network",
      "type": "reference",
      "expression": "OrganizationAffiliation.network",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-network"
    },
    "participating_organization": {
      "code": "participating-organization",
      "type": "reference",
      "expression": "OrganizationAffiliation.participatingOrganization",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-participating-organization"
    },
    "period": {
      "code": "period",
      "type": "date",
      "expression": "OrganizationAffiliation.period",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-period"
    },
    "phone": {
      "code": "phone",
      "type": "token",
      "expression": "OrganizationAffiliation.telecom.where(system='phone')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-phone"
    },
    "primary_organization": {
      "code": "primary-organization",
      "type": "reference",
      "expression": "OrganizationAffiliation.organization",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-primary-organization"
    },
    "role": {
      "code": "role",
      "type": "token",
      "expression": "OrganizationAffiliation.code",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-role"
    },
    "service": {
      "code": "service",
      "type": "reference",
      "expression": "OrganizationAffiliation.healthcareService",
      "targets": [
        "HealthcareService"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-service"
    },
    "specialty": {
      "code": "specialty",
      "type": "token",
      "expression": "OrganizationAffiliation.specialty",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organizationaffiliation-specialty"
    },
    "telecom": {
      "code": "telecom",
      "type": "token",
      "expression": "OrganizationAffiliation.telecom",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/OrganizationAffiliation-telecom"
    }
  },
  "Patient": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "Patient.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-active"
    },
    "address": {
      "code": "address",
      "type": "string",
      "expression": "Patient.address",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address"
    },
    "address_city": {
      "code": "address-city",
      "type": "string",
      "expression": "Patient.address.city",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-city"
    },
    "address_country": {
      "code": "address-country",
      "type": "string",
      "expression": "Patient.address.country",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-country"
    },
    "address_postalcode": {
      "code": "address-postalcode",
      "type": "string",
      "expression": "Patient.address.postalCode",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-postalcode"
    },
    "address_state": {
      "code": "address-state",
      "type": "string",
      "expression": "Patient.address.state",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-state"
    },
    "address_use": {
      "code": "address-use",
      "type": "token",
      "expression": "Patient.address.use",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-use"
    },
    "birthdate": {
      "code": "birthdate",
      "type": "date",
      "expression": "Patient.birthDate",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-birthdate"
    },
    "death_date": {
      "code": "death-date",
      "type": "date",
      "expression": "(Patient.deceased.ofType(dateTime))",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-death-date"
    },
    "deceased": {
      "code": "deceased",
      "type": "token",
      "expression": "Patient.deceased.exists() and Patient.deceased != false",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-deceased"
    },
    "email": {
      "code": "email",
      "type": "token",
      "expression": "Patient.telecom.where(system='email')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-email"
    },
    "family": {
      "code": "family",
      "type": "string",
      "expression": "Patient.name.family",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-family"
    },
    "gender": {
      "code": "gender",
      "type": "token",
      "expression": "Patient.gender",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-gender"
    },
    "general_practitioner": {
      "code": "general-practitioner",
      "type": "reference",
      "expression": "Patient.generalPractitioner",
      "targets": [
        "Organization",
        "Practitioner",
        "PractitionerRole"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-general-practitioner"
    },
    "given": {
      "code": "given",
      "type": "string",
      "expression": "Patient.name.given",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-given"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Patient.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-identifier"
    },
    "language": {
      "code": "language",
      "type": "token",
      "expression": "Patient.communication.language",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-language"
    },
    "link": {
      "code": "link",
      "type": "reference",
      "expression": "Patient.link.other",
      "targets": [
        "Patient",
        "RelatedPerson"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-link"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "Patient.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-name"
    },
    "organization": {
      "code": "organization",
      "type": "reference",
      "expression": "Patient.managingOrganization",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/Patient-organization"
    },
    "phone": {
      "code": "phone",
      "type": "token",
      "expression": "Patient.telecom.where(system='phone')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phone"
    },
    "phonetic": {
      "code": "phonetic",
      "type": "string",
      "expression": "Patient.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phonetic"
    },
    "telecom": {
      "code": "telecom",
      "type": "token",
      "expression": "Patient.telecom",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-telecom"
    }
  },
  "Practitioner": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "Practitioner.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Practitioner-active"
    },
    "address": {
      "code": "address",
      "type": "string",
      "expression": "Practitioner.address",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address"
    },
    "address_city": {
      "code": "address-city",
      "type": "string",
      "expression": "Practitioner.address.city",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-city"
    },
    "address_country": {
      "code": "address-country",
      "type": "string",
      "expression": "Practitioner.address.country",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-country"
    },
    "address_postalcode": {
      "code": "address-postalcode",
      "type": "string",
      "expression": "Practitioner.address.postalCode",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-postalcode"
    },
    "address_state": {
      "code": "address-state",
      "type": "string",
      "expression": "Practitioner.address.state",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-state"
    },
    "address_use": {
      "code": "address-use",
      "type": "token",
      "expression": "Practitioner.address.use",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-use"
    },
    "communication": {
      "code": "communication",
      "type": "token",
      "expression": "Practitioner.communication",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Practitioner-communication"
    },
    "email": {
      "code": "email",
      "type": "token",
      "expression": "Practitioner.telecom.where(system='email')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-email"
    },
    "family": {
      "code": "family",
      "type": "string",
      "expression": "Practitioner.name.family",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitioner-family-name"
    },
    "gender": {
      "code": "gender",
      "type": "token",
      "expression": "Practitioner.gender",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-gender"
    },
    "given": {
      "code": "given",
      "type": "string",
      "expression": "Practitioner.name.given",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitioner-given-name"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "Practitioner.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Practitioner-identifier"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "Practitioner.name",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitioner-name"
    },
    "phone": {
      "code": "phone",
      "type": "token",
      "expression": "Practitioner.telecom.where(system='phone')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phone"
    },
    "phonetic": {
      "code": "phonetic",
      "type": "string",
      "expression": "Practitioner.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phonetic"
    },
    "telecom": {
      "code": "telecom",
      "type": "token",
      "expression": "Practitioner.telecom",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-telecom"
    }
  },
  "PractitionerRole": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "PractitionerRole.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/PractitionerRole-active"
    },
    "date": {
      "code": "date",
      "type": "date",
      "expression": "PractitionerRole.period",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/PractitionerRole-date"
    },
    "email": {
      "code": "email",
      "type": "token",
      "expression": "PractitionerRole.telecom.where(system='email')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-email"
    },
    "endpoint": {
      "code": "endpoint",
      "type": "reference",
      "expression": "PractitionerRole.endpoint",
      "targets": [
        "Endpoint"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-endpoint"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "PractitionerRole.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/PractitionerRole-identifier"
    },
    "location": {
      "code": "location",
      "type": "reference",
      "expression": "PractitionerRole.location",
      "targets": [
        "Location"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-location"
    },
    "network": {
      "code": "network",
      "type": "reference",
      "expression": "PractitionerRole.extension.where(url='http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference')",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-network"
    },
    "organization": {
      "code": "organization",
      "type": "reference",
      "expression": "PractitionerRole.organization",
      "targets": [
        "Organization"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-organization"
    },
    "period": {
      "code": "period",
      "type": "date",
      "expression": "PractitionerRole.period",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-period"
    },
    "phone": {
      "code": "phone",
      "type": "token",
      "expression": "PractitionerRole.telecom.where(system='phone')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phone"
    },
    "practitioner": {
      "code": "practitioner",
      "type": "reference",
      "expression": "PractitionerRole.practitioner",
      "targets": [
        "Practitioner"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-practitioner"
    },
    "role": {
      "code": "role",
      "type": "token",
      "expression": "PractitionerRole.code",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-role"
    },
    "service": {
      "code": "service",
      "type": "reference",
      "expression": "PractitionerRole.healthcareService",
      "targets": [
        "HealthcareService"
      ],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-service"
    },
    "specialty": {
      "code": "specialty",
      "type": "token",
      "expression": "PractitionerRole.specialty",
      "targets": [],
      "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-specialty"
    },
    "telecom": {
      "code": "telecom",
      "type": "token",
      "expression": "PractitionerRole.telecom",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-telecom"
    }
  },
  "RelatedPerson": {
    "_content": {
      "code": "_content",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-content"
    },
    "_id": {
      "code": "_id",
      "type": "token",
      "expression": "Resource.id",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-id"
    },
    "_lastUpdated": {
      "code": "_lastUpdated",
      "type": "date",
      "expression": "Resource.meta.lastUpdated",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
    },
    "_profile": {
      "code": "_profile",
      "type": "uri",
      "expression": "Resource.meta.profile",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-profile"
    },
    "_query": {
      "code": "_query",
      "type": "token",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-query"
    },
    "_security": {
      "code": "_security",
      "type": "token",
      "expression": "Resource.meta.security",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-security"
    },
    "_source": {
      "code": "_source",
      "type": "uri",
      "expression": "Resource.meta.source",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-source"
    },
    "_tag": {
      "code": "_tag",
      "type": "token",
      "expression": "Resource.meta.tag",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/Resource-tag"
    },
    "_text": {
      "code": "_text",
      "type": "string",
      "expression": "",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/DomainResource-text"
    },
    "active": {
      "code": "active",
      "type": "token",
      "expression": "RelatedPerson.active",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/RelatedPerson-active"
    },
    "address": {
      "code": "address",
      "type": "string",
      "expression": "RelatedPerson.address",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address"
    },
    "address_city": {
      "code": "address-city",
      "type": "string",
      "expression": "RelatedPerson.address.city",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-city"
    },
    "address_country": {
      "code": "address-country",
      "type": "string",
      "expression": "RelatedPerson.address.country",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-country"
    },
    "address_postalcode": {
      "code": "address-postalcode",
      "type": "string",
      "expression": "RelatedPerson.address.postalCode",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-postalcode"
    },
    "address_state": {
      "code": "address-state",
      "type": "string",
      "expression": "RelatedPerson.address.state",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-state"
    },
    "address_use": {
      "code": "address-use",
      "type": "token",
      "expression": "RelatedPerson.address.use",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-address-use"
    },
    "birthdate": {
      "code": "birthdate",
      "type": "date",
      "expression": "RelatedPerson.birthDate",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-birthdate"
    },
    "email": {
      "code": "email",
      "type": "token",
      "expression": "RelatedPerson.telecom.where(system='email')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-email"
    },
    "gender": {
      "code": "gender",
      "type": "token",
      "expression": "RelatedPerson.gender",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-gender"
    },
    "identifier": {
      "code": "identifier",
      "type": "token",
      "expression": "RelatedPerson.identifier",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/RelatedPerson-identifier"
    },
    "name": {
      "code": "name",
      "type": "string",
      "expression": "RelatedPerson.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/RelatedPerson-name"
    },
    "patient": {
      "code": "patient",
      "type": "reference",
      "expression": "RelatedPerson.patient",
      "targets": [
        "Patient"
      ],
      "url": "http://hl7.org/fhir/SearchParameter/RelatedPerson-patient"
    },
    "phone": {
      "code": "phone",
      "type": "token",
      "expression": "RelatedPerson.telecom.where(system='phone')",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phone"
    },
    "phonetic": {
      "code": "phonetic",
      "type": "string",
      "expression": "RelatedPerson.name",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-phonetic"
    },
    "relationship": {
      "code": "relationship",
      "type": "token",
      "expression": "RelatedPerson.relationship",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/RelatedPerson-relationship"
    },
    "telecom": {
      "code": "telecom",
      "type": "token",
      "expression": "RelatedPerson.telecom",
      "targets": [],
      "url": "http://hl7.org/fhir/SearchParameter/individual-telecom"
    }
  }
};
