import type { FhirResource, Reference, Resource } from 'fhir/r4';
import type { SearchParams } from '../../src/fhir';
import { resolveReference } from '../../src/loaders/resolve-reference';
import type { GraphContext } from '../../src/server/context';
import { resourceOf } from '../fhir/reference-field';
import { searchParameter } from '../fhir/search-args';

/**
 * Resolves a list of references found in `container`, in order, through
 * the request's loaders, so the references of every parent at one level of
 * a query share one request per resource type. References with only a
 * display or an identifier, references to other servers and resources of
 * types outside `types` are left out. A local reference to a missing
 * resource raises NOT_FOUND, as `Reference.resource` does.
 */
export async function resolveReferences<T extends Resource>(
  context: GraphContext,
  container: Resource | undefined,
  references: readonly Reference[] | undefined,
  types: ReadonlySet<string>,
): Promise<T[]> {
  const resolved = await Promise.all(
    (references ?? []).map(async (reference) =>
      resourceOf(
        await resolveReference(context.loaders, reference, container),
        false,
      ),
    ),
  );
  const resources = resolved.filter(
    (resource): resource is T =>
      resource !== null && types.has(resource.resourceType),
  );
  resources.forEach((resource) => context.loaders.adopt(resource));
  return resources;
}

/**
 * Returns the resources of `resourceType` whose search parameter
 * `argument` (its GraphQL argument name, such as `participating_organization`)
 * points at `parent`. Every parent at one level of a query shares one
 * batched search per parameter and `extra` set.
 */
export async function reverseLinks<T extends Resource>(
  context: GraphContext,
  parent: Resource,
  resourceType: string,
  argument: string,
  extra: SearchParams = [],
): Promise<T[]> {
  if (parent.id === undefined) {
    return [];
  }
  const { code, expression } = searchParameter(resourceType, argument);
  const loader = context.loaders.reverse({
    resourceType,
    param: code,
    expression,
    extra,
  });
  const matches = await loader.load(`${parent.resourceType}/${parent.id}`);
  // Remembered, so a later reference to one of them costs no request.
  context.loaders.remember(
    matches.map((resource) => ({ resource: resource as FhirResource })),
  );
  return matches as T[];
}
