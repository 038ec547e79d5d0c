/**
 * Names of generated types and fields. Field names follow FHIR JSON, and
 * generated type names follow the FHIR convention of joining path segments.
 */

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Type name of a backbone element: its path with each segment capitalised,
 * as `ExplanationOfBenefit.item.adjudication` gives
 * `ExplanationOfBenefitItemAdjudication`.
 */
export function backboneTypeName(path: string): string {
  return path.split('.').map(upperFirst).join('');
}

/** True for a choice element such as `value[x]`. */
export function isChoiceElement(name: string): boolean {
  return name.endsWith('[x]');
}

/**
 * JSON name of one type of a choice element, as FHIR JSON spells it:
 * `serviced[x]` with type `Period` gives `servicedPeriod`.
 */
export function choiceFieldName(name: string, typeCode: string): string {
  return name.replace('[x]', upperFirst(typeCode));
}

/** Name of the field that carries the id and extensions of a primitive. */
export function primitiveElementFieldName(fieldName: string): string {
  return `_${fieldName}`;
}

/**
 * GraphQL argument name of a FHIR search parameter code. The FHIR GraphQL
 * page replaces `-`, which GraphQL names cannot contain, with `_`.
 */
export function searchArgumentName(code: string): string {
  return code.replace(/-/g, '_');
}

/**
 * Name of the Reference type for a set of target resource types, sorted so
 * that one set always gets one name: `PatientReference`,
 * `OrganizationOrPractitionerOrPractitionerRoleReference`, or `Reference`
 * when no target type is served by this API.
 */
export function referenceTypeName(targets: readonly string[]): string {
  return `${targetUnionName(targets)}Reference`;
}

/** Name of the union of several target types, or the single type itself. */
export function targetUnionName(targets: readonly string[]): string {
  return [...targets].sort().join('Or');
}
