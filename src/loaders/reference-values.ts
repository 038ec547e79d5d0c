import { evalFhirPath } from '@medplum/core';
import type { Resource } from 'fhir/r4';
import type { FhirClient } from '../fhir';
import { resourceKey } from './outcome';

/**
 * Returns the `Type/id` keys of the local references that `expression`
 * selects in `resource`. The expression is a SearchParameter expression, so
 * it can select a Reference, or an Extension whose value is a Reference
 * (Plan-Net `network-reference`). Versions and the base URL of a configured
 * backend are dropped, so every spelling of one target gives one key.
 */
export function referencesAt(
  client: FhirClient,
  resource: Resource,
  expression: string,
): string[] {
  const keys: string[] = [];
  for (const value of evalFhirPath(expression, resource)) {
    const reference = referenceString(value);
    if (reference === undefined) {
      continue;
    }
    const key = localKey(client, reference);
    if (key !== undefined) {
      keys.push(key);
    }
  }
  return keys;
}

function referenceString(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  if ('reference' in value && typeof value.reference === 'string') {
    return value.reference;
  }
  if ('valueReference' in value) {
    return referenceString(value.valueReference);
  }
  return undefined;
}

/** Returns `Type/id` for a reference to a configured backend, or undefined. */
export function localKey(
  client: FhirClient,
  reference: string,
): string | undefined {
  try {
    const target = client.classifyReference(reference);
    return target.kind === 'local'
      ? resourceKey(target.resourceType, target.id)
      : undefined;
  } catch {
    // A reference to a type no backend serves has no key to match.
    return undefined;
  }
}
