import type { ExplanationOfBenefit } from 'fhir/r4';

/**
 * Sorts claims newest first by service date: `billablePeriod.start`, or
 * `created` when a claim has no billable period. Claims with neither come
 * last, and ties go by id, so all pages of one list share one total order. The sort is
 * done here rather than with `_sort`, because the claims arrive from one
 * search over many parents and FHIR servers differ in `_sort` support (the
 * sandbox ignores a second sort key).
 */
export function newestFirst(
  claims: readonly ExplanationOfBenefit[],
): ExplanationOfBenefit[] {
  return [...claims].sort(compareClaims);
}

function compareClaims(a: ExplanationOfBenefit, b: ExplanationOfBenefit) {
  const timeA = serviceTime(a);
  const timeB = serviceTime(b);
  if (timeA !== timeB) {
    return (timeB ?? -Infinity) - (timeA ?? -Infinity);
  }
  return compareIds(a.id, b.id);
}

/** Returns the service date in milliseconds since the epoch, a bare date as UTC midnight. */
function serviceTime(claim: ExplanationOfBenefit): number | undefined {
  const value = claim.billablePeriod?.start ?? claim.created;
  const time = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function compareIds(a: string | undefined, b: string | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
