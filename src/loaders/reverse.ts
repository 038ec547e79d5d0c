import DataLoader from 'dataloader';
import type { Resource } from 'fhir/r4';
import type { FhirClient, FhirSession, SearchParams } from '../fhir';
import { encodeQuery } from '../fhir';
import { chunkByEncodedLength } from './chunk';
import { toError } from './read-by-id';
import { referencesAt } from './reference-values';
import type { LoaderSettings } from './settings';

/** A reverse reference search: resources of `resourceType` whose `param` points at a parent. */
export interface ReverseQuery {
  readonly resourceType: string;
  /** FHIR search parameter code, such as `beneficiary`. */
  readonly param: string;
  /** FHIRPath of the parameter, used to re-check each match. */
  readonly expression: string;
  /** Further parameters applied to every parent, such as `_sort`. */
  readonly extra: SearchParams;
}

/**
 * Creates the loader of one reverse reference for one request. Keys are the
 * parents as `Type/id`. Each batch becomes a single search over all parents
 * (`Coverage?beneficiary=Patient/a,Patient/b`, FHIR R4 search.html#reference
 * with the OR of search.html#combining), and the matches are grouped back by
 * evaluating the parameter's expression on each one. The re-check matters:
 * a server that ignores a parameter it does not support would otherwise hand
 * every parent every resource.
 */
export function createReverseLoader(
  client: FhirClient,
  session: FhirSession,
  query: ReverseQuery,
  settings: LoaderSettings,
): DataLoader<string, Resource[]> {
  return new DataLoader<string, Resource[]>(
    (parents) => loadReverse(client, session, query, parents, settings),
    { maxBatchSize: settings.maxBatchSize },
  );
}

async function loadReverse(
  client: FhirClient,
  session: FhirSession,
  query: ReverseQuery,
  parents: readonly string[],
  settings: LoaderSettings,
): Promise<Array<Resource[] | Error>> {
  const { resourceType } = query;
  settings.onBatch?.({ kind: 'reverse', resourceType, size: parents.length });
  const budget = settings.maxUrlLength - baseLength(client, query);
  const chunks = chunkByEncodedLength(parents, Math.max(1, budget));
  const settled = await Promise.allSettled(
    chunks.map((chunk) => searchChunk(client, session, query, chunk, settings)),
  );
  const groups = new Map<string, Resource[] | Error>();
  settled.forEach((result, index) => {
    for (const parent of chunks[index] ?? []) {
      groups.set(parent, groupOf(result, parent));
    }
  });
  return parents.map((parent) => groups.get(parent) ?? []);
}

async function searchChunk(
  client: FhirClient,
  session: FhirSession,
  query: ReverseQuery,
  parents: readonly string[],
  settings: LoaderSettings,
): Promise<Map<string, Resource[]>> {
  const params: Array<readonly [string, string]> = [
    [query.param, parents.join(',')],
    ...query.extra,
    ['_count', String(settings.reversePageSize)],
  ];
  const result = await session.searchAll(query.resourceType, params);
  const wanted = new Set(parents);
  const groups = new Map<string, Resource[]>();
  for (const entry of result.entries) {
    const resource = entry.resource;
    if (resource?.resourceType !== query.resourceType) {
      continue;
    }
    if (session.guard?.admits(resource) === false) {
      continue;
    }
    for (const parent of referencesAt(client, resource, query.expression)) {
      if (wanted.has(parent)) {
        addTo(groups, parent, resource);
      }
    }
  }
  return groups;
}

function addTo(groups: Map<string, Resource[]>, key: string, value: Resource) {
  const group = groups.get(key);
  if (group === undefined) {
    groups.set(key, [value]);
  } else if (!group.includes(value)) {
    group.push(value);
  }
}

function groupOf(
  result: PromiseSettledResult<Map<string, Resource[]>>,
  parent: string,
): Resource[] | Error {
  if (result.status === 'rejected') {
    return toError(result.reason);
  }
  return result.value.get(parent) ?? [];
}

// The shape is encoded as the client encodes it, because `encodeURI` leaves
// the `,`, `/` and `&` of extra values as they are and under-counts them.
function baseLength(client: FhirClient, query: ReverseQuery): number {
  const backend = client.resolveBackend(query.resourceType);
  const shape = encodeQuery([
    [query.param, ''],
    ...query.extra,
    ['_count', '1000'],
  ]);
  return backend.url(query.resourceType, shape).href.length;
}
