import { ServiceError } from '../errors';
import type { BackendTarget } from './backend-target';

/**
 * Search parameters as name/value pairs. Values are passed as FHIR search
 * syntax and encoded whole, so `,` (OR), `|` (system|code) and `$` keep
 * their FHIR meaning for the server while no value can add, end or change
 * another parameter. A literal comma inside one value must be escaped as
 * `\,` by the caller (http://hl7.org/fhir/R4/search.html#escaping).
 */
export type SearchParams =
  URLSearchParams | ReadonlyArray<readonly [string, string]>;

// FHIR R4 `id` datatype: http://hl7.org/fhir/R4/datatypes.html#id
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/** Raises BAD_USER_INPUT unless `value` is a valid FHIR id. */
export function checkFhirId(value: string, field: string): void {
  if (!FHIR_ID.test(value)) {
    const shown = JSON.stringify(value.slice(0, 80));
    const message = `Invalid FHIR ${field} ${shown}; expected 1 to 64 letters, digits, "-" or "."`;
    throw new ServiceError('BAD_USER_INPUT', message);
  }
}

/** Builds `<base>/<type>/<id>` for the FHIR read interaction. */
export function readUrl(target: BackendTarget, type: string, id: string): URL {
  checkFhirId(id, 'id');
  return target.url(`${type}/${id}`);
}

/** Builds `<base>/<type>/<id>/_history/<vid>` for the FHIR vread interaction. */
export function vreadUrl(
  target: BackendTarget,
  type: string,
  id: string,
  versionId: string,
): URL {
  checkFhirId(id, 'id');
  checkFhirId(versionId, 'version id');
  return target.url(`${type}/${id}/_history/${versionId}`);
}

/** Builds `<base>/<type>?<params>` for a search by GET. */
export function searchUrl(
  target: BackendTarget,
  type: string,
  params: SearchParams,
): URL {
  return target.url(type, encodeQuery(params));
}

/**
 * Builds the request of a search by POST to `<base>/<type>/_search` with an
 * `application/x-www-form-urlencoded` body, as the FHIR R4 search
 * interaction allows.
 */
export function searchPost(
  target: BackendTarget,
  type: string,
  params: SearchParams,
): { url: URL; body: string } {
  const form = new URLSearchParams();
  for (const [name, value] of pairs(params)) {
    form.append(name, value);
  }
  const body = form.toString();
  return { url: target.url(`${type}/_search`), body };
}

/**
 * Percent-encodes every name and value with `encodeURIComponent`, which
 * decodes the same under RFC 3986 and form rules. `URLSearchParams` would
 * write a space as `+`, and only form decoding reads that as a space.
 */
export function encodeQuery(params: SearchParams): string {
  return [...pairs(params)]
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    )
    .join('&');
}

function pairs(params: SearchParams): Iterable<readonly [string, string]> {
  return params instanceof URLSearchParams ? params.entries() : params;
}
