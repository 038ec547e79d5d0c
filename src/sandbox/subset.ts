import { getDataType } from '@medplum/core';
import type { InternalTypeSchema } from '@medplum/core';
import type { Coding, Resource } from '@medplum/fhirtypes';
import type { QueryPair } from './context';
import { invalidRequest } from './outcome';

/** A reduced view of resources, requested by `_summary` or `_elements`. */
export type Subset =
  | { readonly kind: 'summary'; readonly mode: 'true' | 'text' | 'data' }
  | { readonly kind: 'elements'; readonly names: ReadonlySet<string> };

export interface SubsetRequest {
  readonly subset?: Subset;
  /** True for `_summary=count`: a search returns only its `total`. */
  readonly countOnly: boolean;
}

/** The tag FHIR R4 requires on every resource returned in reduced form. */
const SUBSETTED_TAG: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'SUBSETTED',
  display: 'subsetted',
};

const ALWAYS_KEPT = ['resourceType', 'id', 'meta'];

/**
 * Reads `_summary` and `_elements` for resources of `type`, ignoring
 * empty values.
 *
 * @throws FhirHttpError (400) for an unknown `_summary` value or element
 *   name, or when both parameters reduce the resource.
 */
export function readSubsetRequest(
  type: string,
  query: readonly QueryPair[],
): SubsetRequest {
  const pairs = query.filter(([, value]) => value !== '');
  const summary = pairs.findLast(([key]) => key === '_summary')?.[1];
  const elementLists = pairs.filter(([key]) => key === '_elements');
  if (summary !== undefined && !isSummaryValue(summary)) {
    throw invalidRequest(
      `Invalid _summary value "${summary}": expected true, text, data, count or false`,
    );
  }
  const reducingSummary = summary !== undefined && summary !== 'false';
  if (reducingSummary && elementLists.length > 0) {
    throw invalidRequest(
      `_summary=${summary} and _elements cannot be combined; send one of them`,
    );
  }
  if (elementLists.length > 0) {
    const names = readElementNames(type, elementLists);
    return { subset: { kind: 'elements', names }, countOnly: false };
  }
  if (summary === 'true' || summary === 'text' || summary === 'data') {
    return { subset: { kind: 'summary', mode: summary }, countOnly: false };
  }
  return { countOnly: summary === 'count' };
}

function isSummaryValue(value: string): boolean {
  return ['true', 'text', 'data', 'count', 'false'].includes(value);
}

// FHIR R4 `_elements` lists top-level elements, bare (`name`) or prefixed
// with the type (`Patient.name`).
function readElementNames(
  type: string,
  lists: readonly QueryPair[],
): Set<string> {
  const schema = getDataType(type);
  const names = new Set<string>();
  for (const [, list] of lists) {
    for (const raw of list.split(',').filter((part) => part.trim() !== '')) {
      const name = raw.trim().replace(new RegExp(`^${type}\\.`), '');
      if (!schema.elements[name] && !schema.elements[`${name}[x]`]) {
        throw invalidRequest(
          `Invalid _elements value "${raw}": ${type} has no top-level element "${name}"`,
        );
      }
      names.add(name);
    }
  }
  return names;
}

/**
 * Returns a copy of `resource` reduced to `subset`, tagged SUBSETTED.
 *
 * NOTE: only top-level elements are dropped. FHIR also marks summary
 * elements inside complex elements, and those complex elements stay whole.
 */
export function applySubset<T extends Resource>(
  resource: T,
  subset: Subset,
): T {
  const schema = getDataType(resource.resourceType);
  const keep = keptElementTest(schema, subset);
  const reduced: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (keep(elementNameOf(schema, key))) {
      reduced[key] = value;
    }
  }
  const meta = resource.meta ?? {};
  const tag = [...(meta.tag ?? []), SUBSETTED_TAG];
  reduced.meta = { ...meta, tag };
  return reduced as T;
}

function keptElementTest(
  schema: InternalTypeSchema,
  subset: Subset,
): (name: string) => boolean {
  const mandatory = schema.mandatoryProperties ?? new Set<string>();
  const base = (name: string): boolean =>
    ALWAYS_KEPT.includes(name) || mandatory.has(name);
  if (subset.kind === 'elements') {
    return (name) => base(name) || subset.names.has(name);
  }
  switch (subset.mode) {
    case 'true': {
      const summary = schema.summaryProperties ?? new Set<string>();
      return (name) => base(name) || summary.has(name);
    }
    case 'text':
      return (name) => base(name) || name === 'text';
    case 'data':
      return (name) => name !== 'text';
  }
}

// Maps a JSON property to its element name: `_birthDate` (the primitive's
// extensions) to `birthDate`, and `deceasedBoolean` to the choice `deceased`.
function elementNameOf(schema: InternalTypeSchema, key: string): string {
  const name = key.startsWith('_') ? key.slice(1) : key;
  if (schema.elements[name]) {
    return name;
  }
  for (const path of Object.keys(schema.elements)) {
    const stem = path.endsWith('[x]') ? path.slice(0, -3) : undefined;
    if (
      stem &&
      name.startsWith(stem) &&
      /^[A-Z]/.test(name.slice(stem.length))
    ) {
      return stem;
    }
  }
  return name;
}
