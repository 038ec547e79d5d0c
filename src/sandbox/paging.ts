import type { BundleLink } from '@medplum/fhirtypes';
import type { QueryPair } from './context';
import { invalidRequest } from './outcome';

/** Page size when the request has no `_count`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Largest page this server returns. A larger `_count` is lowered to it, and
 * the `self` link carries the page size actually used: FHIR R4 search lets a
 * server return fewer matches than `_count` per page, never more.
 */
export const MAX_PAGE_SIZE = 1000;

export interface Paging {
  readonly count: number;
  readonly offset: number;
}

/** Reads `_count` and `_offset` (the last value of each wins). */
export function readPaging(pairs: readonly QueryPair[]): Paging {
  const count = readNonNegativeInteger(pairs, '_count') ?? DEFAULT_PAGE_SIZE;
  const offset = readNonNegativeInteger(pairs, '_offset') ?? 0;
  return { count: Math.min(count, MAX_PAGE_SIZE), offset };
}

function readNonNegativeInteger(
  pairs: readonly QueryPair[],
  name: string,
): number | undefined {
  const value = pairs.findLast(([key]) => key === name)?.[1];
  if (value === undefined) {
    return undefined;
  }
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed)) {
    throw invalidRequest(
      `Invalid ${name} value "${value}": expected a non-negative integer`,
    );
  }
  return parsed;
}

/**
 * Builds the `self`, `first`, `previous` and `next` links of a searchset
 * page. Each link repeats `pairs` (the search without paging parameters)
 * and sets `_count` and `_offset`, so following it returns that page.
 */
export function buildPageLinks(
  searchUrl: string,
  pairs: readonly QueryPair[],
  paging: Paging,
  total: number,
): BundleLink[] {
  const linkTo = (relation: string, offset: number): BundleLink => ({
    relation,
    url: pageUrl(searchUrl, pairs, { count: paging.count, offset }),
  });
  const links = [linkTo('self', paging.offset), linkTo('first', 0)];
  if (paging.offset > 0 && paging.count > 0) {
    links.push(linkTo('previous', Math.max(0, paging.offset - paging.count)));
  }
  if (paging.count > 0 && paging.offset + paging.count < total) {
    links.push(linkTo('next', paging.offset + paging.count));
  }
  return links;
}

function pageUrl(
  searchUrl: string,
  pairs: readonly QueryPair[],
  paging: Paging,
): string {
  const query = toSearchParams(pairs);
  query.set('_count', String(paging.count));
  query.set('_offset', String(paging.offset));
  return `${searchUrl}?${query.toString()}`;
}

export function toSearchParams(pairs: readonly QueryPair[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) {
    params.append(key, value);
  }
  return params;
}
