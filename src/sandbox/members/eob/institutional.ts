import type { ExplanationOfBenefitProcedure } from 'fhir/r4';
import { INPATIENT } from '../codes/inpatient-scenarios';
import { OUTPATIENT } from '../codes/medical-scenarios';
import { procedureCoding, type ProcedureCode } from '../codes/diagnoses';
import type { InpatientScenario } from '../codes/service-lines';
import {
  ADMISSION_TYPE,
  C4BB_DIAGNOSIS_TYPE,
  C4BB_INSTITUTIONAL_SUBTYPE,
  C4BB_PROCEDURE_TYPE,
  DISCHARGE_STATUS,
  POINT_OF_ORIGIN,
  TYPE_OF_BILL,
} from '../codes/systems';
import { addDays, daysBetween } from '../dates';
import type { SeededRandom } from '../random';
import type {
  ClaimContext,
  ClaimDraft,
  SupportingInfoDraft,
} from './claim-draft';
import { costShare } from './cost-share';
import {
  carinProfile,
  claimType,
  concept,
  diagnoses,
  organizationReference,
  PRINCIPAL,
  serviceItem,
  supportingInfo,
} from './elements';

/** An inpatient scenario with the length of the stay. */
export interface InpatientStay {
  scenario: InpatientScenario;
  nights: number;
}

/** Picks an inpatient scenario and the number of nights of its stay. */
export function pickInpatientStay(rng: SeededRandom): InpatientStay {
  const scenario = rng.pick(INPATIENT);
  return {
    scenario,
    nights: rng.int(scenario.stayDays[0], scenario.stayDays[1]),
  };
}

/**
 * Builds an inpatient institutional claim (CARIN C4BB ExplanationOfBenefit
 * Inpatient Institutional) for a hospital stay from `ctx.start` to
 * `ctx.end`: admission period, type of bill 0111, ICD-10-PCS procedures and
 * revenue-coded lines, room and board charged per night.
 */
export function inpatientDraft(
  ctx: ClaimContext,
  scenario: InpatientScenario,
): ClaimDraft {
  const { rng, directory } = ctx;
  const hospital = rng.pick(directory.hospitals);
  const attending = rng.pick(directory.clinicians);
  const nights = Math.max(1, daysBetween(ctx.start, ctx.end));
  const careTeam: ClaimDraft['careTeam'] = [
    { clinician: attending, role: 'attending' },
  ];
  if (scenario.procedures.length > 0) {
    careTeam.push({
      clinician: rng.pick(directory.clinicians),
      role: 'operating',
    });
  }
  return {
    kind: 'inpatient',
    profile: carinProfile('C4BB-ExplanationOfBenefit-Inpatient-Institutional'),
    type: claimType('institutional', 'Institutional'),
    subType: {
      system: C4BB_INSTITUTIONAL_SUBTYPE,
      code: 'inpatient',
      display: 'Inpatient',
    },
    provider: organizationReference(hospital),
    careTeam,
    supportingInfo: [
      supportingInfo('admissionperiod', {
        timingPeriod: { start: ctx.start, end: ctx.end },
      }),
      ...billInfo(ctx, '0111', scenario.admissionType),
    ],
    diagnosis: diagnoses(scenario.diagnoses, PRINCIPAL, otherDiagnosis()),
    procedure: procedures(scenario.procedures, ctx.start),
    items: scenario.lines.map((line) =>
      line.perDay
        ? serviceItem(rng, line, ctx.start, {
            units: nights,
            period: { start: ctx.start, end: ctx.end },
          })
        : serviceItem(rng, line, addDays(ctx.start, rng.int(0, nights - 1))),
    ),
    costShare: costShare(rng, ctx.inNetwork, {
      copayDollars: 250,
      coinsuranceRate: 0.2,
      deductible: true,
    }),
    paidAtService: false,
  };
}

/**
 * Builds an outpatient institutional claim (CARIN C4BB ExplanationOfBenefit
 * Outpatient Institutional). A hospital bills emergency room visits, and an
 * outpatient facility bills same-day procedures and clinic visits. The bill
 * type is 0131 and lines carry a revenue code and a CPT or HCPCS code.
 */
export function outpatientDraft(ctx: ClaimContext): ClaimDraft {
  const { rng, directory } = ctx;
  const scenario = rng.pick(OUTPATIENT);
  const emergency = scenario.placeOfService === '23';
  const facility = emergency
    ? rng.pick(directory.hospitals)
    : rng.pick(directory.outpatientFacilities);
  return {
    kind: 'outpatient',
    profile: carinProfile('C4BB-ExplanationOfBenefit-Outpatient-Institutional'),
    type: claimType('institutional', 'Institutional'),
    subType: {
      system: C4BB_INSTITUTIONAL_SUBTYPE,
      code: 'outpatient',
      display: 'Outpatient',
    },
    provider: organizationReference(facility),
    careTeam: [
      { clinician: rng.pick(directory.clinicians), role: 'attending' },
    ],
    supportingInfo: billInfo(ctx, '0131', emergency ? '1' : '3'),
    diagnosis: diagnoses(scenario.diagnoses, PRINCIPAL, otherDiagnosis()),
    items: scenario.lines.map((line) => serviceItem(rng, line, ctx.start)),
    costShare: costShare(rng, ctx.inNetwork, {
      copayDollars: emergency ? 150 : 0,
      coinsuranceRate: 0.2,
      deductible: true,
    }),
    paidAtService: false,
  };
}

// The UB-04 fields CARIN carries as supporting information. Point of origin
// 1 is "non-health care facility" and discharge status 01 is "discharged to
// home or self care".
function billInfo(
  ctx: ClaimContext,
  typeOfBill: string,
  admissionType: string,
): SupportingInfoDraft[] {
  return [
    supportingInfo('clmrecvddate', { timingDate: ctx.received }),
    supportingInfo('typeofbill', { code: concept(TYPE_OF_BILL, typeOfBill) }),
    supportingInfo('pointoforigin', { code: concept(POINT_OF_ORIGIN, '1') }),
    supportingInfo('admtype', { code: concept(ADMISSION_TYPE, admissionType) }),
    supportingInfo('discharge-status', {
      code: concept(DISCHARGE_STATUS, '01'),
    }),
    supportingInfo('patientaccountnumber', {
      valueString: `PA${ctx.claimNumber.slice(-10)}`,
    }),
  ];
}

function otherDiagnosis() {
  return concept(C4BB_DIAGNOSIS_TYPE, 'other', 'Other');
}

function procedures(
  codes: readonly ProcedureCode[],
  date: string,
): ExplanationOfBenefitProcedure[] {
  return codes.map((code, index) => ({
    sequence: index + 1,
    type: [
      index === 0
        ? concept(C4BB_PROCEDURE_TYPE, 'principal', 'Principal')
        : concept(C4BB_PROCEDURE_TYPE, 'other', 'Other'),
    ],
    date,
    procedureCodeableConcept: { coding: [procedureCoding(code)] },
  }));
}
