import type { Coverage, Patient } from 'fhir/r4';
import {
  ACT_CODE,
  C4BB_IDENTIFIER_TYPE,
  COVERAGE_CLASS,
  SANDBOX_IDENTIFIER_BASE,
  SUBSCRIBER_RELATIONSHIP,
  V2_0203,
} from './codes/systems';
import { toDateTime } from './dates';
import { FEMALE_NAMES, MALE_NAMES } from './demographics';
import { carinProfile, concept } from './eob/elements';
import { birthDate, type Household } from './household';
import type { SeededRandom } from './random';

/** System of the member ids printed on member cards. */
export const MEMBER_ID_SYSTEM = `${SANDBOX_IDENTIFIER_BASE}/member-id`;
const UNIQUE_MEMBER_ID_SYSTEM = `${SANDBOX_IDENTIFIER_BASE}/unique-member-id`;

/** A member's relationship to the subscriber (FHIR subscriber-relationship). */
export type Relationship = 'self' | 'spouse' | 'child';

/** One member of a household. */
export interface MemberIdentity {
  memberNumber: number;
  patientId: string;
  relationship: Relationship;
  /** Two-digit person code: 01 for the subscriber, 02 and up for dependents. */
  personCode: string;
}

const RELATIONSHIP_DISPLAY: Record<Relationship, string> = {
  self: 'Self',
  spouse: 'Spouse',
  child: 'Child',
};

/** Returns the id on the member's card: subscriber id and person code. */
export function memberId(household: Household, member: MemberIdentity): string {
  return `${household.subscriberId}-${member.personCode}`;
}

/**
 * Builds the member's Patient (CARIN C4BB Patient) with a synthetic name,
 * the household's address and phone, and the member id.
 */
export function buildPatient(
  rng: SeededRandom,
  today: string,
  household: Household,
  member: MemberIdentity,
): Patient {
  const female = rng.chance(0.5);
  const [minAge, maxAge] = member.relationship === 'child' ? [1, 17] : [26, 64];
  return {
    resourceType: 'Patient',
    id: member.patientId,
    meta: {
      versionId: '1',
      lastUpdated: toDateTime(household.coverageStart),
      profile: [carinProfile('C4BB-Patient')],
    },
    identifier: [
      {
        type: concept(V2_0203, 'MB', 'Member Number'),
        system: MEMBER_ID_SYSTEM,
        value: memberId(household, member),
      },
      {
        type: concept(C4BB_IDENTIFIER_TYPE, 'um', 'Unique Member ID'),
        system: UNIQUE_MEMBER_ID_SYSTEM,
        value: `U${rng.digits(6)}${String(member.memberNumber).padStart(5, '0')}`,
      },
    ],
    active: true,
    name: [
      {
        use: 'official',
        family: household.familyName,
        given: [rng.pick(female ? FEMALE_NAMES : MALE_NAMES)],
      },
    ],
    telecom: [
      {
        system: 'phone',
        value: `(${household.areaCode}) 555-01${rng.digits(2)}`,
        use: 'home',
      },
    ],
    gender: female ? 'female' : 'male',
    birthDate: birthDate(rng, today, minAge, maxAge),
    address: [household.address],
  };
}

/**
 * Builds the member's Coverages (CARIN C4BB Coverage): the medical plan
 * (`<patient id>-cov-1`) and, where the household has it, dental coverage
 * (`<patient id>-cov-2`) from the same payer.
 */
export function buildCoverages(
  household: Household,
  member: MemberIdentity,
): Coverage[] {
  const { plan } = household;
  const medical: CoverageTerms = {
    number: 1,
    type: concept(ACT_CODE, 'HIP', 'health insurance plan policy'),
    plan: { value: plan.planId, name: plan.name },
    network: plan.networkName,
  };
  const dental: CoverageTerms = {
    number: 2,
    type: concept(ACT_CODE, 'DENTAL', 'dental care policy'),
    plan: { value: `${plan.planId}-DEN`, name: `${plan.payer.name} Dental` },
  };
  const terms = household.hasDental ? [medical, dental] : [medical];
  return terms.map((term) => coverage(household, member, term));
}

/** The terms that differ between a member's medical and dental Coverage. */
interface CoverageTerms {
  number: number;
  type: Coverage['type'];
  plan: { value: string; name: string };
  network?: string;
}

function coverage(
  household: Household,
  member: MemberIdentity,
  terms: CoverageTerms,
): Coverage {
  const subscriber = { reference: `Patient/${household.subscriberPatientId}` };
  return {
    resourceType: 'Coverage',
    id: `${member.patientId}-cov-${terms.number}`,
    meta: {
      versionId: '1',
      lastUpdated: toDateTime(household.coverageStart),
      profile: [carinProfile('C4BB-Coverage')],
    },
    identifier: [
      {
        type: concept(V2_0203, 'MB', 'Member Number'),
        system: MEMBER_ID_SYSTEM,
        value: memberId(household, member),
      },
    ],
    status: 'active',
    type: terms.type,
    policyHolder: subscriber,
    subscriber,
    subscriberId: household.subscriberId,
    beneficiary: { reference: `Patient/${member.patientId}` },
    dependent: member.personCode,
    relationship: concept(
      SUBSCRIBER_RELATIONSHIP,
      member.relationship,
      RELATIONSHIP_DISPLAY[member.relationship],
    ),
    period: { start: household.coverageStart },
    payor: [
      {
        reference: `Organization/${household.plan.payer.id}`,
        display: household.plan.payer.name,
      },
    ],
    class: [
      {
        type: concept(COVERAGE_CLASS, 'group', 'Group'),
        value: household.group.id,
        name: household.group.name,
      },
      { type: concept(COVERAGE_CLASS, 'plan', 'Plan'), ...terms.plan },
    ],
  };
}
