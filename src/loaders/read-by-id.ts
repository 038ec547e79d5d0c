import DataLoader from 'dataloader';
import type { FhirClient, FhirSession } from '../fhir';
import { chunkByEncodedLength } from './chunk';
import { NOT_FOUND, type LoadOutcome } from './outcome';
import type { LoaderSettings } from './settings';

// FHIR R4 `id` datatype (datatypes.html#id). No such id can contain the
// comma that separates the values of `_id`.
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/**
 * Creates the loader of `resourceType` by id for one request. Each batch
 * becomes `<type>?_id=a,b,c` (FHIR R4 search.html#id), split so that every
 * URL stays within `settings.maxUrlLength`. Results are matched to keys by
 * id, never by position, and an id the server did not return is NOT_FOUND.
 */
export function createReadLoader(
  client: FhirClient,
  session: FhirSession,
  resourceType: string,
  settings: LoaderSettings,
): DataLoader<string, LoadOutcome> {
  return new DataLoader<string, LoadOutcome>(
    (ids) => loadByIds(client, session, resourceType, ids, settings),
    { maxBatchSize: settings.maxBatchSize },
  );
}

async function loadByIds(
  client: FhirClient,
  session: FhirSession,
  resourceType: string,
  ids: readonly string[],
  settings: LoaderSettings,
): Promise<Array<LoadOutcome | Error>> {
  settings.onBatch?.({ kind: 'read', resourceType, size: ids.length });
  const valid = ids.filter((id) => FHIR_ID.test(id));
  const chunks = chunkByEncodedLength(
    valid,
    queryBudget(client, resourceType, settings.maxUrlLength),
  );
  const settled = await Promise.allSettled(
    chunks.map((chunk) => searchIds(session, resourceType, chunk)),
  );
  const found = new Map<string, LoadOutcome | Error>();
  settled.forEach((result, index) => {
    for (const id of chunks[index] ?? []) {
      found.set(id, outcomeOf(result, id));
    }
  });
  return ids.map((id) => found.get(id) ?? NOT_FOUND);
}

/** Searches one chunk and returns its resources of the type by id. */
async function searchIds(
  session: FhirSession,
  resourceType: string,
  ids: readonly string[],
): Promise<Map<string, LoadOutcome>> {
  const result = await session.searchAll(resourceType, [
    ['_id', ids.join(',')],
    ['_count', String(ids.length)],
  ]);
  const byId = new Map<string, LoadOutcome>();
  for (const entry of result.entries) {
    const resource = entry.resource;
    if (resource?.resourceType !== resourceType || resource.id === undefined) {
      continue;
    }
    // The session's guard filtered the entries already; checking again
    // keeps a resource the caller may not see a plain NOT_FOUND here too.
    if (session.guard?.admits(resource) !== false) {
      byId.set(resource.id, { kind: 'found', resource });
    }
  }
  return byId;
}

function outcomeOf(
  result: PromiseSettledResult<Map<string, LoadOutcome>>,
  id: string,
): LoadOutcome | Error {
  if (result.status === 'rejected') {
    return toError(result.reason);
  }
  return result.value.get(id) ?? NOT_FOUND;
}

/**
 * Returns how many characters the `_id` value may take: the maximum URL
 * length less the URL of the same search with an empty value.
 */
function queryBudget(
  client: FhirClient,
  resourceType: string,
  maxUrlLength: number,
): number {
  const backend = client.resolveBackend(resourceType);
  const empty = backend.url(resourceType, '_id=&_count=1000').href;
  return Math.max(1, maxUrlLength - empty.length);
}

export function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
