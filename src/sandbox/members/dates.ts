/**
 * Calendar arithmetic on FHIR `date` strings (YYYY-MM-DD) in UTC, so the
 * output does not depend on the machine's time zone.
 */
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the number of days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Returns the earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Returns a FHIR `dateTime` at noon UTC on `date`. */
export function toDateTime(date: string): string {
  return `${date}T12:00:00Z`;
}

/** Checks a YYYY-MM-DD date and returns it. */
export function checkDate(date: string, name: string): string {
  if (!DATE.test(date) || Number.isNaN(Date.parse(date))) {
    throw new RangeError(`${name} must be a date as YYYY-MM-DD, got "${date}"`);
  }
  return date;
}

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
