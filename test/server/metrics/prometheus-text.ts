/** Samples of a Prometheus text exposition, by `name{labels}` key. */
export type Samples = ReadonlyMap<string, number>;

// name{label="value",...} value
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Parses the text format; keys list labels sorted by name. */
export function parseSamples(text: string): Samples {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = SAMPLE.exec(line);
    if (match === null || line.startsWith('#')) {
      continue;
    }
    const [, name = '', labelText = '', value = ''] = match;
    const labels = Object.fromEntries(
      [...labelText.matchAll(LABEL)].map(([, key = '', text = '']) => [
        key,
        text,
      ]),
    );
    samples.set(sampleKey(name, labels), Number(value));
  }
  return samples;
}

/** Builds the key of one sample, as `parseSamples` does. */
export function sampleKey(
  name: string,
  labels: Readonly<Record<string, string>> = {},
): string {
  const pairs = Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}="${value}"`);
  return `${name}{${pairs.join(',')}}`;
}

/** Reads `/metrics` of the service at `origin`. */
export async function scrape(origin: string): Promise<Samples> {
  const response = await fetch(`${origin}/metrics`);
  return parseSamples(await response.text());
}

/** Returns how much one sample grew from `before` to `after`. */
export function delta(
  before: Samples,
  after: Samples,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  const key = sampleKey(name, labels);
  return (after.get(key) ?? 0) - (before.get(key) ?? 0);
}
