import type {
  Endpoint,
  HealthcareService,
  InsurancePlan,
  Location,
  Organization,
  OrganizationAffiliation,
  Practitioner,
  PractitionerRole,
  Reference,
} from 'fhir/r4';
import {
  startSandboxedGraph,
  type GraphResponse,
  type SandboxedGraph,
} from '../../server/test-graph';
import { idOf, SandboxRest } from './rest';

// Internal Medicine (NUCC taxonomy): 242 practitioners of the Plan-Net
// reference directory have a role with it.
const SPECIALTY = '207R00000X';
const NETWORK_URL =
  'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference';

let graph: SandboxedGraph;
let rest: SandboxRest;

/**
 * Builds a role whose endpoints use three reference styles: a local reference, a
 * contained resource and a display-only reference.
 */
function roleWithEndpoints(): PractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id: 'story-role-endpoints',
    contained: [
      {
        resourceType: 'Endpoint',
        id: 'direct',
        status: 'active',
        connectionType: { code: 'direct-project' },
        payloadType: [{ text: 'none' }],
        address: 'mailto:role@direct.example.org',
      },
    ],
    practitioner: { reference: 'Practitioner/plannet-ex-HansSolo' },
    endpoint: [
      { reference: 'Endpoint/plannet-ex-AcmeOfCTPortalEndpoint' },
      { reference: '#direct' },
      { display: 'Fax on request' },
    ],
  };
}

beforeAll(async () => {
  graph = await startSandboxedGraph(() => [roleWithEndpoints()]);
  rest = new SandboxRest(graph.sandbox.baseUrl);
});

afterAll(() => graph.close());

const PAGE = `query Page($filter: PractitionerFilter) {
  practitioners(first: 20, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage }
    edges {
      node {
        id
        name { family given }
        roles {
          id
          organization { resource { id name } }
          locations { id name address { city } }
          networks { id name }
        }
      }
    }
  }
}`;

/** Returns the ids of the practitioners of matching roles, once each, in role order. */
async function practitionerIdsOfRoles(
  params: Record<string, string>,
): Promise<string[]> {
  const roles = await rest.searchAll<PractitionerRole>(
    'PractitionerRole',
    params,
  );
  const ids = roles
    .map((role) => idOf(role.practitioner?.reference))
    .filter((id) => id !== '');
  return [...new Set(ids)];
}

function networksOf(role: PractitionerRole): Reference[] {
  return (role.extension ?? [])
    .filter((extension) => extension.url === NETWORK_URL)
    .flatMap((extension) => extension.valueReference ?? []);
}

/** Builds the first page of 20 practitioners from direct REST reads. */
async function expectedPage() {
  const ids = await practitionerIdsOfRoles({ specialty: SPECIALTY });
  const pageIds = ids.slice(0, 20);
  const practitioners = await rest.readAll<Practitioner>(
    'Practitioner',
    pageIds,
  );
  const rolesOf = new Map<string, PractitionerRole[]>();
  for (const id of pageIds) {
    const roles = await rest.searchAll<PractitionerRole>('PractitionerRole', {
      practitioner: `Practitioner/${id}`,
    });
    rolesOf.set(id, roles);
  }
  const roles = [...rolesOf.values()].flat();
  const organizations = await rest.readAll<Organization>('Organization', [
    ...roles.flatMap((role) => idOf(role.organization?.reference) || []),
    ...roles.flatMap(networksOf).map((network) => idOf(network.reference)),
  ]);
  const locations = await rest.readAll<Location>(
    'Location',
    roles.flatMap((role) =>
      (role.location ?? []).map((l) => idOf(l.reference)),
    ),
  );
  const organization = (reference: string | undefined) => {
    const found = organizations.get(idOf(reference));
    return { id: found?.id, name: found?.name };
  };
  return {
    totalCount: ids.length,
    pageInfo: { hasNextPage: true, hasPreviousPage: false },
    edges: pageIds.map((id) => {
      const practitioner = practitioners.get(id);
      return {
        node: {
          id,
          name: practitioner?.name?.map((n) => ({
            family: n.family,
            given: n.given,
          })),
          roles: (rolesOf.get(id) ?? []).map((role) => ({
            id: role.id,
            organization:
              role.organization === undefined
                ? null
                : { resource: organization(role.organization.reference) },
            locations: (role.location ?? []).map((reference) => {
              const location = locations.get(idOf(reference.reference));
              return {
                id: location?.id,
                name: location?.name,
                address: { city: location?.address?.city },
              };
            }),
            networks: networksOf(role).map((n) => organization(n.reference)),
          })),
        },
      };
    }),
  };
}

describe('directory story', () => {
  it('returns what REST reads return', async () => {
    const response = await graph.query(PAGE, {
      filter: { specialty: SPECIALTY },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.practitioners).toEqual(await expectedPage());
  });

  it('costs one request per level', async () => {
    const response = await graph.query(PAGE, {
      filter: { specialty: SPECIALTY },
    });
    // The matching roles, their practitioners, every role of those
    // practitioners, then the roles' organizations and networks (both
    // Organization) and locations.
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      PractitionerRole: 2,
      Practitioner: 1,
      Organization: 1,
      Location: 1,
    });
  });

  it('walks every practitioner once', async () => {
    const expected = await practitionerIdsOfRoles({ specialty: SPECIALTY });
    const seen = await walk({ specialty: SPECIALTY }, 50);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by city', async () => {
    const expected = await practitionerIdsOfRoles({
      'location.address-city': 'Boston',
    });
    const seen = await walk({ city: 'Boston' }, 1000);
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('filters by network and name', async () => {
    const network = 'plannet-network-HPID030000';
    const expected = await practitionerIdsOfRoles({
      network: `Organization/${network}`,
      'practitioner.name': 'S',
    });
    const seen = await walk({ network, name: 'S' }, 1000);
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('pages a name search with server links', async () => {
    const expected = await rest.searchAll<Practitioner>('Practitioner', {
      name: 'Smith',
    });
    const response = await graph.query(
      '{ practitioners(first: 3, filter: { name: "Smith" }) { totalCount } }',
    );
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      Practitioner: 1,
    });
    const seen = await walk({ name: 'Smith' }, 3);
    expect(seen).toEqual(expected.map((practitioner) => practitioner.id));
  });

  it('rejects a cursor of another filter', async () => {
    const first = await practitionersPage({ specialty: SPECIALTY }, 2, null);
    const response = await practitionersQuery(
      { city: 'Boston' },
      2,
      first.pageInfo.endCursor,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects an invalid network id', async () => {
    const response = await practitionersQuery({ network: 'a/b' }, 2, null);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('directory links', () => {
  it('links an organization to its resources', async () => {
    const id = 'plannet-organization-1239774646';
    const response = await graph.query(`{
      Organization(id: "${id}") {
        locations { id }
        healthcareServices { id locations { id } providedBy { resource { id } } }
        affiliations { id }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    const reference = `Organization/${id}`;
    const services = await rest.searchAll<HealthcareService>(
      'HealthcareService',
      { organization: reference },
    );
    const affiliations = await rest.searchAll<OrganizationAffiliation>(
      'OrganizationAffiliation',
      { 'participating-organization': reference },
    );
    const locations = await rest.searchAll<Location>('Location', {
      organization: reference,
    });
    expect(response.body.data?.Organization).toEqual({
      locations: locations.map((location) => ({ id: location.id })),
      healthcareServices: services.map((service) => ({
        id: service.id,
        locations: (service.location ?? []).map((l) => ({
          id: idOf(l.reference),
        })),
        providedBy: { resource: { id } },
      })),
      affiliations: affiliations.map((affiliation) => ({ id: affiliation.id })),
    });
    expect(affiliations.length).toBeGreaterThan(0);
  });

  it('links a role to its services', async () => {
    const response = await graph.query(`{
      PractitionerRole(id: "plannet-ex-HansSoloRole1") {
        practitioner { resource { id } }
        healthcareServices { id }
      }
    }`);
    const role = await rest.read<PractitionerRole>(
      'PractitionerRole',
      'plannet-ex-HansSoloRole1',
    );
    expect(response.body.data?.PractitionerRole).toEqual({
      practitioner: { resource: { id: idOf(role.practitioner?.reference) } },
      healthcareServices: (role.healthcareService ?? []).map((s) => ({
        id: idOf(s.reference),
      })),
    });
    expect(role.healthcareService?.length).toBeGreaterThan(0);
  });

  it('skips display-only endpoints', async () => {
    const response = await graph.query(`{
      PractitionerRole(id: "story-role-endpoints") { endpoints { id address } }
    }`);
    const portal = await rest.read<Endpoint>(
      'Endpoint',
      'plannet-ex-AcmeOfCTPortalEndpoint',
    );
    expect(response.body.data?.PractitionerRole).toEqual({
      endpoints: [
        { id: portal.id, address: portal.address },
        { id: 'direct', address: 'mailto:role@direct.example.org' },
      ],
    });
  });

  it('lists the networks of a plan', async () => {
    const response = await graph.query(`{
      InsurancePlan(id: "plannet-ex-AcmeQHPBronze") { networks { id name } }
    }`);
    const plan = await rest.read<InsurancePlan>(
      'InsurancePlan',
      'plannet-ex-AcmeQHPBronze',
    );
    const networks = await rest.readAll<Organization>(
      'Organization',
      (plan.network ?? []).map((network) => idOf(network.reference)),
    );
    expect(response.body.data?.InsurancePlan).toEqual({
      networks: [...networks.values()].map((n) => ({ id: n.id, name: n.name })),
    });
    expect(networks.size).toBeGreaterThan(0);
  });
});

interface Connection {
  edges: Array<{ node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function practitionersQuery(
  filter: Record<string, string>,
  first: number,
  after: string | null,
) {
  return graph.query(
    `query P($filter: PractitionerFilter, $first: Int, $after: String) {
      practitioners(filter: $filter, first: $first, after: $after) {
        edges { node { id } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    { filter, first, after },
  );
}

async function practitionersPage(
  filter: Record<string, string>,
  first: number,
  after: string | null,
): Promise<Connection> {
  const response = await practitionersQuery(filter, first, after);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.practitioners as Connection;
}

/** Pages through the practitioners to the end and returns their ids. */
async function walk(
  filter: Record<string, string>,
  first: number,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const connection = await practitionersPage(filter, first, after);
    seen.push(...connection.edges.map((edge) => edge.node.id));
    after = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage) {
      break;
    }
  }
  return seen;
}

function errorCodes(response: GraphResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
