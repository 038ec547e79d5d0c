import type { Address } from 'fhir/r4';
import { addDays } from './dates';
import {
  EMPLOYERS,
  FAMILY_NAMES,
  STREETS,
  TOWNS_BY_STATE,
  type Town,
} from './demographics';
import type { DirectoryPlan, ProviderDirectory } from './directory';
import type { SeededRandom } from './random';

/** The data that the members of one subscriber's household share. */
export interface Household {
  subscriberNumber: number;
  subscriberPatientId: string;
  /** The subscriber's id on the member card; members add a person code. */
  subscriberId: string;
  familyName: string;
  address: Address;
  areaCode: string;
  plan: DirectoryPlan;
  group: { id: string; name: string };
  /** First day of the household's coverage. */
  coverageStart: string;
  hasDental: boolean;
  /** Members so far, the subscriber included. */
  size: number;
}

/**
 * Starts the household of a new subscriber: a plan from the directory, an
 * address in the plan's state and coverage that began 3 to 8 years before
 * `today`, on January 1.
 */
export function newHousehold(
  rng: SeededRandom,
  directory: ProviderDirectory,
  today: string,
  subscriberNumber: number,
  subscriberPatientId: string,
): Household {
  const plan = rng.pick(directory.plans);
  const { state, town } = pickTown(rng, plan.state);
  const startYear = Number(today.slice(0, 4)) - rng.int(3, 8);
  return {
    subscriberNumber,
    subscriberPatientId,
    subscriberId: `SBX${rng.digits(3)}${String(subscriberNumber).padStart(5, '0')}`,
    familyName: rng.pick(FAMILY_NAMES),
    address: {
      use: 'home',
      type: 'physical',
      line: [`${rng.int(1, 999)} ${rng.pick(STREETS)}`],
      city: town.city,
      state,
      postalCode: town.postalCode,
      country: 'US',
    },
    areaCode: town.areaCode,
    plan,
    group: { id: `GRP${rng.digits(5)}`, name: rng.pick(EMPLOYERS) },
    coverageStart: `${startYear}-01-01`,
    hasDental: rng.chance(0.6),
    size: 1,
  };
}

// Plans of states without a town list get Connecticut addresses.
function pickTown(
  rng: SeededRandom,
  planState: string,
): { state: string; town: Town } {
  const towns = TOWNS_BY_STATE[planState];
  if (towns) {
    return { state: planState, town: rng.pick(towns) };
  }
  return { state: 'CT', town: rng.pick(TOWNS_BY_STATE.CT ?? []) };
}

/** Returns a birth date for someone `minAge` to `maxAge` years old on `today`. */
export function birthDate(
  rng: SeededRandom,
  today: string,
  minAge: number,
  maxAge: number,
): string {
  return addDays(today, -(rng.int(minAge, maxAge) * 365 + rng.int(0, 364)));
}
