import type {
  CodeableConcept,
  Coding,
  ExplanationOfBenefitDiagnosis,
  Period,
  Reference,
} from 'fhir/r4';
import { diagnosisCoding, type DiagnosisCode } from '../codes/diagnoses';
import {
  PLACES_OF_SERVICE,
  type PlaceOfService,
  type ServiceLine,
} from '../codes/service-lines';
import {
  C4BB_DIAGNOSIS_TYPE,
  C4BB_SUPPORTING_INFO,
  CARIN_PROFILE,
  CARIN_VERSION,
  CLAIM_TYPE,
  DATA_ABSENT_REASON,
  DIAGNOSIS_TYPE,
  PLACE_OF_SERVICE,
  REVENUE_CODE,
} from '../codes/systems';
import type { DirectoryOrganization } from '../directory';
import type { SeededRandom } from '../random';
import type { ItemDraft, SupportingInfoDraft } from './claim-draft';

/** Returns the versioned canonical URL of a CARIN BB profile. */
export function carinProfile(name: string): string {
  return `${CARIN_PROFILE}/${name}|${CARIN_VERSION}`;
}

/** Returns a coding of the FHIR claim-type code system. */
export function claimType(code: string, display: string): Coding {
  return { system: CLAIM_TYPE, code, display };
}

/** Returns a literal reference to a directory Organization. */
export function organizationReference(
  organization: DirectoryOrganization,
): Reference {
  return {
    reference: `Organization/${organization.id}`,
    display: organization.name,
  };
}

/** Returns a supporting information entry of a C4BBSupportingInfoType category. */
export function supportingInfo(
  category: string,
  value: Omit<SupportingInfoDraft, 'category'> = {},
): SupportingInfoDraft {
  return {
    category: { coding: [{ system: C4BB_SUPPORTING_INFO, code: category }] },
    ...value,
  };
}

/** Returns a CodeableConcept with one coding. */
export function concept(
  system: string,
  code: string,
  display?: string,
): CodeableConcept {
  return { coding: [{ system, code, ...(display ? { display } : {}) }] };
}

/**
 * Returns the diagnoses of a claim: the first with `firstType` (e.g.
 * principal), the others with `otherType` (secondary unless given).
 */
export function diagnoses(
  codes: readonly DiagnosisCode[],
  firstType: CodeableConcept,
  otherType = concept(C4BB_DIAGNOSIS_TYPE, 'secondary', 'Secondary'),
): ExplanationOfBenefitDiagnosis[] {
  return codes.map((code, index) => ({
    sequence: index + 1,
    diagnosisCodeableConcept: { coding: [diagnosisCoding(code)] },
    type: [index === 0 ? firstType : otherType],
  }));
}

/** The principal diagnosis type of `http://terminology.hl7.org/CodeSystem/ex-diagnosistype`. */
export const PRINCIPAL = concept(
  DIAGNOSIS_TYPE,
  'principal',
  'Principal Diagnosis',
);

/** Options of `serviceItem`. */
export interface ServiceItemOptions {
  /** Units billed, e.g. nights of a per-day room line; the charge is per unit. */
  units?: number;
  placeOfService?: PlaceOfService;
  /** Service period of per-day lines, in place of the single `date`. */
  period?: Period;
}

/**
 * Returns the item of one service line on `date`, with a random charge in
 * the line's range for each unit.
 */
export function serviceItem(
  rng: SeededRandom,
  line: ServiceLine,
  date: string,
  options: ServiceItemOptions = {},
): ItemDraft {
  const units = options.units ?? 1;
  const item: ItemDraft = {
    productOrService: productOrService(line),
    ...(options.period
      ? { servicedPeriod: options.period }
      : { servicedDate: date }),
    chargeCents: units * rng.int(line.charge[0] * 100, line.charge[1] * 100),
  };
  if (line.revenue) {
    // Revenue codes carry the line text only where no procedure code does.
    const text = line.service ? {} : { text: line.text };
    item.revenue = {
      coding: [{ system: REVENUE_CODE, code: line.revenue }],
      ...text,
    };
  }
  if (units > 1) {
    item.quantity = { value: units };
  }
  if (options.placeOfService) {
    const code = options.placeOfService;
    item.locationCodeableConcept = concept(
      PLACE_OF_SERVICE,
      code,
      PLACES_OF_SERVICE[code],
    );
  }
  return item;
}

function productOrService(line: ServiceLine): CodeableConcept {
  if (!line.service) {
    // Room and other revenue-only lines have no procedure code; CARIN uses
    // data-absent-reason "not-applicable" for them.
    return concept(DATA_ABSENT_REASON, 'not-applicable', 'Not Applicable');
  }
  return {
    coding: [{ system: line.service.system, code: line.service.code }],
    text: line.text,
  };
}
