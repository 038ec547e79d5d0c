import type { Reference, Resource } from 'fhir/r4';
import type { GraphQLFieldResolver } from 'graphql';
import { ServiceError } from '../../src/errors';
import {
  resolveReference,
  type ReferenceResolution,
} from '../../src/loaders/resolve-reference';
import type { GraphContext } from '../../src/server/context';

interface ResourceArgs {
  readonly optional?: boolean | null;
  readonly type?: string | null;
}

/**
 * `Reference.resource(optional:, type:)` (FHIR R4 graphql.html,
 * "Resource References"). `servedTypes` are the resource types the field's
 * GraphQL type can return; a resource of any other type gives null.
 */
export function referenceResourceResolver(
  servedTypes: ReadonlySet<string>,
): GraphQLFieldResolver<Reference, GraphContext, ResourceArgs> {
  return async (reference, args, context) => {
    const container = context.loaders.containerOf(reference);
    let resolution: ReferenceResolution;
    try {
      resolution = await resolveReference(
        context.loaders,
        reference,
        container,
      );
    } catch (error) {
      if (args.optional === true) {
        return null;
      }
      throw error;
    }
    const resource = resourceOf(resolution, args.optional === true);
    if (resource === null || !servedTypes.has(resource.resourceType)) {
      return null;
    }
    if (typeof args.type === 'string' && resource.resourceType !== args.type) {
      return null;
    }
    context.loaders.adopt(resource);
    return resource;
  };
}

/**
 * Returns the resource, or null for a reference that names nothing this
 * service may fetch (display or identifier only, or another server's URL).
 * A reference that should resolve but does not raises an error unless
 * `optional` is set.
 */
export function resourceOf(
  resolution: ReferenceResolution,
  optional: boolean,
): Resource | null {
  switch (resolution.kind) {
    case 'found':
      return resolution.resource;
    case 'no-literal':
    case 'external':
      return null;
    case 'not-found':
      if (optional) {
        return null;
      }
      throw new ServiceError(
        'NOT_FOUND',
        `Referenced resource ${resolution.reference} not found`,
      );
    case 'invalid':
      if (optional) {
        return null;
      }
      throw new ServiceError(
        'BACKEND_INVALID_RESPONSE',
        `Invalid reference "${resolution.reference}" in the FHIR server's data: expected Type/id, Type/id/_history/version, #id or an absolute URL`,
      );
    default:
      return assertNever(resolution);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected reference resolution ${JSON.stringify(value)}`);
}
