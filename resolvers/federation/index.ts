import type { DocumentNode } from 'graphql';
import type { ResolverMap } from '../../src/schema/subgraph';
import { entityResolvers } from './entities';
import { readFormularyItem } from './formulary-item-entity';

/**
 * Returns `__resolveReference` of every entity type in `typeDefs`. Each
 * reads the resource of its own type by id, except FormularyItem, which is
 * read from the US Drug Formulary resources that R4 servers hold.
 */
export function federationResolvers(typeDefs: DocumentNode): ResolverMap {
  return entityResolvers(typeDefs, { FormularyItem: readFormularyItem });
}
