import type { Bundle, BundleEntry, Resource } from 'fhir/r4';
import type { GraphQLFieldResolver } from 'graphql';
import { ServiceError } from '../../src/errors';
import { checkFhirId } from '../../src/fhir/url';
import type { SearchPage } from '../../src/fhir';
import type { GraphContext } from '../../src/server/context';
import { searchParamsFromArgs } from './search-args';
import { connectionOf, type FhirConnection } from './connection';

type Args = Readonly<Record<string, unknown>>;
type RootResolver = GraphQLFieldResolver<unknown, GraphContext, Args>;

/**
 * The FHIR GraphQL entry points of one resource type (FHIR R4 graphql.html,
 * "Searching"): `<Type>(id:)`, `<Type>List(...)` and
 * `<Type>Connection(...)`.
 */
export function rootFieldResolvers(
  resourceType: string,
): Record<string, RootResolver> {
  return {
    [resourceType]: (_source, args, context) =>
      readById(context, resourceType, String(args.id)),
    [`${resourceType}List`]: async (_source, args, context) => {
      const params = searchParamsFromArgs(resourceType, args);
      const page = await context.loaders.session.search(resourceType, params);
      return matchesOf(context, resourceType, page.bundle);
    },
    [`${resourceType}Connection`]: (_source, args, context) =>
      searchConnection(context, resourceType, args),
  };
}

/** Reads one resource; NOT_FOUND when the server has no such resource. */
export async function readById(
  context: GraphContext,
  resourceType: string,
  id: string,
): Promise<Resource> {
  checkFhirId(id, `${resourceType} id`);
  const outcome = await context.loaders.read(resourceType).load(id);
  if (outcome.kind === 'not-found') {
    throw new ServiceError('NOT_FOUND', `${resourceType}/${id} not found`);
  }
  context.loaders.adopt(outcome.resource);
  return outcome.resource;
}

/**
 * Returns the resources of `resourceType` that a search matched, in order,
 * after remembering every entry so later references to them are free.
 */
export function matchesOf(
  context: GraphContext,
  resourceType: string,
  bundle: Bundle,
): Resource[] {
  const entries = bundle.entry ?? [];
  context.loaders.remember(entries);
  return entries
    .filter((entry) => isMatch(entry, resourceType))
    .map((entry) => entry.resource as Resource);
}

function isMatch(entry: BundleEntry, resourceType: string): boolean {
  const mode = entry.search?.mode ?? 'match';
  return mode === 'match' && entry.resource?.resourceType === resourceType;
}

async function searchConnection(
  context: GraphContext,
  resourceType: string,
  args: Args,
): Promise<FhirConnection> {
  const field = `Query.${resourceType}Connection`;
  const page: SearchPage =
    typeof args._cursor === 'string'
      ? await context.pages.follow(field, args._cursor, resourceType)
      : await context.loaders.session.search(
          resourceType,
          searchParamsFromArgs(resourceType, args),
        );
  context.loaders.remember(page.bundle.entry ?? []);
  return connectionOf(context, field, resourceType, page);
}
