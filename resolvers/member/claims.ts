import type { Coverage, ExplanationOfBenefit, Patient } from 'fhir/r4';
import type { ExplanationOfBenefitFilter } from '../../src/generated/graphql';
import type { GraphContext } from '../../src/server/context';
import { pageRequest, type ConnectionArgs } from '../relay/arguments';
import type { RelayConnection } from '../relay/connection';
import { reverseLinks } from '../relay/links';
import { listConnection } from '../relay/list-connection';
import { searchValue } from '../relay/search-values';
import { newestFirst } from './claim-order';

export interface ClaimsArgs extends ConnectionArgs {
  readonly filter?: ExplanationOfBenefitFilter | null;
}

/** A claims field: its coordinate and the claim search parameter that points at the parent. */
interface ClaimsField {
  readonly coordinate: string;
  /** `patient` or `coverage` (`ExplanationOfBenefit.insurance.coverage`). */
  readonly argument: string;
}

export const PATIENT_CLAIMS: ClaimsField = {
  coordinate: 'Patient.explanationOfBenefits',
  argument: 'patient',
};

export const COVERAGE_CLAIMS: ClaimsField = {
  coordinate: 'Coverage.explanationOfBenefits',
  argument: 'coverage',
};

/**
 * Returns a page of the parent's claims, newest first. Every parent at one
 * level of a query shares one batched search per filter
 * (`ExplanationOfBenefit?patient=Patient/a,Patient/b&type=...`), which
 * reads all their claims, following `next` links, so the order and
 * `totalCount` cover every claim.
 *
 * NOTE: the search stops after the FHIR client's `maxPages` pages (20 of
 * 1000 by default), and the claims past that are left out without an error.
 */
export function claimsConnection(
  context: GraphContext,
  parent: Patient | Coverage,
  field: ClaimsField,
  args: ClaimsArgs,
): Promise<RelayConnection<ExplanationOfBenefit>> {
  const request = pageRequest(field.coordinate, args);
  const filter = args.filter ?? null;
  const scope = {
    field: field.coordinate,
    key: JSON.stringify([parent.id, filter]),
  };
  return listConnection(context, scope, request, async () => {
    const claims = await reverseLinks<ExplanationOfBenefit>(
      context,
      parent,
      'ExplanationOfBenefit',
      field.argument,
      filterParams(filter),
    );
    return newestFirst(claims);
  });
}

/** Returns the FHIR search parameters (CARIN BB `type` and `service-date`) of the filter. */
function filterParams(
  filter: ExplanationOfBenefitFilter | null,
): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  if (filter?.type) {
    params.push(['type', searchValue(filter.type, true)]);
  }
  if (filter?.serviceDateFrom) {
    params.push(['service-date', `ge${filter.serviceDateFrom}`]);
  }
  if (filter?.serviceDateTo) {
    params.push(['service-date', `le${filter.serviceDateTo}`]);
  }
  return params;
}
