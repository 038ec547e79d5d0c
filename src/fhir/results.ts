import type { Bundle, BundleEntry, OperationOutcome } from 'fhir/r4';
import type { Logger } from 'pino';
import type { Deadline } from './deadline';
import type { SessionGuard } from './guard';
import type { RequestStats } from './request-stats';
import type { ResourceOf, ResourceType } from './resource-types';

/** Per-request inputs of the client: deadline, statistics, token and logger. */
export interface FhirRequestContext {
  readonly deadline: Deadline;
  readonly stats: RequestStats;
  /** The caller's access token, sent only to backends that forward it. */
  readonly bearerToken?: string;
  /** A child logger carrying the request id; the client's logger otherwise. */
  readonly logger?: Logger;
  /**
   * The caller's access rules. Without one the session returns every
   * resource, as it does for tests and tools; the GraphQL context always
   * sets one when PHI protection is on.
   */
  readonly guard?: SessionGuard;
}

/** The resource type for an R4 type name, or a loose shape for later ones. */
export type TypedResource<T extends string> = T extends ResourceType
  ? ResourceOf<T>
  : {
      readonly resourceType: T;
      readonly id?: string;
      readonly [field: string]: unknown;
    };

export type ReadResult<R> =
  | { readonly kind: 'found'; readonly resource: R; readonly backend: string }
  | {
      readonly kind: 'not-found' | 'deleted';
      readonly backend: string;
      readonly operationOutcome: OperationOutcome | undefined;
    };

/** One page of search results and where it came from. */
export interface SearchPage {
  readonly backend: string;
  /** The searched type; undefined for a page fetched by a bare link. */
  readonly resourceType: string | undefined;
  readonly bundle: Bundle;
  readonly nextUrl: string | undefined;
}

export interface SearchOptions {
  /** `POST` sends the parameters to `<type>/_search` as a form body. */
  readonly method?: 'GET' | 'POST';
}

/** The entries of every page fetched by `searchAll`. */
export interface SearchAllResult {
  readonly backend: string;
  readonly entries: BundleEntry[];
  readonly pages: number;
  /** The `next` link left unfollowed at the page cap; undefined when complete. */
  readonly nextUrl: string | undefined;
  /** `Bundle.total` of the first page, when the server sent it. */
  readonly total: number | undefined;
}
