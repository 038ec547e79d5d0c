import { ServiceError } from '../../src/errors';
import { SEARCH_PARAMETERS } from '../../src/generated/search-parameters';
import type { SearchParameterInfo } from '../../src/schema/search-parameter-info';

/** Arguments that shape paging instead of naming a FHIR search parameter. */
const PAGING_ARGUMENTS = new Set([
  '_count',
  '_offset',
  '_cursor',
  '_reference',
]);

/**
 * Maximum length of a search argument value. It leaves room for a 100-id `_id` list.
 * Much longer values make servers reject the URL (Node's HTTP parser stops
 * at 16 kB of request line and headers).
 */
export const MAX_SEARCH_VALUE_LENGTH = 4096;

/** Maximum `_count` passed to a FHIR server; FHIR servers cap pages too. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Turns the GraphQL search arguments of `resourceType` into FHIR search
 * parameters, mapping each argument back to its parameter code
 * (`service_date` to `service-date`, as the FHIR GraphQL page names them).
 * Values pass unchanged, so FHIR prefixes and modifiers such as `ge2024`
 * or `http://loinc.org|1234-5` keep their meaning. The client encodes each
 * value whole, so no value can add another parameter.
 */
export function searchParamsFromArgs(
  resourceType: string,
  args: Readonly<Record<string, unknown>>,
): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || PAGING_ARGUMENTS.has(name)) {
      continue;
    }
    params.push([searchCode(resourceType, name), checkLength(name, value)]);
  }
  const count = args._count;
  if (typeof count === 'number') {
    params.push(['_count', String(checkCount(count))]);
  }
  const offset = args._offset;
  if (typeof offset === 'number') {
    params.push(['_offset', String(checkOffset(offset))]);
  }
  return params;
}

function searchCode(resourceType: string, argument: string): string {
  if (argument === '_sort') {
    return '_sort';
  }
  return searchParameter(resourceType, argument).code;
}

/** Returns the search parameter behind a GraphQL argument of `resourceType`. */
export function searchParameter(
  resourceType: string,
  argument: string,
): SearchParameterInfo {
  const info = SEARCH_PARAMETERS[resourceType]?.[argument];
  if (info === undefined) {
    throw new ServiceError(
      'BAD_USER_INPUT',
      `Unknown search parameter "${argument}" for ${resourceType}`,
    );
  }
  return info;
}

function checkLength(argument: string, value: unknown): string {
  const text = String(value);
  if (text.length > MAX_SEARCH_VALUE_LENGTH) {
    throw new ServiceError(
      'BAD_USER_INPUT',
      `Search argument ${argument} is ${text.length} characters long; the maximum is ${MAX_SEARCH_VALUE_LENGTH}`,
    );
  }
  return text;
}

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1 || count > MAX_PAGE_SIZE) {
    throw new ServiceError(
      'BAD_USER_INPUT',
      `Invalid _count ${count}: expected an integer from 1 to ${MAX_PAGE_SIZE}`,
    );
  }
  return count;
}

function checkOffset(offset: number): number {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ServiceError(
      'BAD_USER_INPUT',
      `Invalid _offset ${offset}: expected an integer of 0 or more`,
    );
  }
  return offset;
}
