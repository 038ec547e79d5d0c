import type { Practitioner, PractitionerRole } from 'fhir/r4';
import { ServiceError } from '../../src/errors';
import type { SearchPage } from '../../src/fhir';
import { checkFhirId } from '../../src/fhir/url';
import type { PractitionerFilter } from '../../src/generated/graphql';
import { localKey } from '../../src/loaders/reference-values';
import type { GraphContext } from '../../src/server/context';
import { matchesOf, readById } from '../fhir/root-fields';
import { pageRequest, type ConnectionArgs } from '../relay/arguments';
import type { RelayConnection } from '../relay/connection';
import type { ConnectionScope } from '../relay/cursor-scope';
import { linkConnection } from '../relay/link-connection';
import { listConnection } from '../relay/list-connection';
import { searchValue } from '../relay/search-values';

const FIELD = 'Query.practitioners';

export interface PractitionersArgs extends ConnectionArgs {
  readonly filter?: PractitionerFilter | null;
}

/**
 * Returns a page of practitioners. With no role condition this is one
 * `Practitioner?name=` search per page, paged with the server's links.
 * With one, the page costs a search of every matching PractitionerRole,
 * following `next` links, and one `Practitioner?_id=` read of the page's
 * practitioners. FHIR R4 has no portable way to search practitioners by
 * their roles: reverse chaining (`_has`) is optional, and the sandbox
 * lacks it.
 */
export function practitionersConnection(
  context: GraphContext,
  args: PractitionersArgs,
): Promise<RelayConnection<Practitioner>> {
  const request = pageRequest(FIELD, args);
  const filter = args.filter ?? {};
  const scope = { field: FIELD, key: JSON.stringify(filter) };
  const roleParams = roleConditions(filter);
  if (roleParams.length === 0) {
    const nameParams = nameCondition(filter, 'name');
    return linkConnection(
      context,
      {
        scope,
        search: (count) => searchPractitioners(context, nameParams, count),
        nodesOf: (page) => practitionersOf(context, page),
      },
      request,
    );
  }
  const params = [...roleParams, ...nameCondition(filter, 'practitioner.name')];
  return byRoles(context, scope, params, request);
}

async function byRoles(
  context: GraphContext,
  scope: ConnectionScope,
  params: ReadonlyArray<readonly [string, string]>,
  request: ReturnType<typeof pageRequest>,
): Promise<RelayConnection<Practitioner>> {
  const page = await listConnection(context, scope, request, async () =>
    (await practitionerIdsOfRoles(context, params)).map((id) => ({ id })),
  );
  const practitioners = await Promise.all(
    page.edges.map(
      (edge) =>
        readById(
          context,
          'Practitioner',
          edge.node.id,
        ) as Promise<Practitioner>,
    ),
  );
  const edges = page.edges.map((edge, index) => ({
    cursor: edge.cursor,
    node: practitioners[index] as Practitioner,
  }));
  return { ...page, edges };
}

/**
 * Returns the ids of the practitioners of every PractitionerRole that
 * matches, once each, in the order of their first role. Only the
 * `practitioner` element is asked for (`_elements`), so the roles are not
 * remembered by the loaders.
 */
async function practitionerIdsOfRoles(
  context: GraphContext,
  params: ReadonlyArray<readonly [string, string]>,
): Promise<string[]> {
  const result = await context.loaders.session.searchAll('PractitionerRole', [
    ...params,
    ['_elements', 'practitioner'],
    ['_count', '1000'],
  ]);
  if (result.nextUrl !== undefined) {
    throw new ServiceError(
      'BAD_USER_INPUT',
      `Too many PractitionerRoles match the practitioners filter (more than ${result.entries.length}): add a condition`,
    );
  }
  const ids = new Set<string>();
  for (const { resource } of result.entries) {
    const id = practitionerIdOf(context, resource as PractitionerRole);
    if (id !== undefined) {
      ids.add(id);
    }
  }
  return [...ids];
}

function practitionerIdOf(
  context: GraphContext,
  role: PractitionerRole | undefined,
): string | undefined {
  const reference = role?.practitioner?.reference;
  const key = reference && localKey(context.loaders.client, reference);
  return key && key.startsWith('Practitioner/')
    ? key.slice('Practitioner/'.length)
    : undefined;
}

/** Returns the PractitionerRole search parameters (Plan-Net) of the role conditions. */
function roleConditions(
  filter: PractitionerFilter,
): Array<readonly [string, string]> {
  const params: Array<readonly [string, string]> = [];
  if (filter.specialty) {
    params.push(['specialty', searchValue(filter.specialty, true)]);
  }
  if (filter.city) {
    params.push(['location.address-city', searchValue(filter.city)]);
  }
  if (filter.network) {
    checkFhirId(filter.network, 'PractitionerFilter.network');
    params.push(['network', `Organization/${filter.network}`]);
  }
  return params;
}

function nameCondition(
  filter: PractitionerFilter,
  param: string,
): Array<readonly [string, string]> {
  return filter.name ? [[param, searchValue(filter.name)]] : [];
}

function searchPractitioners(
  context: GraphContext,
  params: ReadonlyArray<readonly [string, string]>,
  count: number,
): Promise<SearchPage> {
  return context.loaders.session.search('Practitioner', [
    ...params,
    ['_count', String(count)],
  ]);
}

function practitionersOf(
  context: GraphContext,
  page: SearchPage,
): Practitioner[] {
  return matchesOf(context, 'Practitioner', page.bundle) as Practitioner[];
}
