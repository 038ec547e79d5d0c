import type { ExplanationOfBenefit } from 'fhir/r4';
import { addDays, minDate } from '../dates';
import type { DirectoryOrganization, ProviderDirectory } from '../directory';
import type { SeededRandom } from '../random';
import { assembleEob } from './assemble';
import type { ClaimContext, ClaimDraft, ReferenceStyle } from './claim-draft';
import { inpatientDraft, outpatientDraft } from './institutional';
import { oralDraft } from './oral';
import { pharmacyDraft } from './pharmacy';
import { planClaims, type ClaimPlan } from './plan';
import { professionalDraft } from './professional';

/** A Coverage that claims can point at. */
export interface CoverageTarget {
  id: string;
  payer: DirectoryOrganization;
}

/** The member whose claims are generated. */
export interface ClaimsMember {
  memberNumber: number;
  patientId: string;
  subscriberPatientId: string;
  medical: CoverageTarget;
  /** Oral claims go to the dental coverage when the member has one. */
  dental?: CoverageTarget;
}

/** Every seventh claim uses one of the payer reference styles, in turn. */
const STYLE_INTERVAL = 7;
const STYLES: readonly ReferenceStyle[] = [
  'contained',
  'versioned',
  'display-only',
];

/** Share of medical and dental claims from in-network providers. */
const IN_NETWORK_RATE = 0.9;

/**
 * Generates 10 to 40 ExplanationOfBenefits for one member, numbered in date
 * order (`<patient id>-eob-001` is the oldest).
 */
export function buildMemberClaims(
  rng: SeededRandom,
  directory: ProviderDirectory,
  today: string,
  member: ClaimsMember,
): ExplanationOfBenefit[] {
  const plans = planClaims(rng, today, rng.int(10, 40));
  return plans.map((plan, index) => {
    const ctx = claimContext(rng, directory, today, member, plan, index + 1);
    return assembleEob(ctx, draftOf(ctx, plan));
  });
}

function claimContext(
  rng: SeededRandom,
  directory: ProviderDirectory,
  today: string,
  member: ClaimsMember,
  plan: ClaimPlan,
  claimIndex: number,
): ClaimContext {
  const coverage =
    plan.kind === 'oral' && member.dental ? member.dental : member.medical;
  // Received within 10 days of the last service day, adjudicated within 20
  // days of receipt and paid within a week, never after `today`.
  const received = minDate(today, addDays(plan.end, rng.int(1, 10)));
  const created = minDate(today, addDays(received, rng.int(1, 20)));
  const paid = minDate(today, addDays(created, rng.int(0, 7)));
  const claimSuffix = String(claimIndex).padStart(3, '0');
  return {
    rng,
    directory,
    eobId: `${member.patientId}-eob-${claimSuffix}`,
    claimNumber: `${plan.start.replaceAll('-', '')}${String(member.memberNumber).padStart(5, '0')}${claimSuffix}`,
    patientId: member.patientId,
    subscriberPatientId: member.subscriberPatientId,
    coverageId: coverage.id,
    payer: coverage.payer,
    start: plan.start,
    end: plan.end,
    received,
    created,
    paid,
    inNetwork: plan.kind === 'pharmacy' || rng.chance(IN_NETWORK_RATE),
    style: styleOf(claimIndex),
  };
}

function styleOf(claimIndex: number): ReferenceStyle | undefined {
  if (claimIndex % STYLE_INTERVAL !== 0) {
    return undefined;
  }
  return STYLES[(claimIndex / STYLE_INTERVAL - 1) % STYLES.length];
}

function draftOf(ctx: ClaimContext, plan: ClaimPlan): ClaimDraft {
  switch (plan.kind) {
    case 'inpatient':
      return inpatientDraft(ctx, plan.stay.scenario);
    case 'outpatient':
      return outpatientDraft(ctx);
    case 'professional':
      return professionalDraft(ctx);
    case 'pharmacy':
      return pharmacyDraft(ctx);
    case 'oral':
      return oralDraft(ctx);
    default: {
      const unknown: never = plan;
      throw new Error(`Unknown claim plan ${JSON.stringify(unknown)}`);
    }
  }
}
