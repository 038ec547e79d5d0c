import type { BackendTarget } from './backend-target';
import { isRoutableResourceType } from './resource-types';
import type { BackendRouter } from './routing';

/**
 * Target of a `Reference.reference` (FHIR R4 references.html#literal).
 * Only a `local` target may be fetched, and only from its `backend`.
 */
export type ReferenceTarget =
  | {
      readonly kind: 'local';
      readonly backend: BackendTarget;
      readonly resourceType: string;
      readonly id: string;
      readonly versionId: string | undefined;
    }
  /** `#id`: a resource contained in the referring resource. */
  | { readonly kind: 'contained'; readonly id: string }
  /** An absolute URL or URN outside every configured backend: never fetched. */
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'invalid'; readonly reference: string };

// `Type/id` or `Type/id/_history/vid`, with FHIR ids of 1 to 64 characters.
const LITERAL =
  /^([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/([A-Za-z0-9.-]{1,64}))?$/;

/**
 * Classifies a literal reference. A relative reference goes to the backend
 * that serves its type. An absolute URL inside a configured backend's base
 * URL goes to that backend, even when the routing table sends its type
 * elsewhere, because the URL names the server. Any other absolute URL or URN is external. Raises
 * RESOURCE_TYPE_NOT_SERVED for a relative reference to an unrouted type.
 *
 * NOTE: FHIR resolves a relative reference against the base of the server
 * that returned the resource. With several backends this routes it by type
 * instead, which differs when a backend refers to a type it does not serve.
 */
export function classifyReference(
  router: BackendRouter,
  reference: string,
): ReferenceTarget {
  if (reference.startsWith('#')) {
    return { kind: 'contained', id: reference.slice(1) };
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(reference)) {
    return classifyAbsolute(router, reference);
  }
  const literal = parseLiteral(reference);
  if (literal === undefined) {
    return { kind: 'invalid', reference };
  }
  return {
    kind: 'local',
    backend: router.resolve(literal.resourceType),
    ...literal,
  };
}

function classifyAbsolute(
  router: BackendRouter,
  reference: string,
): ReferenceTarget {
  const url = URL.canParse(reference) ? new URL(reference) : undefined;
  const backend = url === undefined ? undefined : router.findByUrl(url);
  if (url === undefined || backend === undefined) {
    return { kind: 'external', url: reference };
  }
  const literal =
    url.search === '' && url.hash === ''
      ? parseLiteral(backend.relativePath(url))
      : undefined;
  if (literal === undefined) {
    return { kind: 'invalid', reference };
  }
  return { kind: 'local', backend, ...literal };
}

function parseLiteral(
  path: string,
):
  | { resourceType: string; id: string; versionId: string | undefined }
  | undefined {
  const match = LITERAL.exec(path);
  const [, resourceType, id, versionId] = match ?? [];
  if (
    resourceType === undefined ||
    id === undefined ||
    !isRoutableResourceType(resourceType)
  ) {
    return undefined;
  }
  return { resourceType, id, versionId };
}
