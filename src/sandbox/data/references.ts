/** A FHIR Reference as found in resource JSON, before any type checks. */
export interface ReferenceLike {
  reference: string;
  display?: string;
}

/** The parts of a relative literal reference `Type/id[/_history/version]`. */
export interface RelativeReference {
  resourceType: string;
  id: string;
  versionId?: string;
}

// A FHIR R4 id is 1 to 64 characters of [A-Za-z0-9\-.].
const ID = '[A-Za-z0-9\\-.]{1,64}';
const RELATIVE_REFERENCE = new RegExp(
  `^([A-Z][A-Za-z]+)/(${ID})(?:/_history/(${ID}))?$`,
);

/** Matches a FHIR R4 resource id. */
export const RESOURCE_ID = new RegExp(`^${ID}$`);

/**
 * Parses a relative literal reference (`Patient/p1`,
 * `Practitioner/x/_history/1`). Returns undefined for contained (`#id`),
 * absolute, `urn:` and other references.
 */
export function parseRelativeReference(
  reference: string,
): RelativeReference | undefined {
  const match = RELATIVE_REFERENCE.exec(reference);
  if (!match?.[1] || !match[2]) {
    return undefined;
  }
  const parsed: RelativeReference = { resourceType: match[1], id: match[2] };
  if (match[3]) {
    parsed.versionId = match[3];
  }
  return parsed;
}

/**
 * Calls `visit` for every object with a string `reference` inside `value`,
 * contained resources and extensions included, in document order.
 */
export function forEachReference(
  value: unknown,
  visit: (reference: ReferenceLike) => void,
): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      forEachReference(item, visit);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) {
    return;
  }
  if (isReferenceLike(value)) {
    visit(value);
  }
  for (const child of Object.values(value)) {
    forEachReference(child, visit);
  }
}

function isReferenceLike(value: object): value is ReferenceLike {
  return 'reference' in value && typeof value.reference === 'string';
}
