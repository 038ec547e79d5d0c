/**
 * Typed access to `JSON.rawJSON` and `JSON.isRawJSON` (TC39 "JSON.parse
 * source text access", present in Node 24; checked on 24.21). TypeScript's
 * ES2023 lib does not declare them yet.
 */

/** A frozen value that `JSON.stringify` writes as its stored JSON text. */
export interface RawJson {
  readonly rawJSON: string;
}

interface JsonWithRawText {
  rawJSON(text: string): RawJson;
  isRawJSON(value: unknown): value is RawJson;
}

const json = JSON as unknown as JsonWithRawText;

/** Wraps JSON number text so that it serializes back unchanged. */
export function rawJson(text: string): RawJson {
  return json.rawJSON(text);
}

/** True for values created by `rawJson` or by `JSON.rawJSON`. */
export function isRawJson(value: unknown): value is RawJson {
  return json.isRawJSON(value);
}
