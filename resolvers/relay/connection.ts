/** One edge of a Relay connection: a node and the cursor just after it. */
export interface RelayEdge<T> {
  readonly node: T;
  readonly cursor: string;
}

/** `PageInfo` of the Relay Cursor Connections Specification. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** A page of a Relay connection, as the `<Node>RelayConnection` types return it. */
export interface RelayConnection<T> {
  readonly edges: ReadonlyArray<RelayEdge<T>>;
  readonly pageInfo: PageInfo;
  /** Number of nodes across every page; null when the FHIR server does not report it. */
  readonly totalCount: number | null;
}

/** Paging facts of a page besides its edges. */
export interface PageBounds {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly totalCount: number | null;
}

/** Builds a connection, taking the start and end cursors from the edges. */
export function buildConnection<T>(
  edges: ReadonlyArray<RelayEdge<T>>,
  bounds: PageBounds,
): RelayConnection<T> {
  return {
    edges,
    pageInfo: {
      hasNextPage: bounds.hasNextPage,
      hasPreviousPage: bounds.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: bounds.totalCount,
  };
}
