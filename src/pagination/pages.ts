import type { Bundle } from 'fhir/r4';
import { ServiceError } from '../errors';
import type { FhirSession, SearchPage } from '../fhir';
import type { CursorCodec } from './cursor';

/** The position of a search page: a link of the backend that served it. */
export interface PagePosition {
  readonly backend: string;
  readonly url: string;
}

/** Bundle link relations that a FHIR connection turns into cursors. */
export type PageRelation = 'first' | 'previous' | 'next' | 'last';

/**
 * Page cursors of one request: it wraps a searchset's paging links
 * (FHIR R4 http.html#paging) in encrypted cursors bound to the caller and the
 * field, and follows them back through the backend they came from.
 */
export class PageCursors {
  private readonly codec: CursorCodec;
  private readonly session: FhirSession;
  private readonly caller: string;

  constructor(codec: CursorCodec, session: FhirSession, caller: string) {
    this.codec = codec;
    this.session = session;
    this.caller = caller;
  }

  /** Returns the cursor of a link of `page`, or null when there is none. */
  cursorFor(
    field: string,
    page: SearchPage,
    relation: PageRelation,
  ): string | null {
    const url = linkUrl(page.bundle, relation);
    if (url === undefined) {
      return null;
    }
    const position: PagePosition = { backend: page.backend, url };
    return this.codec.encode({ caller: this.caller, field }, position);
  }

  /**
   * Returns a cursor for a position the service computes itself, such as an
   * offset into a list it sorted, bound to this caller and `field`.
   */
  encode(field: string, position: unknown): string {
    return this.codec.encode({ caller: this.caller, field }, position);
  }

  /** Returns the position of a cursor that `encode` issued for `field`. */
  decode(field: string, cursor: string): unknown {
    return this.codec.decode({ caller: this.caller, field }, cursor);
  }

  /**
   * Fetches the page a cursor of `field` points at. `resourceType` is the
   * searched type, so the request counts for it in the statistics.
   */
  async follow(
    field: string,
    cursor: string,
    resourceType?: string,
  ): Promise<SearchPage> {
    const binding = { caller: this.caller, field };
    const position = this.codec.decode(binding, cursor);
    if (!isPagePosition(position)) {
      throw new ServiceError('BAD_USER_INPUT', `Invalid cursor for ${field}`);
    }
    return this.session.followLink(
      position.url,
      position.backend,
      resourceType,
    );
  }
}

function linkUrl(bundle: Bundle, relation: PageRelation): string | undefined {
  // FHIR R4 writes `previous`; some servers still send the older `prev`.
  const names = relation === 'previous' ? ['previous', 'prev'] : [relation];
  return bundle.link?.find((link) => names.includes(link.relation))?.url;
}

/** True for a decoded cursor position that names a backend and a link. */
export function isPagePosition(value: unknown): value is PagePosition {
  return (
    typeof value === 'object' &&
    value !== null &&
    'backend' in value &&
    typeof value.backend === 'string' &&
    'url' in value &&
    typeof value.url === 'string'
  );
}
