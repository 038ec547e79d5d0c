import { isScalarType } from 'graphql';
import type { ResolverMap } from '../../schema/subgraph';

/**
 * Returns the `Type.field` coordinates of the fields whose resolvers read
 * from a FHIR backend. These are every field of `resolvers`, the domain
 * resolver maps the service registers, plus `Query._entities` when a type
 * resolves federation references. The schema's runtime resolvers (scalars,
 * `__resolveType`, extension filters) read nothing and are not passed here.
 */
export function backendFieldCoordinates(
  resolvers: ResolverMap,
): ReadonlySet<string> {
  const coordinates = new Set<string>();
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (isScalarType(fields)) {
      continue;
    }
    for (const fieldName of Object.keys(fields)) {
      if (fieldName === '__resolveReference') {
        coordinates.add('Query._entities');
      } else if (!fieldName.startsWith('__')) {
        coordinates.add(`${typeName}.${fieldName}`);
      }
    }
  }
  return coordinates;
}
