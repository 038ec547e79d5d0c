import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEFAULT_DATA_DIR, loadDataSets } from '../data/load';
import { directoryFromSets } from '../data/member-set';
import {
  DEFAULT_MEMBER_COUNT,
  DEFAULT_MEMBER_SEED,
  DEFAULT_TODAY,
  generateMembers,
  type GeneratedResource,
} from './generate';

export const USAGE = `Usage: npm run data:members -- [options]

Writes synthetic members (Patient, Coverage, ExplanationOfBenefit) as gzipped
NDJSON. The sandbox generates the same members at start, so the file is for
loading them into another FHIR server or for reading.

Options:
  --count N      members to generate, 1 to 99999 (default ${DEFAULT_MEMBER_COUNT})
  --seed S       seed of the generator, 0 to 4294967295 (default ${DEFAULT_MEMBER_SEED})
  --today DATE   reference day as YYYY-MM-DD; claims cover the 3 years before it (default ${DEFAULT_TODAY})
  --out FILE     output file (default data/generated/members.ndjson.gz)
  --data-dir DIR data folder with sets.json (default the repository's data/)
  --help         print this text
`;

/** The parsed command line. */
export interface MembersCliOptions {
  count: number;
  seed: number;
  today: string;
  out: string;
  dataDir: string;
}

/** Parses the command line; returns undefined for `--help`. */
export function parseMembersArgs(
  argv: readonly string[],
): MembersCliOptions | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    return undefined;
  }
  const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
  return {
    count: integerOption('--count', values.count, DEFAULT_MEMBER_COUNT),
    seed: integerOption('--seed', values.seed, DEFAULT_MEMBER_SEED),
    today: values.today ?? DEFAULT_TODAY,
    out: values.out ?? path.join(dataDir, 'generated', 'members.ndjson.gz'),
    dataDir,
  };
}

function integerOption(
  name: string,
  text: string | undefined,
  fallback: number,
): number {
  if (text === undefined) {
    return fallback;
  }
  if (!/^\d+$/.test(text)) {
    throw new RangeError(
      `${name} must be a non-negative integer, got "${text}"`,
    );
  }
  return Number(text);
}

/**
 * Generates the members from the provider directory and formulary in
 * `dataDir` and writes them to `out`. Returns the number of resources per
 * type.
 */
export async function writeMembers(
  options: MembersCliOptions,
): Promise<Record<string, number>> {
  const sets = await loadDataSets(options.dataDir);
  const resources = generateMembers({
    count: options.count,
    seed: options.seed,
    today: options.today,
    directory: directoryFromSets(sets),
  });
  await mkdir(path.dirname(options.out), { recursive: true });
  await writeFile(options.out, gzipSync(toNdjson(resources)));
  return countByType(resources);
}

/** Serializes resources as NDJSON: one JSON object per line, newline-terminated. */
export function toNdjson(resources: readonly GeneratedResource[]): string {
  return resources.map((resource) => `${JSON.stringify(resource)}\n`).join('');
}

function countByType(
  resources: readonly GeneratedResource[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of resources) {
    counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
  }
  return counts;
}
