/**
 * Splits `values` into runs whose comma-joined, percent-encoded form fits in
 * `budget` characters, keeping their order. A comma encodes as `%2C`, so
 * each value after the first costs its own length plus three. A single
 * value longer than the budget still gets a run of its own: dropping it
 * would lose a key, and the server decides whether the URL is too long.
 */
export function chunkByEncodedLength(
  values: readonly string[],
  budget: number,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of values) {
    const cost = encodeURIComponent(value).length + (current.length ? 3 : 0);
    if (current.length > 0 && length + cost > budget) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    length += current.length ? cost : encodeURIComponent(value).length;
    current.push(value);
  }
  if (current.length > 0) {
    chunks.push(current);
  }
  return chunks;
}
