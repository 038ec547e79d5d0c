import type { SearchPage } from '../../src/fhir';
import type { GraphContext } from '../../src/server/context';
import { MAX_FIRST, type PageRequest } from './arguments';
import { buildConnection, type RelayConnection } from './connection';
import {
  decodeCursor,
  encodeCursor,
  foreignCursor,
  type ConnectionScope,
} from './cursor-scope';
import { isPagePosition, type PagePosition } from '../../src/pagination/pages';

/**
 * Position of a link cursor: `skip` nodes into a page of the search. The
 * first page has no link to keep, because a server need not send a `self`
 * link, so it is named by its `_count` and run again.
 */
interface LinkPosition {
  /** A `next` link, or null for the first page. */
  readonly page: PagePosition | null;
  /** `_count` of the first page. */
  readonly count: number;
  readonly skip: number;
}

/** A FHIR search that a connection pages through with the server's links. */
export interface LinkSearch<T> {
  readonly scope: ConnectionScope;
  /** Runs the first page of the search with this `_count`. */
  readonly search: (count: number) => Promise<SearchPage>;
  /** Returns the nodes of a page in order, such as its `match` entries. */
  readonly nodesOf: (page: SearchPage) => T[];
}

/**
 * Pages through a FHIR search with the server's `next` links (FHIR R4
 * http.html#paging). A page contains at most `first` nodes of one backend
 * page, so a page read with `after` is no longer than the first page was.
 * Every edge's cursor points just after it, in the same backend page or at
 * the start of the next one.
 */
export async function linkConnection<T>(
  context: GraphContext,
  source: LinkSearch<T>,
  request: PageRequest,
): Promise<RelayConnection<T>> {
  const position =
    request.after === undefined
      ? { page: null, count: request.first, skip: 0 }
      : readPosition(context, source.scope, request.after);
  const page =
    position.page === null
      ? await source.search(position.count)
      : await context.loaders.session.followLink(
          position.page.url,
          position.page.backend,
        );
  const nodes = source.nodesOf(page);
  const pageNodes = nodes.slice(position.skip, position.skip + request.first);
  const edges = pageNodes.map((node, offset) => {
    const after = positionAfter(position, page, nodes.length, offset + 1);
    return { node, cursor: encodeCursor(context, source.scope, { ...after }) };
  });
  return buildConnection(edges, {
    hasNextPage:
      position.skip + pageNodes.length < nodes.length ||
      page.nextUrl !== undefined,
    hasPreviousPage: request.after !== undefined,
    totalCount: page.bundle.total ?? null,
  });
}

/** Returns the position just after the `taken`-th node read from `current`. */
function positionAfter(
  current: LinkPosition,
  page: SearchPage,
  pageLength: number,
  taken: number,
): LinkPosition {
  const skip = current.skip + taken;
  if (skip < pageLength || page.nextUrl === undefined) {
    return { ...current, skip };
  }
  const next = { backend: page.backend, url: page.nextUrl };
  return { page: next, count: current.count, skip: 0 };
}

function readPosition(
  context: GraphContext,
  scope: ConnectionScope,
  cursor: string,
): LinkPosition {
  const { page, count, skip } = decodeCursor(context, scope, cursor);
  if (page !== null && !isPagePosition(page)) {
    throw foreignCursor(scope);
  }
  if (!isCount(count) || typeof skip !== 'number') {
    throw foreignCursor(scope);
  }
  if (!Number.isInteger(skip) || skip < 0) {
    throw foreignCursor(scope);
  }
  return { page, count, skip };
}

function isCount(value: unknown): value is number {
  return (
    Number.isInteger(value) && Number(value) >= 1 && Number(value) <= MAX_FIRST
  );
}
