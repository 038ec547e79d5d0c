import DataLoader from 'dataloader';
import type { Resource } from 'fhir/r4';
import type { FhirSession } from '../fhir';
import { NOT_FOUND, type LoadOutcome } from './outcome';
import type { LoaderSettings } from './settings';

/** A version of a resource, as in `Type/id/_history/vid`. */
export interface VersionKey {
  readonly resourceType: string;
  readonly id: string;
  readonly versionId: string;
}

/**
 * Creates the loader of resource versions for one request. FHIR search has
 * no way to ask for several versions at once, so each distinct version is
 * one vread (FHIR R4 http.html#vread), sent in parallel; DataLoader still
 * removes duplicates within the request.
 */
export function createVersionLoader(
  session: FhirSession,
  settings: LoaderSettings,
): DataLoader<VersionKey, LoadOutcome, string> {
  return new DataLoader<VersionKey, LoadOutcome, string>(
    async (keys) => {
      for (const key of keys) {
        const { resourceType } = key;
        settings.onBatch?.({ kind: 'vread', resourceType, size: 1 });
      }
      return Promise.all(keys.map((key) => readVersion(session, key)));
    },
    { cacheKeyFn: versionCacheKey },
  );
}

async function readVersion(
  session: FhirSession,
  key: VersionKey,
): Promise<LoadOutcome | Error> {
  try {
    const result = await session.vread(key.resourceType, key.id, key.versionId);
    const admitted =
      result.kind === 'found' &&
      session.guard?.admits(result.resource as Resource) !== false;
    return admitted ? { kind: 'found', resource: result.resource } : NOT_FOUND;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function versionCacheKey(key: VersionKey): string {
  return `${key.resourceType}/${key.id}/_history/${key.versionId}`;
}
