import type { OperationOutcome } from 'fhir/r4';

/**
 * Returns `value` when it has the shape of an OperationOutcome (a
 * `resourceType` of "OperationOutcome" and an `issue` array), else undefined.
 */
export function asOperationOutcome(
  value: unknown,
): OperationOutcome | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const isOutcome =
    Reflect.get(value, 'resourceType') === 'OperationOutcome' &&
    Array.isArray(Reflect.get(value, 'issue'));
  return isOutcome ? (value as OperationOutcome) : undefined;
}

const MAX_DIAGNOSTICS = 200;

/** Returns the first issue's diagnostics or details text, shortened. */
export function firstDiagnostics(
  outcome: OperationOutcome | undefined,
): string | undefined {
  const issue = outcome?.issue[0];
  const text = issue?.diagnostics ?? issue?.details?.text;
  if (text === undefined) {
    return undefined;
  }
  return text.length > MAX_DIAGNOSTICS
    ? `${text.slice(0, MAX_DIAGNOSTICS)}…`
    : text;
}
