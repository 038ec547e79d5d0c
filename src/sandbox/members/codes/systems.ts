/**
 * Code and identifier systems, spelled as the CARIN Blue Button 2.0.0
 * examples spell them (data/fixtures/carin-bb/ig-stu2-examples).
 */
const CARIN = 'http://hl7.org/fhir/us/carin-bb';
const THO = 'http://terminology.hl7.org/CodeSystem';
const NUBC = 'https://www.nubc.org/CodeSystem';

export const CARIN_PROFILE = `${CARIN}/StructureDefinition`;
export const CARIN_VERSION = '2.0.0';

export const C4BB_IDENTIFIER_TYPE = `${CARIN}/CodeSystem/C4BBIdentifierType`;
export const C4BB_SUPPORTING_INFO = `${CARIN}/CodeSystem/C4BBSupportingInfoType`;
export const C4BB_ADJUDICATION = `${CARIN}/CodeSystem/C4BBAdjudication`;
export const C4BB_ADJUDICATION_DISCRIMINATOR = `${CARIN}/CodeSystem/C4BBAdjudicationDiscriminator`;
export const C4BB_PAYER_ADJUDICATION_STATUS = `${CARIN}/CodeSystem/C4BBPayerAdjudicationStatus`;
export const C4BB_CARE_TEAM_ROLE = `${CARIN}/CodeSystem/C4BBClaimCareTeamRole`;
export const C4BB_DIAGNOSIS_TYPE = `${CARIN}/CodeSystem/C4BBClaimDiagnosisType`;
export const C4BB_PROCEDURE_TYPE = `${CARIN}/CodeSystem/C4BBClaimProcedureType`;
export const C4BB_INSTITUTIONAL_SUBTYPE = `${CARIN}/CodeSystem/C4BBInstitutionalClaimSubType`;
export const C4BB_SURFACE = `${CARIN}/CodeSystem/C4BBSurfaceCodes`;

export const CLAIM_TYPE = `${THO}/claim-type`;
export const ADJUDICATION = `${THO}/adjudication`;
export const DIAGNOSIS_TYPE = `${THO}/ex-diagnosistype`;
export const PAYEE_TYPE = `${THO}/payeetype`;
export const PAYMENT_TYPE = `${THO}/ex-paymenttype`;
export const V2_0203 = `${THO}/v2-0203`;
export const COVERAGE_CLASS = `${THO}/coverage-class`;
export const SUBSCRIBER_RELATIONSHIP = `${THO}/subscriber-relationship`;
export const ACT_CODE = `${THO}/v3-ActCode`;
export const DAW_CODE = `${THO}/NCPDPDispensedAsWrittenOrProductSelectionCode`;
export const BRAND_GENERIC = `${THO}/NCPDPBrandGenericIndicator`;
export const RX_ORIGIN = `${THO}/NCPDPPrescriptionOriginCode`;
export const COMPOUND_CODE = `${THO}/NCPDPCompoundCode`;
export const TOOTH = `${THO}/ADAUniversalToothDesignationSystem`;

export const REVENUE_CODE = `${NUBC}/RevenueCodes`;
export const TYPE_OF_BILL = `${NUBC}/TypeOfBill`;
export const POINT_OF_ORIGIN = `${NUBC}/PointOfOrigin`;
export const ADMISSION_TYPE = `${NUBC}/PriorityTypeOfAdmitOrVisit`;
export const DISCHARGE_STATUS = `${NUBC}/PatDischargeStatus`;

export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const ICD10_PCS = 'http://www.cms.gov/Medicare/Coding/ICD10';
export const CPT = 'http://www.ama-assn.org/go/cpt';
export const HCPCS = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
export const CDT = 'http://www.ada.org/cdt';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const PLACE_OF_SERVICE =
  'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set';
export const NUCC = 'http://nucc.org/provider-taxonomy';
export const NPI = 'http://hl7.org/fhir/sid/us-npi';
export const DATA_ABSENT_REASON = `${THO}/data-absent-reason`;

/** Base of the synthetic identifier systems; example.org is reserved (RFC 2606). */
export const SANDBOX_IDENTIFIER_BASE = 'https://sandbox.example.org/fhir';
