import { DataLoadError } from './errors';
import type { SourcedResource } from './read-files';
import {
  RESOURCE_ID,
  forEachReference,
  parseRelativeReference,
} from './references';

/**
 * Prepends `prefix` to the id of every resource in one set, and to every
 * relative reference (`Type/id`, `Type/id/_history/n`) inside the set that
 * points at a resource of the same set. References to other sets, contained
 * references (`#id`) and contained resource ids stay as they are.
 *
 * NOTE: absolute references (`https://server/fhir/Type/id`) are not
 * rewritten, because none of the vendored sets uses them.
 */
export function applyIdPrefix(
  resources: SourcedResource[],
  prefix: string,
): void {
  const ownKeys = new Set(resources.map((entry) => entry.sourceKey));
  for (const entry of resources) {
    entry.resource.id = prefixedId(prefix, entry);
    forEachReference(entry.resource, (reference) => {
      const parsed = parseRelativeReference(reference.reference);
      if (parsed && ownKeys.has(`${parsed.resourceType}/${parsed.id}`)) {
        const history = parsed.versionId ? `/_history/${parsed.versionId}` : '';
        reference.reference = `${parsed.resourceType}/${prefix}${parsed.id}${history}`;
      }
    });
  }
}

function prefixedId(prefix: string, entry: SourcedResource): string {
  const id = prefix + entry.resource.id;
  if (!RESOURCE_ID.test(id)) {
    throw new DataLoadError(
      `Id prefix "${prefix}" makes ${entry.sourceKey} in ${entry.source} longer than the 64 characters FHIR allows; choose a shorter idPrefix`,
    );
  }
  return id;
}
