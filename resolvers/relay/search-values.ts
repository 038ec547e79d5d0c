/**
 * Escapes a caller's value for a FHIR search parameter, so that `,` (OR),
 * `$` (composite) and `\` lose their meaning, and `|` too unless
 * `keepSystem` lets a token value name its system as `system|code`
 * (FHIR R4 search.html#escaping).
 */
export function searchValue(value: string, keepSystem = false): string {
  const special = keepSystem ? /[\\,$]/g : /[\\,$|]/g;
  return value.replace(special, (character) => `\\${character}`);
}
