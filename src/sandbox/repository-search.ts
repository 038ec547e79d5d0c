import {
  getStatus,
  OperationOutcomeError,
  parseSearchRequest,
} from '@medplum/core';
import type { SearchRequest } from '@medplum/core';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { getExtraEntries } from '@medplum/fhir-router';
import type { IncludeOptions } from '@medplum/fhir-router';
import type { SandboxContext } from './context';
import { idLookupOf, readExisting } from './id-search';
import { FhirHttpError } from './outcome';
import { toSearchParams } from './paging';
import type { ParsedSearch } from './search-request';

/**
 * Finds one page of matches in the repository and adds the `_include` and
 * `_revinclude` resources of that page, as a Bundle with `total` (matches
 * only) and entries with `search.mode` match or include.
 *
 * This calls MemoryRepository and `getExtraEntries` directly, not the
 * FhirRouter, because the router turns every thrown error into a 400
 * response with the error text, even a TypeError from Medplum itself. Here
 * only Medplum's OperationOutcomeErrors become 4xx responses, and other
 * errors become 500.
 *
 * @throws FhirHttpError with Medplum's status for an OperationOutcomeError.
 */
export async function findPage(
  context: SandboxContext,
  search: ParsedSearch,
): Promise<Bundle> {
  const request = await toSearchRequest(search);
  const { total, resources } = await findMatches(context, search, request);
  const entry: BundleEntry[] = resources.map((resource) => ({
    search: { mode: 'match' },
    resource,
  }));
  if (resources.length > 0 && (request.include || request.revInclude)) {
    await addIncludes(context, request, resources, entry);
  }
  return { resourceType: 'Bundle', type: 'searchset', total, entry };
}

async function toSearchRequest(search: ParsedSearch): Promise<SearchRequest> {
  const query = toSearchParams(search.criteria).toString();
  // Medplum rejects malformed values here, e.g. a date that is not a date.
  const request = await withOutcomeStatus(async () =>
    parseSearchRequest(`${search.type}?${query}`),
  );
  return {
    ...request,
    count: search.subset.countOnly ? 0 : search.paging.count,
    offset: search.paging.offset,
  };
}

async function findMatches(
  context: SandboxContext,
  search: ParsedSearch,
  request: SearchRequest,
): Promise<{ total: number; resources: Resource[] }> {
  const ids = idLookupOf(search);
  if (ids) {
    const found = await readExisting(context.repository, search.type, ids);
    const start = request.offset ?? 0;
    const end = start + (request.count ?? 0);
    return { total: found.length, resources: found.slice(start, end) };
  }
  const matchOnly = { ...request, include: undefined, revInclude: undefined };
  const bundle = await withOutcomeStatus(() =>
    context.repository.search(matchOnly),
  );
  const resources = (bundle.entry ?? []).flatMap((item) =>
    item.resource ? [item.resource] : [],
  );
  return { total: bundle.total ?? resources.length, resources };
}

/**
 * Appends the included resources to `entry`. Reverse includes are searched
 * without Medplum's default cap of 1000, which would drop matches silently.
 * Medplum throws a plain Error when `:iterate` goes deeper than 5 rounds,
 * and this function raises it as 400 too-costly.
 */
async function addIncludes(
  context: SandboxContext,
  request: SearchRequest,
  resources: Resource[],
  entry: BundleEntry[],
): Promise<void> {
  const options: IncludeOptions = {
    maxResults: Number.MAX_SAFE_INTEGER,
    executeSearch: (revinclude) =>
      context.repository.searchResources({ ...revinclude, count: undefined }),
  };
  try {
    await getExtraEntries(
      context.repository,
      request,
      resources,
      entry,
      options,
    );
  } catch (error) {
    if (error instanceof OperationOutcomeError) {
      throw toHttpError(error);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new FhirHttpError(400, 'too-costly', reason);
  }
}

async function withOutcomeStatus<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof OperationOutcomeError ? toHttpError(error) : error;
  }
}

function toHttpError(error: OperationOutcomeError): FhirHttpError {
  return FhirHttpError.fromOutcome(getStatus(error.outcome), error.outcome);
}
