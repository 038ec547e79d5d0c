import type { InsurancePlan } from 'fhir/r4';
import { ServiceError } from '../../src/errors';
import type { SearchPage } from '../../src/fhir';
import {
  DRUG_POLICY_TYPE,
  isFormulary,
  searchToken,
} from '../../src/formulary/usdf';
import type { GraphContext } from '../../src/server/context';
import { matchesOf, readById } from '../fhir/root-fields';
import { pageRequest, type ConnectionArgs } from '../relay/arguments';
import type { RelayConnection } from '../relay/connection';
import { linkConnection } from '../relay/link-connection';

const FORMULARIES_FIELD = 'Query.formularies';

/**
 * Returns a page of the formularies: InsurancePlans of type DRUGPOL (USDF
 * STU2 Formulary profile), one search per page.
 */
export function formulariesConnection(
  context: GraphContext,
  args: ConnectionArgs,
): Promise<RelayConnection<InsurancePlan>> {
  const request = pageRequest(FORMULARIES_FIELD, args);
  const search = {
    scope: { field: FORMULARIES_FIELD, key: '' },
    search: (count: number) =>
      context.loaders.session.search('InsurancePlan', [
        ['type', searchToken(DRUG_POLICY_TYPE)],
        ['_count', String(count)],
      ]),
    nodesOf: (page: SearchPage) =>
      matchesOf(context, 'InsurancePlan', page.bundle) as InsurancePlan[],
  };
  return linkConnection(context, search, request);
}

/**
 * Reads one formulary. Raises NOT_FOUND when there is no such
 * InsurancePlan, or when it is a plan of another type.
 */
export async function readFormulary(
  context: GraphContext,
  id: string,
): Promise<InsurancePlan> {
  const plan = (await readById(context, 'InsurancePlan', id)) as InsurancePlan;
  if (!isFormulary(plan)) {
    throw new ServiceError(
      'NOT_FOUND',
      `InsurancePlan/${id} is not a formulary: its type is not ${searchToken(DRUG_POLICY_TYPE)}`,
    );
  }
  return plan;
}
