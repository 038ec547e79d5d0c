import type { Resolvers } from '../../src/generated/graphql';
import { formulariesOf } from './coverage-formularies';
import { drugOf, formularyItemsOf } from './drug-links';
import { formulariesConnection, readFormulary } from './formulary-search';
import { itemsConnection } from './items';

/**
 * Resolvers of the drug formulary story's linked fields
 * (schema/formulary.graphql). A `Formulary` is resolved from its
 * InsurancePlan, so its FHIR fields need no resolver.
 */
export const formularyResolvers: Resolvers = {
  Query: {
    formularies: (_source, args, context) =>
      formulariesConnection(context, args),
    formulary: (_source, args, context) => readFormulary(context, args.id),
  },
  Formulary: {
    insurancePlan: (plan) => plan,
    items: (plan, args, context) => itemsConnection(context, plan, args),
  },
  FormularyItem: {
    drug: (item, _args, context) => drugOf(context, item),
  },
  MedicationKnowledge: {
    formularyItems: (drug, _args, context) => formularyItemsOf(context, drug),
  },
  Coverage: {
    formularies: (coverage, _args, context) => formulariesOf(context, coverage),
  },
};
