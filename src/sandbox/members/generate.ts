import type { Coverage, ExplanationOfBenefit, Patient } from 'fhir/r4';
import { checkDate } from './dates';
import type { ProviderDirectory } from './directory';
import { buildMemberClaims, type CoverageTarget } from './eob/member-claims';
import { newHousehold, type Household } from './household';
import { buildCoverages, buildPatient, type MemberIdentity } from './member';
import { memberRandom, type SeededRandom } from './random';

/** Members generated when no count is given: `npm start` and the sandbox load these. */
export const DEFAULT_MEMBER_COUNT = 200;
/** Seed used when none is given, so every run produces the same members. */
export const DEFAULT_MEMBER_SEED = 2026;
/** The default reference day: claims cover the three years before it. */
export const DEFAULT_TODAY = '2026-11-30';
/** Upper bound of `count`; member ids have five digits. */
export const MAX_MEMBER_COUNT = 99_999;

/** A resource the generator writes. */
export type GeneratedResource = Patient | Coverage | ExplanationOfBenefit;

/** Options of `generateMembers`. */
export interface GenerateMembersOptions {
  count: number;
  seed: number;
  directory: ProviderDirectory;
  /** Reference day as YYYY-MM-DD; no clock is read. */
  today?: string;
}

/**
 * Generates synthetic members: for each, a Patient, one or two Coverages
 * and 10 to 40 CARIN BB ExplanationOfBenefits of the three years before
 * `today`, covering all five claim types. Every fourth member is a
 * dependent (spouse or child) in the household of the member before.
 *
 * The output is a pure function of the options: the same options give the
 * same resources in the same order, and member N does not depend on
 * `count`.
 */
export function generateMembers(
  options: GenerateMembersOptions,
): GeneratedResource[] {
  const { count, seed, directory } = checkOptions(options);
  const today = checkDate(options.today ?? DEFAULT_TODAY, 'today');
  const width = Math.max(4, String(count).length);
  const resources: GeneratedResource[] = [];
  let household: Household | undefined;
  for (let memberNumber = 1; memberNumber <= count; memberNumber++) {
    const rng = memberRandom(seed, memberNumber);
    const patientId = `member-${String(memberNumber).padStart(width, '0')}`;
    const joins = household !== undefined && memberNumber % 4 === 0;
    household =
      joins && household
        ? { ...household, size: household.size + 1 }
        : newHousehold(rng, directory, today, memberNumber, patientId);
    const member: MemberIdentity = {
      memberNumber,
      patientId,
      relationship: !joins ? 'self' : rng.chance(0.5) ? 'spouse' : 'child',
      personCode: String(household.size).padStart(2, '0'),
    };
    resources.push(
      ...memberResources(rng, directory, today, household, member),
    );
  }
  return resources;
}

function memberResources(
  rng: SeededRandom,
  directory: ProviderDirectory,
  today: string,
  household: Household,
  member: MemberIdentity,
): GeneratedResource[] {
  const patient = buildPatient(rng, today, household, member);
  const coverages = buildCoverages(household, member);
  const [medical, dental] = coverages;
  const claims = buildMemberClaims(rng, directory, today, {
    memberNumber: member.memberNumber,
    patientId: member.patientId,
    subscriberPatientId: household.subscriberPatientId,
    medical: coverageTarget(medical, household),
    ...(dental ? { dental: coverageTarget(dental, household) } : {}),
  });
  return [patient, ...coverages, ...claims];
}

function coverageTarget(
  coverage: Coverage | undefined,
  household: Household,
): CoverageTarget {
  if (!coverage?.id) {
    throw new Error(
      `Member of subscriber ${household.subscriberPatientId} has no medical coverage`,
    );
  }
  return { id: coverage.id, payer: household.plan.payer };
}

function checkOptions(options: GenerateMembersOptions): GenerateMembersOptions {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_MEMBER_COUNT) {
    throw new RangeError(
      `count must be an integer from 1 to ${MAX_MEMBER_COUNT}, got ${count}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(
      `seed must be an integer from 0 to 4294967295, got ${seed}`,
    );
  }
  return options;
}
