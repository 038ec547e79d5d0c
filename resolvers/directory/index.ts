import type {
  Endpoint,
  HealthcareService,
  Location,
  Organization,
  OrganizationAffiliation,
  PractitionerRole,
  Reference,
} from 'fhir/r4';
import { EXTENSION_BINDINGS } from '../../src/generated/extension-bindings';
import type { Resolvers } from '../../src/generated/graphql';
import { resolveReferences, reverseLinks } from '../relay/links';
import { practitionersConnection } from './practitioner-search';

const LOCATION = new Set(['Location']);
const HEALTHCARE_SERVICE = new Set(['HealthcareService']);
const ORGANIZATION = new Set(['Organization']);
const ENDPOINT = new Set(['Endpoint']);

/**
 * Resolvers of the provider directory story's linked fields
 * (schema/directory.graphql). Forward links resolve through the read
 * loaders and reverse links through batched reverse searches, so each
 * level of a query costs one request per resource type.
 */
export const directoryResolvers: Resolvers = {
  Query: {
    practitioners: (_source, args, context) =>
      practitionersConnection(context, args),
  },
  Practitioner: {
    roles: (practitioner, _args, context) =>
      reverseLinks<PractitionerRole>(
        context,
        practitioner,
        'PractitionerRole',
        'practitioner',
      ),
  },
  PractitionerRole: {
    locations: (role, _args, context) =>
      resolveReferences<Location>(context, role, role.location, LOCATION),
    healthcareServices: (role, _args, context) =>
      resolveReferences<HealthcareService>(
        context,
        role,
        role.healthcareService,
        HEALTHCARE_SERVICE,
      ),
    networks: (role, _args, context) =>
      resolveReferences<Organization>(
        context,
        role,
        networkReferences(role),
        ORGANIZATION,
      ),
    endpoints: (role, _args, context) =>
      resolveReferences<Endpoint>(context, role, role.endpoint, ENDPOINT),
  },
  Organization: {
    locations: (organization, _args, context) =>
      reverseLinks<Location>(context, organization, 'Location', 'organization'),
    healthcareServices: (organization, _args, context) =>
      reverseLinks<HealthcareService>(
        context,
        organization,
        'HealthcareService',
        'organization',
      ),
    affiliations: (organization, _args, context) =>
      reverseLinks<OrganizationAffiliation>(
        context,
        organization,
        'OrganizationAffiliation',
        'participating_organization',
      ),
  },
  HealthcareService: {
    locations: (service, _args, context) =>
      resolveReferences<Location>(context, service, service.location, LOCATION),
  },
  InsurancePlan: {
    networks: (plan, _args, context) =>
      resolveReferences<Organization>(
        context,
        plan,
        plan.network,
        ORGANIZATION,
      ),
  },
};

/** Returns the values of every Plan-Net network-reference extension of a role. */
function networkReferences(role: PractitionerRole): Reference[] {
  const url = EXTENSION_BINDINGS.PractitionerRole?.network?.url;
  return (role.extension ?? []).flatMap((extension) =>
    extension.url === url && extension.valueReference !== undefined
      ? [extension.valueReference]
      : [],
  );
}
