import { addDays } from '../dates';
import type { SeededRandom } from '../random';
import { CLAIM_KINDS, type ClaimKind } from './claim-draft';
import { pickInpatientStay, type InpatientStay } from './institutional';

/** When a claim's service happened, and what kind of claim it is. */
export type ClaimPlan = { start: string; end: string } & (
  | { kind: 'inpatient'; stay: InpatientStay }
  | { kind: Exclude<ClaimKind, 'inpatient'> }
);

/** Share of each claim type among the claims after the first five. */
const WEIGHTS: ReadonlyArray<[ClaimKind, number]> = [
  ['professional', 0.4],
  ['pharmacy', 0.35],
  ['outpatient', 0.1],
  ['oral', 0.1],
  ['inpatient', 0.05],
];

/** Days of history: claims start within the last three years. */
const HISTORY_DAYS = 3 * 365;
/** Claims start at least this many days before `today`, so they are paid by then. */
const SETTLEMENT_DAYS = 30;

/**
 * Plans `count` claims (at least five) in date order: one of each CARIN claim
 * type, then random types by `WEIGHTS`, each starting on a random day of
 * the three years before `today`.
 */
export function planClaims(
  rng: SeededRandom,
  today: string,
  count: number,
): ClaimPlan[] {
  const kinds = [...CLAIM_KINDS];
  while (kinds.length < count) {
    kinds.push(weightedKind(rng));
  }
  const firstDay = addDays(today, -HISTORY_DAYS);
  const plans = kinds.map((kind) => {
    const start = addDays(firstDay, rng.int(0, HISTORY_DAYS - SETTLEMENT_DAYS));
    return planOf(rng, kind, start);
  });
  return plans.sort(
    (a, b) =>
      compare(a.start, b.start) ||
      CLAIM_KINDS.indexOf(a.kind) - CLAIM_KINDS.indexOf(b.kind),
  );
}

function planOf(rng: SeededRandom, kind: ClaimKind, start: string): ClaimPlan {
  if (kind === 'inpatient') {
    const stay = pickInpatientStay(rng);
    return { kind, stay, start, end: addDays(start, stay.nights) };
  }
  return { kind, start, end: start };
}

function weightedKind(rng: SeededRandom): ClaimKind {
  let roll = rng.next();
  for (const [kind, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) {
      return kind;
    }
  }
  return 'professional';
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
