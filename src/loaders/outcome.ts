import type { Resource } from 'fhir/r4';

/**
 * The result of a read by id or by reference. Failures of the backend are
 * not outcomes: the loaders reject the key with the backend's error, so
 * only the fields that depend on it fail.
 */
export type LoadOutcome =
  | { readonly kind: 'found'; readonly resource: Resource }
  | { readonly kind: 'not-found' };

export const NOT_FOUND: LoadOutcome = Object.freeze({ kind: 'not-found' });

/** Returns `Type/id`, the cache key of a resource and of references to it. */
export function resourceKey(resourceType: string, id: string): string {
  return `${resourceType}/${id}`;
}
