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
    const loader = context.loaders.reverse({
      resourceType: sourceType,
      param: info.code,
      expression: info.expression,
      extra: searchParamsFromArgs(sourceType, args),
    });
    const matches = await loader.load(`${parentType}/${parent.id}`);
    matches.forEach((resource) => context.loaders.adopt(resource));
    return matches;
  };
}

function pointsAt(targets: readonly string[], parentType: string): boolean {
  return targets.length === 0 || targets.includes(parentType);
}
