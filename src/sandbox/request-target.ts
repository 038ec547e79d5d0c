import type { QueryPair } from './context';
import { invalidRequest, notFound } from './outcome';

export interface RequestTarget {
  /** Path segments after the base, percent-decoded. */
  readonly segments: readonly string[];
  readonly query: readonly QueryPair[];
}

/**
 * Parses the target of an HTTP request line (`/fhir/R4/Patient/1?_elements=name`,
 * or the absolute form) against the base URL.
 *
 * @throws FhirHttpError 404 for a path outside the base, 400 for invalid
 *   percent-encoding.
 */
export function parseHttpTarget(
  baseUrl: string,
  requestTarget: string,
): RequestTarget {
  const basePath = new URL(baseUrl).pathname;
  const url = new URL(requestTarget, baseUrl);
  const path = url.pathname;
  if (path !== basePath && !path.startsWith(`${basePath}/`)) {
    throw notFound(`No FHIR endpoint at ${path}; the FHIR base is ${baseUrl}`);
  }
  return splitRelative(path.slice(basePath.length) + url.search);
}

/**
 * Parses `Bundle.entry.request.url` of a batch: relative to the base
 * (`Patient/1`, `Coverage?beneficiary=Patient/1`), or absolute on this
 * server's base.
 *
 * @throws FhirHttpError 400 for an absolute URL on another base.
 */
export function parseEntryTarget(
  baseUrl: string,
  entryUrl: string,
): RequestTarget {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entryUrl)) {
    return splitRelative(entryUrl);
  }
  const rest = entryUrl.slice(baseUrl.length);
  if (!entryUrl.startsWith(baseUrl) || !/^([/?]|$)/.test(rest)) {
    throw invalidRequest(
      `Entry URL ${entryUrl} is not on this server; expected a URL relative to or starting with ${baseUrl}`,
    );
  }
  return splitRelative(rest);
}

function splitRelative(target: string): RequestTarget {
  const queryStart = target.indexOf('?');
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  const search = queryStart < 0 ? '' : target.slice(queryStart + 1);
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  return { segments, query: [...new URLSearchParams(search)] };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalidRequest(
      `Invalid percent-encoding in URL path segment "${segment}"`,
    );
  }
}
