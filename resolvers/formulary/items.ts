import type { Basic, InsurancePlan, MedicationKnowledge } from 'fhir/r4';
import type { SearchPage } from '../../src/fhir';
import type { FormularyItemFilter } from '../../src/generated/graphql';
import {
  normaliseFormularyItem,
  type NormalisedFormularyItem,
} from '../../src/formulary/normalise';
import {
  FORMULARY_ITEM_TYPE,
  RXNORM_SYSTEM,
  searchToken,
} from '../../src/formulary/usdf';
import { localKey } from '../../src/loaders/reference-values';
import type { GraphContext } from '../../src/server/context';
import { matchesOf } from '../fhir/root-fields';
import { pageRequest, type ConnectionArgs } from '../relay/arguments';
import type { RelayConnection } from '../relay/connection';
import { linkConnection } from '../relay/link-connection';
import { searchValue } from '../relay/search-values';

const ITEMS_FIELD = 'Formulary.items';

export interface ItemsArgs extends ConnectionArgs {
  readonly filter?: FormularyItemFilter | null;
}

/**
 * Returns a page of a formulary's items: one search per page for the USDF
 * STU2 `Basic` items and, through `_include=Basic:subject`, their drugs,
 * which also primes the loaders so `FormularyItem.drug` costs no request.
 */
export function itemsConnection(
  context: GraphContext,
  formulary: InsurancePlan,
  args: ItemsArgs,
): Promise<RelayConnection<NormalisedFormularyItem>> {
  const request = pageRequest(ITEMS_FIELD, args);
  const filter = args.filter ?? null;
  const params = [
    ['code', searchToken(FORMULARY_ITEM_TYPE)],
    ['formulary', `InsurancePlan/${formulary.id ?? ''}`],
    ['_include', 'Basic:subject'],
    ...filterParams(filter),
  ] as const;
  const search = {
    scope: { field: ITEMS_FIELD, key: JSON.stringify([formulary.id, filter]) },
    search: (count: number) =>
      context.loaders.session.search('Basic', [
        ...params,
        ['_count', String(count)],
      ]),
    nodesOf: (page: SearchPage) => itemsOf(context, page),
  };
  return linkConnection(context, search, request);
}

/**
 * Returns the FHIR search parameters of the filter: USDF `drug-tier` and
 * `pharmacy-benefit-type` on Basic, and chains through `subject` to the
 * drug's `drug-name` and `code` (FHIR R4 search.html#chaining), so each
 * condition costs no extra request.
 */
function filterParams(
  filter: FormularyItemFilter | null,
): Array<readonly [string, string]> {
  const params: Array<readonly [string, string]> = [];
  if (filter?.tier) {
    params.push(['drug-tier', searchValue(filter.tier, true)]);
  }
  if (filter?.pharmacyBenefitType) {
    const value = searchValue(filter.pharmacyBenefitType, true);
    params.push(['pharmacy-benefit-type', value]);
  }
  if (filter?.drugName) {
    const value = searchValue(filter.drugName);
    params.push(['subject:MedicationKnowledge.drug-name', value]);
  }
  if (filter?.rxnorm) {
    const value = `${RXNORM_SYSTEM}|${searchValue(filter.rxnorm)}`;
    params.push(['subject:MedicationKnowledge.code', value]);
  }
  return params;
}

/** Normalises the Basic matches of a page with the drugs it included. */
function itemsOf(
  context: GraphContext,
  page: SearchPage,
): NormalisedFormularyItem[] {
  const drugs = new Map<string, MedicationKnowledge>();
  for (const entry of page.bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType === 'MedicationKnowledge') {
      drugs.set(`MedicationKnowledge/${resource.id ?? ''}`, resource);
    }
  }
  const basics = matchesOf(context, 'Basic', page.bundle) as Basic[];
  return basics.flatMap((basic) => {
    const subject = basic.subject?.reference;
    const key = subject && localKey(context.loaders.client, subject);
    const item = normaliseFormularyItem(basic, drugs.get(key || ''));
    return item === undefined ? [] : [item];
  });
}
