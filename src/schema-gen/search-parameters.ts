import type { SearchParameter } from 'fhir/r4';
import type { Definitions } from './definitions';
import { searchArgumentName } from './naming';
import { compare } from './type-registry';

/** A search parameter as one resource type's GraphQL argument. */
export interface SearchArgument {
  /** GraphQL argument name, such as `service_date`. */
  name: string;
  /** FHIR search parameter code, such as `service-date`. */
  code: string;
  /** FHIR search parameter type, such as `date` or `reference`. */
  type: string;
  /** FHIRPath expression, limited to the parts for this resource type. */
  expression: string;
  /** Resource types a reference parameter may point to. */
  targets: string[];
  /** Canonical URL of the SearchParameter. */
  url: string;
  description: string;
}

/** Search parameters that apply to every resource type. */
const COMMON_BASES = new Set(['Resource', 'DomainResource']);

/** The source of the search parameters one resource type takes from another. */
export interface BorrowedSearchParameters {
  from: string;
  urlPrefix: string;
}

/**
 * Collects the search arguments of each resource type in scope: the R4 core
 * parameters of the type and of Resource and DomainResource, then the package
 * parameters, which replace a core parameter with the same code. Borrowed
 * parameters are added last and never replace one the type has.
 */
export function searchArgumentsByType(
  definitions: Definitions,
  resourceTypes: readonly string[],
  borrowed: Readonly<Record<string, BorrowedSearchParameters>>,
): Map<string, SearchArgument[]> {
  const result = new Map<string, SearchArgument[]>();
  for (const resourceType of resourceTypes) {
    const byCode = new Map<string, SearchArgument>();
    for (const parameter of definitions.searchParameters) {
      if (appliesTo(parameter, resourceType)) {
        byCode.set(parameter.code, toArgument(parameter, resourceType));
      }
    }
    addBorrowed(byCode, definitions, borrowed[resourceType]);
    result.set(resourceType, sortedArguments(byCode));
  }
  return result;
}

function appliesTo(parameter: SearchParameter, resourceType: string): boolean {
  return parameter.base.some(
    (base) => base === resourceType || COMMON_BASES.has(base),
  );
}

function addBorrowed(
  byCode: Map<string, SearchArgument>,
  definitions: Definitions,
  borrowed: BorrowedSearchParameters | undefined,
): void {
  if (borrowed === undefined) return;
  for (const parameter of definitions.searchParameters) {
    const matches =
      parameter.base.includes(borrowed.from) &&
      parameter.url.startsWith(borrowed.urlPrefix);
    if (matches && !byCode.has(parameter.code)) {
      byCode.set(parameter.code, toArgument(parameter, borrowed.from));
    }
  }
}

function sortedArguments(
  byCode: Map<string, SearchArgument>,
): SearchArgument[] {
  return [...byCode.values()].sort((a, b) => compare(a.name, b.name));
}

function toArgument(
  parameter: SearchParameter,
  resourceType: string,
): SearchArgument {
  return {
    name: searchArgumentName(parameter.code),
    code: parameter.code,
    type: parameter.type,
    expression: expressionFor(parameter.expression ?? '', resourceType),
    targets: [...(parameter.target ?? [])].sort(),
    url: parameter.url,
    description: descriptionFor(parameter.description, resourceType),
  };
}

/**
 * Keeps the paths of this type from the expression of a parameter shared by
 * several types, which lists one path per type (`Patient.address |
 * Practitioner.address`).
 */
function expressionFor(expression: string, resourceType: string): string {
  const parts = expression.split(' | ');
  const own = parts.filter((part) =>
    part.replace(/^\(/, '').startsWith(`${resourceType}.`),
  );
  return own.length > 0 ? own.join(' | ') : expression;
}

/**
 * Keeps the text for this type from a shared parameter's description, which
 * has one line per type written as `* [Patient](patient.html): text`.
 */
function descriptionFor(description: string, resourceType: string): string {
  const line = new RegExp(`\\[${resourceType}\\]\\([^)]*\\): (.*)`);
  return line.exec(description)?.[1]?.trim() ?? description.trim();
}
