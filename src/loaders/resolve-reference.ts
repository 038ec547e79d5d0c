import type { DomainResource, Reference, Resource } from 'fhir/r4';
import type { RequestLoaders } from './index';
import type { LoadOutcome } from './outcome';

/**
 * The outcome of resolving a Reference. Only `found` has a resource; every
 * other kind names why there is none, so the caller can return null for
 * `optional: true` and raise an error naming the reason otherwise.
 */
export type ReferenceResolution =
  | { readonly kind: 'found'; readonly resource: Resource }
  | { readonly kind: 'not-found'; readonly reference: string }
  /** An absolute URL or URN on no configured backend: never fetched. */
  | { readonly kind: 'external'; readonly reference: string }
  /** Only `display` or `identifier`: there is nothing to fetch. */
  | { readonly kind: 'no-literal' }
  | { readonly kind: 'invalid'; readonly reference: string };

/**
 * Resolves `reference`, found in `container`, in every style payer data
 * uses (FHIR R4 references.html): contained `#id` inside the container with
 * no request; `urn:uuid:` against the Bundle entries this request has read;
 * relative `Type/id` and absolute URLs on a configured backend through the
 * read loader (one cache entry for both spellings); `Type/id/_history/n`
 * through vread. Backend failures reject, so only the field that asked
 * fails.
 */
export async function resolveReference(
  loaders: RequestLoaders,
  reference: Reference,
  container: Resource | undefined,
): Promise<ReferenceResolution> {
  const literal = reference.reference;
  if (literal === undefined || literal === '') {
    return { kind: 'no-literal' };
  }
  if (literal.startsWith('urn:')) {
    const resource = loaders.byFullUrl(literal);
    return resource !== undefined
      ? { kind: 'found', resource }
      : { kind: 'external', reference: literal };
  }
  const target = loaders.client.classifyReference(literal);
  switch (target.kind) {
    case 'contained':
      return findContained(container, target.id, literal);
    case 'external':
      return { kind: 'external', reference: literal };
    case 'invalid':
      return { kind: 'invalid', reference: literal };
    case 'local': {
      const { resourceType, id, versionId } = target;
      const outcome =
        versionId === undefined
          ? await loaders.read(resourceType).load(id)
          : await loaders.version().load({ resourceType, id, versionId });
      return fromOutcome(outcome, literal);
    }
    default:
      return assertNever(target);
  }
}

function findContained(
  container: Resource | undefined,
  id: string,
  literal: string,
): ReferenceResolution {
  const contained = (container as DomainResource | undefined)?.contained;
  const resource = contained?.find((candidate) => candidate.id === id);
  return resource !== undefined
    ? { kind: 'found', resource }
    : { kind: 'not-found', reference: literal };
}

function fromOutcome(
  outcome: LoadOutcome,
  literal: string,
): ReferenceResolution {
  return outcome.kind === 'found'
    ? outcome
    : { kind: 'not-found', reference: literal };
}

function assertNever(value: never): never {
  throw new Error(`unexpected reference target ${JSON.stringify(value)}`);
}
