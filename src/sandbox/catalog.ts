import { getSearchParameters, isResourceType } from '@medplum/core';
import type { ResourceType, SearchParameter } from '@medplum/fhirtypes';

/**
 * Search parameter types that Medplum's MemoryRepository can match
 * (`matchesSearchRequest` in @medplum/core 5.x). It returns no match at all
 * for number, quantity, composite and special parameters, so this server
 * rejects those instead of returning a silently empty Bundle.
 */
const MATCHABLE_TYPES: ReadonlySet<string> = new Set([
  'reference',
  'string',
  'token',
  'date',
  'uri',
]);

/** Parameters Medplum adds to every type for its own server; FHIR R4 has none of them. */
const MEDPLUM_ONLY_CODES: ReadonlySet<string> = new Set([
  '_compartment',
  '_project',
]);

export type ParameterLookup =
  | { readonly kind: 'served'; readonly parameter: SearchParameter }
  | { readonly kind: 'unmatchable'; readonly parameter: SearchParameter }
  | { readonly kind: 'unknown' };

/** The resource types this server serves and the search parameters of each. */
export class SearchCatalog {
  readonly types: readonly ResourceType[];
  private readonly served: ReadonlySet<string>;

  /**
   * @param types - resource types to serve; those R4 does not define are
   *   left out.
   */
  constructor(types: Iterable<string>) {
    this.types = [...new Set(types)]
      .filter((type) => isResourceType(type))
      .sort();
    this.served = new Set(this.types);
  }

  isServed(type: string): type is ResourceType {
    return this.served.has(type);
  }

  lookup(type: string, code: string): ParameterLookup {
    const parameter = this.isServed(type)
      ? getSearchParameters(type)?.[code]
      : undefined;
    if (!parameter || MEDPLUM_ONLY_CODES.has(code)) {
      return { kind: 'unknown' };
    }
    return MATCHABLE_TYPES.has(parameter.type)
      ? { kind: 'served', parameter }
      : { kind: 'unmatchable', parameter };
  }

  /** Returns the served search parameters of `type`, sorted by code. */
  parametersOf(type: string): SearchParameter[] {
    const codes = Object.keys(getSearchParameters(type) ?? {}).sort();
    const parameters: SearchParameter[] = [];
    for (const code of codes) {
      const found = this.lookup(type, code);
      if (found.kind === 'served') {
        parameters.push(found.parameter);
      }
    }
    return parameters;
  }
}
