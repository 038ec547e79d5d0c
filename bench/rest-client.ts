import type { Bundle, Resource } from 'fhir/r4';
import { Pool } from 'undici';
import type { GraphqlHandler, GraphqlRequest } from './graphql-endpoint';
import { SPECIALTY } from './queries';

const FORMULARY_ITEM =
  'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-InsuranceItemTypeCS|formulary-item';

/**
 * The fewest FHIR searches that fetch the data of each canonical query,
 * by its operation name. Searches of one plan do not depend on each other
 * and are sent at once, so each plan is one round trip.
 */
const PLANS: Record<string, (variables: Record<string, unknown>) => string[]> =
  {
    MemberSummary: (variables) => {
      const patient = `Patient/${stringVariable(variables, 'id')}`;
      return [
        search('Coverage', [
          ['beneficiary', patient],
          ['_include', 'Coverage:payor'],
          ['_include', 'Coverage:beneficiary'],
        ]),
        search('ExplanationOfBenefit', [
          ['patient', patient],
          ['_sort', '-created'],
          ['_count', '20'],
          ['_include', 'ExplanationOfBenefit:provider'],
          ['_include', 'ExplanationOfBenefit:insurer'],
          ['_include', 'ExplanationOfBenefit:care-team'],
        ]),
      ];
    },
    FormularyPage: (variables) => [
      search('Basic', [
        ['code', FORMULARY_ITEM],
        ['formulary', `InsurancePlan/${stringVariable(variables, 'id')}`],
        ['_count', '100'],
        ['_include', 'Basic:subject'],
        ['_include', 'Basic:formulary'],
      ]),
    ],
    ProviderSearch: (variables) => [
      search('PractitionerRole', [
        ['specialty', stringVariable(variables, 'specialty', SPECIALTY)],
        ['_count', '20'],
        ['_include', 'PractitionerRole:practitioner'],
        ['_revinclude:iterate', 'PractitionerRole:practitioner'],
        ['_include:iterate', 'PractitionerRole:organization'],
        ['_include:iterate', 'PractitionerRole:location'],
        ['_include:iterate', 'PractitionerRole:network'],
      ]),
    ],
    FhirClaims: (variables) => [
      search('ExplanationOfBenefit', [
        ['patient', `Patient/${stringVariable(variables, 'id')}`],
        ['_sort', '-created'],
        ['_count', '20'],
        ['_include', 'ExplanationOfBenefit:provider'],
        ['_include', 'ExplanationOfBenefit:patient'],
      ]),
    ],
  };

/**
 * Builds the handler of mode "rest": a hand-written client that sends the
 * plan of the request's operation name to the FHIR server and returns the
 * resources of the result bundles. It leaves the nesting of the GraphQL
 * response to its caller, so it does less work per request than the
 * service; that makes it the lower bound of the comparison.
 */
export function createRestHandler(fhirBaseUrl: string): {
  handler: GraphqlHandler;
  close: () => Promise<void>;
} {
  const base = new URL(fhirBaseUrl);
  const pool = new Pool(base.origin, { connections: 128 });
  const handler: GraphqlHandler = async (request: GraphqlRequest) => {
    const plan = PLANS[request.operationName ?? ''];
    if (plan === undefined) {
      throw new Error(
        `No REST plan for operation "${request.operationName}"; expected one of ${Object.keys(PLANS).join(', ')}`,
      );
    }
    const paths = plan(request.variables ?? {});
    const bundles = await Promise.all(
      paths.map((path) => fetchBundle(pool, `${base.pathname}/${path}`)),
    );
    const resources: Resource[] = bundles.flatMap((bundle) =>
      (bundle.entry ?? []).flatMap((entry) => entry.resource ?? []),
    );
    return {
      data: { resources },
      extensions: { backend: { backendRequests: paths.length } },
    };
  };
  return { handler, close: () => pool.close() };
}

async function fetchBundle(pool: Pool, path: string): Promise<Bundle> {
  const response = await pool.request({
    method: 'GET',
    path,
    headers: { accept: 'application/fhir+json' },
  });
  const text = await response.body.text();
  if (response.statusCode !== 200) {
    throw new Error(
      `GET ${path} failed with status ${response.statusCode}: ${text.slice(0, 200)}`,
    );
  }
  return JSON.parse(text) as Bundle;
}

function search(
  resourceType: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  return `${resourceType}?${new URLSearchParams(params.map(([k, v]) => [k, v]))}`;
}

function stringVariable(
  variables: Record<string, unknown>,
  name: string,
  fallback?: string,
): string {
  const value = variables[name] ?? fallback;
  if (typeof value !== 'string') {
    throw new Error(
      `Variable "${name}" must be a string, received ${JSON.stringify(value)}`,
    );
  }
  return value;
}
