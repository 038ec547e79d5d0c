import type { Coverage, Organization, Patient, RelatedPerson } from 'fhir/r4';
import type { Resolvers } from '../../src/generated/graphql';
import { readById } from '../fhir/root-fields';
import { resolveReferences, reverseLinks } from '../relay/links';
import { claimsConnection, COVERAGE_CLAIMS, PATIENT_CLAIMS } from './claims';

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
