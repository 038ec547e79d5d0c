import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import type { QueryPair, SandboxContext, SandboxResponse } from './context';
import { isIdLookup, searchByIds } from './id-search';
import { buildPageLinks, toSearchParams } from './paging';
import { routeGetBundle } from './router-call';
import { parseSearch } from './search-request';
import type { ParsedSearch } from './search-request';
import { applySubset } from './subset';

/**
 * Handles `GET [type]?params` (and `POST [type]/_search`): checks the
 * parameters, lets Medplum find one page of matches with their `_include`
 * and `_revinclude` resources, and returns a searchset Bundle with absolute
 * `fullUrl`s and paging links.
 */
export async function searchType(
  context: SandboxContext,
  type: string,
  pairs: readonly QueryPair[],
): Promise<SandboxResponse> {
  const search = parseSearch(context, type, pairs);
  const page = isIdLookup(search)
    ? await searchByIds(context, search)
    : await routeGetBundle(context, repositoryUrl(search));
  return { status: 200, resource: toSearchset(context, search, page) };
}

function repositoryUrl(search: ParsedSearch): string {
  const query = toSearchParams(search.criteria);
  const count = search.subset.countOnly ? 0 : search.paging.count;
  query.set('_count', String(count));
  query.set('_offset', String(search.paging.offset));
  return `${search.type}?${query.toString()}`;
}

function toSearchset(
  context: SandboxContext,
  search: ParsedSearch,
  page: Bundle,
): Bundle {
  // MemoryRepository counts the matches only, never the included resources.
  const total = page.total ?? 0;
  const paging = search.subset.countOnly
    ? { ...search.paging, count: 0 }
    : search.paging;
  const linkPairs = [...search.criteria, ...search.subsetPairs];
  const searchUrl = `${context.baseUrl}/${search.type}`;
  const entry = (page.entry ?? []).map((item) =>
    toEntry(context, search, item),
  );
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset',
    total,
    link: buildPageLinks(searchUrl, linkPairs, paging, total),
    ...(entry.length > 0 ? { entry } : {}),
  };
}

// `_summary` and `_elements` reduce the matches; included resources stay
// whole so that a client can follow its references into them.
function toEntry(
  context: SandboxContext,
  search: ParsedSearch,
  item: BundleEntry,
): BundleEntry {
  const { resource } = item;
  if (!resource) {
    return item;
  }
  const subset = search.subset.subset;
  const isMatch = item.search?.mode === 'match';
  return {
    fullUrl: `${context.baseUrl}/${resource.resourceType}/${resource.id}`,
    resource: subset && isMatch ? applySubset(resource, subset) : resource,
    search: item.search,
  };
}
