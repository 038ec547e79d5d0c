import { rawJson } from './raw-json';

/** Source text of the value the reviver is called for (Node 24 and later). */
interface ReviverContext {
  source?: string;
}

// A JSON string as a whole, or a number (group 1). Matching strings first
// keeps times such as "10:03" from reading as numbers.
const NUMBER_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|(-?\d[\d.eE+-]*)/g;

/**
 * Parses FHIR JSON so that every number serializes back exactly as written.
 * FHIR decimals carry their precision in the text (`1.50` is not `1.5`), and
 * a JavaScript number loses it. A number whose text differs from the text
 * JavaScript would print for it (`1.50`, `2.0`, `1e2`, digits beyond double
 * precision) becomes a `RawJson` value holding the original text, and every
 * other number stays a plain number. Code that does arithmetic on a decimal
 * must therefore accept `number | RawJson`.
 *
 * A reviver with source text access costs about five times a plain parse,
 * so text whose numbers all print back unchanged takes `JSON.parse` alone.
 */
export function parseFhirJson(text: string): unknown {
  return hasInexactNumber(text)
    ? JSON.parse(text, keepNumberText)
    : JSON.parse(text);
}

/** True when some number in `text` would not print back as written. */
function hasInexactNumber(text: string): boolean {
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const token = match[1];
    if (token !== undefined && String(Number(token)) !== token) {
      return true;
    }
  }
  return false;
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
