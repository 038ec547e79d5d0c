import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import type { QueryPair, SandboxContext, SandboxResponse } from './context';
import { buildPageLinks } from './paging';
import { findPage } from './repository-search';
import { parseSearch } from './search-request';
import type { ParsedSearch } from './search-request';
import { applySubset } from './subset';

/**
 * Handles `GET [type]?params` (and `POST [type]/_search`): checks the
 * parameters, finds one page of matches with their `_include` and
 * `_revinclude` resources, and returns a searchset Bundle with absolute
 * `fullUrl`s and paging links.
 */
export async function searchType(
  context: SandboxContext,
  type: string,
  pairs: readonly QueryPair[],
): Promise<SandboxResponse> {
  const search = parseSearch(context, type, pairs);
  const page = await findPage(context, search);
  return { status: 200, resource: toSearchset(context, search, page) };
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
