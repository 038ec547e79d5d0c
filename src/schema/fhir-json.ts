import { rawJson } from './raw-json';

/** Source text of the value the reviver is called for (Node 24 and later). */
interface ReviverContext {
  source?: string;
}

/**
 * Parses FHIR JSON so that every number serializes back exactly as written.
 * FHIR decimals carry their precision in the text (`1.50` is not `1.5`), and
 * a JavaScript number loses it. A number whose text differs from the text
 * JavaScript would print for it (`1.50`, `2.0`, `1e2`, digits beyond double
 * precision) becomes a `RawJson` value holding the original text, and every
 * other number stays a plain number. Code that does arithmetic on a decimal
 * must therefore accept `number | RawJson`.
 */
export function parseFhirJson(text: string): unknown {
  return JSON.parse(text, keepNumberText);
}

function keepNumberText(
  _key: string,
  value: unknown,
  context?: ReviverContext,
): unknown {
  if (typeof value !== 'number' || context?.source === undefined) {
    return value;
  }
  return String(value) === context.source ? value : rawJson(context.source);
}
