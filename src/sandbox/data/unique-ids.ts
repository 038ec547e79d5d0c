import { isDeepStrictEqual } from 'node:util';
import { DataLoadError } from './errors';
import type { SourcedResource } from './read-files';

/**
 * Rejects when two resources share a `Type/id`, naming both files and the
 * ids they had there. Copies with identical content reject too, because the
 * manifest decides per set whether to prefix and no resource may be dropped
 * silently.
 */
export function checkUniqueIds(resources: readonly SourcedResource[]): void {
  const seen = new Map<string, SourcedResource>();
  for (const entry of resources) {
    const key = `${entry.resource.resourceType}/${entry.resource.id}`;
    const first = seen.get(key);
    if (first) {
      throw duplicateError(key, first, entry);
    }
    seen.set(key, entry);
  }
}

function duplicateError(
  key: string,
  first: SourcedResource,
  second: SourcedResource,
): DataLoadError {
  const sameContent = isDeepStrictEqual(first.resource, second.resource)
    ? 'with identical content'
    : 'with different content';
  return new DataLoadError(
    `Duplicate resource ${key} ${sameContent}: ${first.sourceKey} in ${first.source} and ${second.sourceKey} in ${second.source}; give one of the sets an idPrefix in data/sets.json`,
  );
}
