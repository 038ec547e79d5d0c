// Generated from the FHIR definitions by src/schema-gen (npm run generate).
// Do not edit: change the generator or its configuration and regenerate.

import type * as fhir4 from 'fhir/r4';
import type { FormularyItem } from '../schema/formulary-item';

/** The FHIR JSON type behind each generated GraphQL object type. */
export interface FhirModels {
  Address: fhir4.Address;
  Age: fhir4.Age;
  Annotation: fhir4.Annotation;
  Attachment: fhir4.Attachment;
  Basic: fhir4.Basic;
  CodeableConcept: fhir4.CodeableConcept;
  Coding: fhir4.Coding;
  ContactDetail: fhir4.ContactDetail;
  ContactPoint: fhir4.ContactPoint;
  Contributor: fhir4.Contributor;
  Count: fhir4.Count;
  Coverage: fhir4.Coverage;
  CoverageClass: fhir4.CoverageClass;
  CoverageCostToBeneficiary: fhir4.CoverageCostToBeneficiary;
  CoverageCostToBeneficiaryException: fhir4.CoverageCostToBeneficiaryException;
  CoverageReference: fhir4.Reference;
  DataRequirement: fhir4.DataRequirement;
  DataRequirementCodeFilter: fhir4.DataRequirementCodeFilter;
  DataRequirementDateFilter: fhir4.DataRequirementDateFilter;
  DataRequirementSort: fhir4.DataRequirementSort;
  Distance: fhir4.Distance;
  Dosage: fhir4.Dosage;
  DosageDoseAndRate: fhir4.DosageDoseAndRate;
  Duration: fhir4.Duration;
  Element: fhir4.Element;
  Endpoint: fhir4.Endpoint;
  EndpointReference: fhir4.Reference;
  ExplanationOfBenefit: fhir4.ExplanationOfBenefit;
  ExplanationOfBenefitAccident: fhir4.ExplanationOfBenefitAccident;
  ExplanationOfBenefitAddItem: fhir4.ExplanationOfBenefitAddItem;
  ExplanationOfBenefitAddItemDetail: fhir4.ExplanationOfBenefitAddItemDetail;
  ExplanationOfBenefitAddItemDetailSubDetail: fhir4.ExplanationOfBenefitAddItemDetailSubDetail;
  ExplanationOfBenefitBenefitBalance: fhir4.ExplanationOfBenefitBenefitBalance;
  ExplanationOfBenefitBenefitBalanceFinancial: fhir4.ExplanationOfBenefitBenefitBalanceFinancial;
  ExplanationOfBenefitCareTeam: fhir4.ExplanationOfBenefitCareTeam;
  ExplanationOfBenefitDiagnosis: fhir4.ExplanationOfBenefitDiagnosis;
  ExplanationOfBenefitInsurance: fhir4.ExplanationOfBenefitInsurance;
  ExplanationOfBenefitItem: fhir4.ExplanationOfBenefitItem;
  ExplanationOfBenefitItemAdjudication: fhir4.ExplanationOfBenefitItemAdjudication;
  ExplanationOfBenefitItemDetail: fhir4.ExplanationOfBenefitItemDetail;
  ExplanationOfBenefitItemDetailSubDetail: fhir4.ExplanationOfBenefitItemDetailSubDetail;
  ExplanationOfBenefitPayee: fhir4.ExplanationOfBenefitPayee;
  ExplanationOfBenefitPayment: fhir4.ExplanationOfBenefitPayment;
  ExplanationOfBenefitProcedure: fhir4.ExplanationOfBenefitProcedure;
  ExplanationOfBenefitProcessNote: fhir4.ExplanationOfBenefitProcessNote;
  ExplanationOfBenefitRelated: fhir4.ExplanationOfBenefitRelated;
  ExplanationOfBenefitSupportingInfo: fhir4.ExplanationOfBenefitSupportingInfo;
  ExplanationOfBenefitTotal: fhir4.ExplanationOfBenefitTotal;
  Expression: fhir4.Expression;
  Extension: fhir4.Extension;
  FormularyItem: FormularyItem;
  Geolocation: fhir4.Extension;
  HealthcareService: fhir4.HealthcareService;
  HealthcareServiceAvailableTime: fhir4.HealthcareServiceAvailableTime;
  HealthcareServiceEligibility: fhir4.HealthcareServiceEligibility;
  HealthcareServiceNotAvailable: fhir4.HealthcareServiceNotAvailable;
  HealthcareServiceOrInsurancePlanOrLocationOrOrganizationReference: fhir4.Reference;
  HealthcareServiceReference: fhir4.Reference;
  HumanName: fhir4.HumanName;
  Identifier: fhir4.Identifier;
  InsurancePlan: fhir4.InsurancePlan;
  InsurancePlanContact: fhir4.InsurancePlanContact;
  InsurancePlanCoverage: fhir4.InsurancePlanCoverage;
  InsurancePlanCoverageBenefit: fhir4.InsurancePlanCoverageBenefit;
  InsurancePlanCoverageBenefitLimit: fhir4.InsurancePlanCoverageBenefitLimit;
  InsurancePlanPlan: fhir4.InsurancePlanPlan;
  InsurancePlanPlanGeneralCost: fhir4.InsurancePlanPlanGeneralCost;
  InsurancePlanPlanSpecificCost: fhir4.InsurancePlanPlanSpecificCost;
  InsurancePlanPlanSpecificCostBenefit: fhir4.InsurancePlanPlanSpecificCostBenefit;
  InsurancePlanPlanSpecificCostBenefitCost: fhir4.InsurancePlanPlanSpecificCostBenefitCost;
  InsurancePlanReference: fhir4.Reference;
  Location: fhir4.Location;
  LocationHoursOfOperation: fhir4.LocationHoursOfOperation;
  LocationPosition: fhir4.LocationPosition;
  LocationReference: fhir4.Reference;
  Medication: fhir4.Medication;
  MedicationBatch: fhir4.MedicationBatch;
  MedicationIngredient: fhir4.MedicationIngredient;
  MedicationKnowledge: fhir4.MedicationKnowledge;
  MedicationKnowledgeAdministrationGuidelines: fhir4.MedicationKnowledgeAdministrationGuidelines;
  MedicationKnowledgeAdministrationGuidelinesDosage: fhir4.MedicationKnowledgeAdministrationGuidelinesDosage;
  MedicationKnowledgeAdministrationGuidelinesPatientCharacteristics: fhir4.MedicationKnowledgeAdministrationGuidelinesPatientCharacteristics;
  MedicationKnowledgeCost: fhir4.MedicationKnowledgeCost;
  MedicationKnowledgeDrugCharacteristic: fhir4.MedicationKnowledgeDrugCharacteristic;
  MedicationKnowledgeIngredient: fhir4.MedicationKnowledgeIngredient;
  MedicationKnowledgeKinetics: fhir4.MedicationKnowledgeKinetics;
  MedicationKnowledgeMedicineClassification: fhir4.MedicationKnowledgeMedicineClassification;
  MedicationKnowledgeMonitoringProgram: fhir4.MedicationKnowledgeMonitoringProgram;
  MedicationKnowledgeMonograph: fhir4.MedicationKnowledgeMonograph;
  MedicationKnowledgePackaging: fhir4.MedicationKnowledgePackaging;
  MedicationKnowledgeReference: fhir4.Reference;
  MedicationKnowledgeRegulatory: fhir4.MedicationKnowledgeRegulatory;
  MedicationKnowledgeRegulatoryMaxDispense: fhir4.MedicationKnowledgeRegulatoryMaxDispense;
  MedicationKnowledgeRegulatorySchedule: fhir4.MedicationKnowledgeRegulatorySchedule;
  MedicationKnowledgeRegulatorySubstitution: fhir4.MedicationKnowledgeRegulatorySubstitution;
  MedicationKnowledgeRelatedMedicationKnowledge: fhir4.MedicationKnowledgeRelatedMedicationKnowledge;
  MedicationReference: fhir4.Reference;
  Meta: fhir4.Meta;
  Money: fhir4.Money;
  Narrative: fhir4.Narrative;
  NewPatients: fhir4.Extension;
  Organization: fhir4.Organization;
  OrganizationAffiliation: fhir4.OrganizationAffiliation;
  OrganizationContact: fhir4.OrganizationContact;
  OrganizationOrPatientOrPractitionerOrPractitionerRoleOrRelatedPersonReference: fhir4.Reference;
  OrganizationOrPatientOrPractitionerOrRelatedPersonReference: fhir4.Reference;
  OrganizationOrPatientOrRelatedPersonReference: fhir4.Reference;
  OrganizationOrPractitionerOrPractitionerRoleReference: fhir4.Reference;
  OrganizationReference: fhir4.Reference;
  ParameterDefinition: fhir4.ParameterDefinition;
  Patient: fhir4.Patient;
  PatientCommunication: fhir4.PatientCommunication;
  PatientContact: fhir4.PatientContact;
  PatientLink: fhir4.PatientLink;
  PatientOrRelatedPersonReference: fhir4.Reference;
  PatientReference: fhir4.Reference;
  Period: fhir4.Period;
  Practitioner: fhir4.Practitioner;
  PractitionerOrPractitionerRoleReference: fhir4.Reference;
  PractitionerQualification: fhir4.PractitionerQualification;
  PractitionerReference: fhir4.Reference;
  PractitionerRole: fhir4.PractitionerRole;
  PractitionerRoleAvailableTime: fhir4.PractitionerRoleAvailableTime;
  PractitionerRoleNotAvailable: fhir4.PractitionerRoleNotAvailable;
  Quantity: fhir4.Quantity;
  QuantityLimitDetail: fhir4.Extension;
  Range: fhir4.Range;
  Ratio: fhir4.Ratio;
  Reference: fhir4.Reference;
  RelatedArtifact: fhir4.RelatedArtifact;
  RelatedPerson: fhir4.RelatedPerson;
  RelatedPersonCommunication: fhir4.RelatedPersonCommunication;
  SampledData: fhir4.SampledData;
  Signature: fhir4.Signature;
  Timing: fhir4.Timing;
  TimingRepeat: fhir4.TimingRepeat;
  TriggerDefinition: fhir4.TriggerDefinition;
  UsageContext: fhir4.UsageContext;
}

/**
 * The FHIR model of a generated GraphQL type, found by its `__typename`;
 * a type with no FHIR model maps to itself.
 */
export type FhirModel<T> = T extends { __typename?: infer Name }
  ? Name extends keyof FhirModels
    ? FhirModels[Name]
    : T
  : T;
