import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Resource } from 'fhir/r4';

export const FIXTURES_DIR = path.resolve(__dirname, '../../data/fixtures');

/** A fixture resource with the file it came from. */
export interface FixtureResource {
  readonly resource: Resource;
  readonly file: string;
}

/**
 * Reads every resource under `data/fixtures` (`*.json` files and gzipped
 * NDJSON) without the sandbox data loader, so tests can check the loader's
 * output against the files.
 */
export function readFixtureResources(dir = FIXTURES_DIR): FixtureResource[] {
  const found: FixtureResource[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...readFixtureResources(file));
    } else if (entry.name.endsWith('.ndjson.gz')) {
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      for (const line of lines.filter((text) => text.trim() !== '')) {
        found.push({ resource: JSON.parse(line) as Resource, file });
      }
    } else if (entry.name.endsWith('.json')) {
      const resource = JSON.parse(readFileSync(file, 'utf8')) as Resource;
      found.push({ resource, file });
    }
  }
  return found;
}
