const MAX_SHOWN = 120;

/**
 * Writes a configuration value for an error message: strings in quotes,
 * other JSON values as JSON, cut to 120 characters.
 */
export function describeValue(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
