import type { Resource } from 'fhir/r4';
import type { GraphQLFieldResolver } from 'graphql';
import { ServiceError } from '../../src/errors';
import type { GraphContext } from '../../src/server/context';
import { searchParameter, searchParamsFromArgs } from './search-args';

type Args = Readonly<Record<string, unknown>>;
type ReverseResolver = GraphQLFieldResolver<Resource, GraphContext, Args>;

/**
 * The reverse reference field `<Source>List(_reference:, ...)` on a
 * resource (FHIR R4 graphql.html, "Reverse References"): the resources of
 * `sourceType` whose `_reference` search parameter points at the parent.
 * Every parent in the request shares one batched search per parameter and
 * argument set.
 */
export function reverseFieldResolver(
  parentType: string,
  sourceType: string,
): ReverseResolver {
  return async (parent, args, context) => {
    const argument = String(args._reference);
    const info = searchParameter(sourceType, argument);
    if (info.type !== 'reference' || !pointsAt(info.targets, parentType)) {
      throw new ServiceError(
        'BAD_USER_INPUT',
        `Invalid _reference "${argument}": ${sourceType}.${info.code} does not refer to ${parentType}`,
      );
    }
    // One search serves every parent of the level, so the page arguments
    // cannot go to the server: they apply to each parent's matches here.
    const { _count: count, _offset: offset, ...filters } = args;
    const page = searchParamsFromArgs(sourceType, {
      _count: count,
      _offset: offset,
    });
    const loader = context.loaders.reverse({
      resourceType: sourceType,
      param: info.code,
      expression: info.expression,
      extra: searchParamsFromArgs(sourceType, filters),
    });
    const matches = await loader.load(`${parentType}/${parent.id}`);
    const paged = pageOf(matches, page);
    paged.forEach((resource) => context.loaders.adopt(resource));
    return paged;
  };
}

/** Returns the `_offset`/`_count` window of `matches`, checked as search args. */
function pageOf<T>(matches: readonly T[], page: Array<[string, string]>): T[] {
  const values = new Map(page);
  const offset = Number(values.get('_offset') ?? 0);
  const count = values.get('_count');
  const end = count === undefined ? undefined : offset + Number(count);
  return matches.slice(offset, end);
}

function pointsAt(targets: readonly string[], parentType: string): boolean {
  return targets.length === 0 || targets.includes(parentType);
}
