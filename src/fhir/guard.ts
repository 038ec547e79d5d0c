import type { Bundle, Resource } from 'fhir/r4';
import type { FhirSession } from './session';
import type { SearchPage } from './results';
import type { SearchParams } from './url';

/** A search as the guard lets it reach the backend. */
export type NarrowedSearch =
  | { readonly kind: 'search'; readonly params: SearchParams }
  /** The caller may see no resource of this search: send nothing. */
  | { readonly kind: 'empty' };

/**
 * The access rules one request's session applies to every backend call,
 * such as a member's patient compartment. The session calls the guard
 * before each request and on each resource it returns, so no code path
 * that goes through the session can skip it.
 */
export interface SessionGuard {
  /**
   * Returns the search to send for `resourceType`, narrowed to what the
   * caller may see, or raises when the caller may not search the type.
   */
  narrowSearch(
    resourceType: string,
    params: SearchParams,
    session: FhirSession,
  ): Promise<NarrowedSearch>;
  /** Raises when the caller may not read resources of `resourceType`. */
  checkRead(resourceType: string): void;
  /** Returns true when `resource` may be returned to the caller. */
  admits(resource: Resource): boolean;
}

/** Returns `page` without the entries whose resource `guard` rejects. */
export function admittedPage(
  guard: SessionGuard,
  page: SearchPage,
): SearchPage {
  const entries = page.bundle.entry;
  if (entries === undefined) {
    return page;
  }
  const kept = entries.filter(
    (entry) => entry.resource === undefined || guard.admits(entry.resource),
  );
  if (kept.length === entries.length) {
    return page;
  }
  return { ...page, bundle: { ...page.bundle, entry: kept } };
}

/** Returns an empty searchset page, for a search narrowed to nothing. */
export function emptyPage(backend: string, resourceType: string): SearchPage {
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 0,
    entry: [],
  };
  return { backend, resourceType, bundle, nextUrl: undefined };
}
