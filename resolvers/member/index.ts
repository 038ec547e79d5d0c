import type { Coverage, Organization, Patient, RelatedPerson } from 'fhir/r4';
import { ServiceError } from '../../src/errors';
import type { Resolvers } from '../../src/generated/graphql';
import type { GraphContext } from '../../src/server/context';
import { readById } from '../fhir/root-fields';
import { resolveReferences, reverseLinks } from '../relay/links';
import { claimsConnection, COVERAGE_CLAIMS, PATIENT_CLAIMS } from './claims';

/**
 * Returns the patient id of the caller's access token, the only source of
 * the member's identity (SMART App Launch `patient` launch context).
 */
function signedInPatient(context: GraphContext): string {
  const { principal } = context;
  if (principal.kind !== 'member' || principal.patient === undefined) {
    throw new ServiceError(
      'UNAUTHENTICATED',
      'Query.me needs a member access token with a patient claim: send Authorization: Bearer <token>',
    );
  }
  return principal.patient;
}

/** Resource types `Coverage.payors` returns (`Coverage.payor` targets). */
const PAYOR_TYPES = new Set(['Organization', 'Patient', 'RelatedPerson']);

/**
 * Resolvers of the member story's linked fields (schema/member.graphql):
 * a member, their coverages and claims, and a coverage's payors and claims.
 */
export const memberResolvers: Resolvers = {
  Query: {
    member: (_source, args, context) =>
      readById(context, 'Patient', args.id) as Promise<Patient>,
    me: (_source, _args, context) =>
      readById(
        context,
        'Patient',
        signedInPatient(context),
      ) as Promise<Patient>,
  },
  Patient: {
    coverages: (patient, _args, context) =>
      reverseLinks<Coverage>(context, patient, 'Coverage', 'beneficiary'),
    explanationOfBenefits: (patient, args, context) =>
      claimsConnection(context, patient, PATIENT_CLAIMS, args),
  },
  Coverage: {
    payors: (coverage, _args, context) =>
      resolveReferences<Organization | Patient | RelatedPerson>(
        context,
        coverage,
        coverage.payor,
        PAYOR_TYPES,
      ),
    explanationOfBenefits: (coverage, args, context) =>
      claimsConnection(context, coverage, COVERAGE_CLAIMS, args),
  },
};
