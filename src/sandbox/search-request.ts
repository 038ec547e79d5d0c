import type { QueryPair } from './context';
import { invalidRequest } from './outcome';
import { readPaging } from './paging';
import type { Paging } from './paging';
import { normalizeFilter } from './search-filters';
import type { FilterScope } from './search-filters';
import { readSubsetRequest } from './subset';
import type { SubsetRequest } from './subset';

/** A type-level search, checked and ready for Medplum. */
export interface ParsedSearch {
  readonly type: string;
  /** Filters, `_sort`, `_include` and `_revinclude`, in the form Medplum evaluates. */
  readonly criteria: readonly QueryPair[];
  /** `_summary` and `_elements` as requested, repeated in the page links. */
  readonly subsetPairs: readonly QueryPair[];
  readonly paging: Paging;
  readonly subset: SubsetRequest;
}

const PAGING_KEYS = new Set(['_count', '_offset']);
const SUBSET_KEYS = new Set(['_summary', '_elements']);
const INCLUDE_KEYS = new Set([
  '_include',
  '_include:iterate',
  '_revinclude',
  '_revinclude:iterate',
]);
// Every Bundle carries an accurate total and is JSON; the dispatcher checks
// `_format` and the HTTP layer reads `_pretty`.
const ACCEPTED_KEYS = new Set(['_total', '_format', '_pretty']);

/**
 * Checks every parameter of a `type` search and sorts it into criteria,
 * paging and subsetting. Parameters with an empty value are ignored, as
 * FHIR R4 search prescribes.
 *
 * @throws FhirHttpError (400) for any parameter the server would otherwise
 *   ignore or evaluate wrongly.
 */
export function parseSearch(
  scope: FilterScope,
  type: string,
  query: readonly QueryPair[],
): ParsedSearch {
  const pairs = query.filter(([, value]) => value !== '');
  const criteria: QueryPair[] = [];
  for (const pair of pairs) {
    const normalized = normalizeCriterion(scope, type, pair);
    if (normalized) {
      criteria.push(normalized);
    }
  }
  return {
    type,
    criteria,
    subsetPairs: pairs.filter(([key]) => SUBSET_KEYS.has(key)),
    paging: readPaging(pairs),
    subset: readSubsetRequest(type, pairs),
  };
}

function normalizeCriterion(
  scope: FilterScope,
  type: string,
  pair: QueryPair,
): QueryPair | undefined {
  const [key, value] = pair;
  if (PAGING_KEYS.has(key) || SUBSET_KEYS.has(key)) {
    return undefined;
  }
  if (ACCEPTED_KEYS.has(key)) {
    checkTotal(key, value);
    return undefined;
  }
  if (key === '_sort') {
    checkSort(scope, type, value);
    return pair;
  }
  if (key.startsWith('_include') || key.startsWith('_revinclude')) {
    checkInclude(scope, type, key, value);
    return pair;
  }
  return normalizeFilter(scope, type, pair);
}

function checkTotal(key: string, value: string): void {
  if (key === '_total' && !['none', 'estimate', 'accurate'].includes(value)) {
    throw invalidRequest(
      `Invalid _total value "${value}": expected none, estimate or accurate`,
    );
  }
}

// Medplum sorts by a parameter it does not know as if all values were equal.
function checkSort(scope: FilterScope, type: string, value: string): void {
  for (const field of value.split(',')) {
    const code = field.startsWith('-') ? field.slice(1) : field;
    if (scope.catalog.lookup(type, code).kind !== 'served') {
      throw invalidRequest(
        `Invalid _sort value "${field}": ${type} has no search parameter "${code}"`,
      );
    }
  }
}

/**
 * Checks `_include` and `_revinclude` values (`Source:parameter[:Target]`).
 * A plain `_include` must start from the searched type, because Medplum
 * reads the reference from the matched resources only.
 */
function checkInclude(
  scope: FilterScope,
  type: string,
  key: string,
  value: string,
): void {
  if (!INCLUDE_KEYS.has(key)) {
    throw invalidRequest(
      `Invalid parameter "${key}": expected _include, _revinclude or either with :iterate`,
    );
  }
  const [source = '', code = '', target, ...rest] = value.split(':');
  const invalid = (reason: string) =>
    invalidRequest(`Invalid ${key} value "${value}": ${reason}`);
  if (rest.length > 0 || !code) {
    throw invalid('expected SourceType:search-parameter[:TargetType]');
  }
  if (key === '_include' && source !== type) {
    throw invalid(`a plain _include starts from the searched type ${type}`);
  }
  const found = scope.catalog.lookup(source, code);
  if (found.kind !== 'served' || found.parameter.type !== 'reference') {
    throw invalid(`${source} has no reference search parameter "${code}"`);
  }
  if (target !== undefined && !scope.catalog.isServed(target)) {
    throw invalid(`target type ${target} is not served`);
  }
}
