import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { QueryPair, SandboxContext, SandboxResponse } from './context';
import { FhirHttpError, invalidRequest, notFound } from './outcome';
import { routeGet, routeGetBundle } from './router-call';
import { applySubset, readSubsetRequest } from './subset';

/** FHIR R4 id syntax; anything else cannot name a stored resource. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** Handles `GET [type]/[id]`, with `_summary` and `_elements` applied. */
export function readResource(
  context: SandboxContext,
  type: string,
  id: string,
  query: readonly QueryPair[],
): Promise<SandboxResponse> {
  checkId(type, id);
  const url = `${type}/${id}`;
  return readOne(context, { type, url, name: `Resource ${url}` }, query);
}

/** Handles `GET [type]/[id]/_history/[vid]`, with `_summary` and `_elements` applied. */
export function readVersion(
  context: SandboxContext,
  type: string,
  id: string,
  versionId: string,
  query: readonly QueryPair[],
): Promise<SandboxResponse> {
  checkId(type, id);
  const url = `${type}/${id}/_history/${versionId}`;
  if (!FHIR_ID.test(versionId)) {
    throw notFound(`Version ${url} not found`);
  }
  return readOne(context, { type, url, name: `Version ${url}` }, query);
}

/** The resource type, URL and message name of one read. */
interface ReadTarget {
  readonly type: string;
  readonly url: string;
  readonly name: string;
}

async function readOne(
  context: SandboxContext,
  { type, url, name }: ReadTarget,
  query: readonly QueryPair[],
): Promise<SandboxResponse> {
  const { subset, countOnly } = readSubsetRequest(type, query);
  if (countOnly) {
    throw invalidRequest('_summary=count applies to searches, not to a read');
  }
  const resource = await routeGet(context, url).catch((error: unknown) => {
    throw isNotFound(error) ? notFound(`${name} not found`) : error;
  });
  const body = subset ? applySubset(resource, subset) : resource;
  return { status: 200, resource: body, headers: versionHeaders(resource) };
}

/** Handles `GET [type]/[id]/_history`: one entry per stored version. */
export async function readHistory(
  context: SandboxContext,
  type: string,
  id: string,
): Promise<SandboxResponse> {
  checkId(type, id);
  const history = await routeGetBundle(context, `${type}/${id}/_history`).catch(
    (error: unknown) => {
      throw isNotFound(error)
        ? notFound(`Resource ${type}/${id} not found`)
        : error;
    },
  );
  const fullUrl = `${context.baseUrl}/${type}/${id}`;
  const entry = (history.entry ?? []).map((item) => ({ ...item, fullUrl }));
  const bundle: Bundle = { ...history, total: entry.length, entry };
  return { status: 200, resource: bundle };
}

function checkId(type: string, id: string): void {
  if (!FHIR_ID.test(id)) {
    throw notFound(`Resource ${type}/${id} not found: not a valid FHIR id`);
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof FhirHttpError && error.status === 404;
}

/** ETag (weak, the versionId) and Last-Modified headers of a read, as FHIR R4 HTTP reads carry them. */
function versionHeaders(resource: Resource): Record<string, string> {
  const headers: Record<string, string> = {};
  const { versionId, lastUpdated } = resource.meta ?? {};
  if (versionId) {
    headers.ETag = `W/"${versionId}"`;
  }
  const modified = lastUpdated ? new Date(lastUpdated) : undefined;
  if (modified && !Number.isNaN(modified.getTime())) {
    headers['Last-Modified'] = modified.toUTCString();
  }
  return headers;
}
