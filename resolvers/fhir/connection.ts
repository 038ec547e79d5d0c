import type { BundleEntry, Resource } from 'fhir/r4';
import type { SearchPage } from '../../src/fhir';
import type { GraphContext } from '../../src/server/context';

/** The `<Type>Connection` object of the FHIR GraphQL page. */
export interface FhirConnection {
  readonly count: number | null;
  readonly offset: number | null;
  readonly pagesize: number | null;
  readonly first: string | null;
  readonly previous: string | null;
  readonly next: string | null;
  readonly last: string | null;
  readonly edges: FhirConnectionEdge[];
}

export interface FhirConnectionEdge {
  readonly mode: string | null;
  readonly score: number | null;
  readonly resource: Resource | null;
}

/** Builds a FHIR GraphQL connection from one searchset page. */
export function connectionOf(
  context: GraphContext,
  field: string,
  resourceType: string,
  page: SearchPage,
): FhirConnection {
  const { bundle } = page;
  const self = selfParams(bundle.link?.find((l) => l.relation === 'self')?.url);
  // The edge's `resource` field has the connection's type, so entries of
  // other types, such as `_include`d ones, cannot be edges.
  const entries = (bundle.entry ?? []).filter(
    (entry) => entry.resource?.resourceType === resourceType,
  );
  return {
    count: bundle.total ?? null,
    offset: integerParam(self, '_offset') ?? 0,
    pagesize: integerParam(self, '_count') ?? entries.length,
    first: context.pages.cursorFor(field, page, 'first'),
    previous: context.pages.cursorFor(field, page, 'previous'),
    next: context.pages.cursorFor(field, page, 'next'),
    last: context.pages.cursorFor(field, page, 'last'),
    edges: entries.map(edgeOf),
  };
}

function edgeOf(entry: BundleEntry): FhirConnectionEdge {
  return {
    mode: entry.search?.mode ?? null,
    score: entry.search?.score ?? null,
    resource: entry.resource ?? null,
  };
}

function selfParams(url: string | undefined): URLSearchParams | undefined {
  return url !== undefined && URL.canParse(url)
    ? new URL(url).searchParams
    : undefined;
}

function integerParam(
  params: URLSearchParams | undefined,
  name: string,
): number | undefined {
  const value = params?.get(name);
  return value !== null && value !== undefined && /^\d+$/.test(value)
    ? Number(value)
    : undefined;
}
