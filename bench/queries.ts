/**
 * The canonical query set. Each query has the text the service runs
 * (modes "service" and "unbatched") and a FHIR GraphQL text that Medplum's
 * `$graphql` runs over the same data. Both select the same resources.
 */
export interface BenchQuery {
  readonly name: QueryName;
  readonly title: string;
  /** Name of the operation in both texts; mode "rest" picks its plan by it. */
  readonly operationName: string;
  /** The query the service runs: the idiomatic fields where they exist. */
  readonly service: string;
  /** The same data in the FHIR GraphQL shapes, which Medplum also serves. */
  readonly fhir: string;
  /**
   * Nesting depth of the resource fetches the query requests: each level
   * needs the ids found by the level above it, so the backend's critical
   * path is at least `levels` round trips.
   */
  readonly levels: number;
  /** Variables of each request; load runs send them in turn. */
  readonly variables: ReadonlyArray<Record<string, string>>;
}

export type QueryName =
  'member-summary' | 'formulary-page' | 'provider-search' | 'fhir-claims';

/** Ids of generated members; every generated population has the first 20. */
export const MEMBER_IDS = Array.from(
  { length: 20 },
  (_, index) => `member-${String(index + 1).padStart(4, '0')}`,
);

/** A USDF reference formulary with 300 items. */
export const FORMULARY_ID = 'Formulary-10207VA0380001';

/** Internal Medicine (NUCC), the most common specialty of the Plan-Net reference directory. */
export const SPECIALTY = '207R00000X';

export const NETWORK_EXTENSION =
  'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference';

const TIER_EXTENSION =
  'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-DrugTierID-extension';

const CLAIM_FIELDS = `id created billablePeriod { start } type { coding { code } }
        provider { resource { ... on Organization { id name } ... on Practitioner { id personName: name { family } } } }
        insurer { resource { ... on Organization { id name } } }
        careTeam { provider { resource { ... on Practitioner { id personName: name { family } } ... on Organization { id name } } } }`;

const memberSummary: BenchQuery = {
  name: 'member-summary',
  operationName: 'MemberSummary',
  title:
    'Member summary: coverages, payers, 20 newest claims with provider, insurer and care team',
  service: `query MemberSummary($id: ID!) {
  member(id: $id) {
    id name { family given }
    coverages { id payors { ... on Organization { id name } } }
    explanationOfBenefits(first: 20) { totalCount edges { node { ${CLAIM_FIELDS} } } }
  }
}`,
  fhir: `query MemberSummary($id: ID!) {
  Patient(id: $id) {
    id name { family given }
    CoverageList(_reference: beneficiary) { id payor { resource { ... on Organization { id name } } } }
    ExplanationOfBenefitList(_reference: patient, _count: 20, _sort: "-created") { ${CLAIM_FIELDS} }
  }
}`,
  levels: 3,
  variables: MEMBER_IDS.map((id) => ({ id })),
};

const formularyPage: BenchQuery = {
  name: 'formulary-page',
  operationName: 'FormularyPage',
  title: 'Formulary page: 100 items with drug and tier',
  service: `query FormularyPage($id: ID!) {
  formulary(id: $id) {
    id name
    items(first: 100) { totalCount edges { node {
      id
      drug { id code { coding { system code display } } }
      drugTier { coding { code display } }
    } } }
  }
}`,
  fhir: `query FormularyPage($id: ID!) {
  InsurancePlan(id: $id) {
    id name
    BasicList(_reference: formulary, _count: 100) {
      id
      subject { resource { ... on MedicationKnowledge { id code { coding { system code display } } } } }
      extension(url: "${TIER_EXTENSION}") { valueCodeableConcept { coding { code display } } }
    }
  }
}`,
  levels: 3,
  variables: [{ id: FORMULARY_ID }],
};

const ROLE_FIELDS = `id
          organization { resource { ... on Organization { id name } } }`;

const providerSearch: BenchQuery = {
  name: 'provider-search',
  operationName: 'ProviderSearch',
  title:
    'Provider search: 20 practitioners with roles, organizations, locations and networks',
  service: `query ProviderSearch($specialty: String!) {
  practitioners(first: 20, filter: { specialty: $specialty }) {
    totalCount
    edges { node {
      id name { family given }
      roles {
        ${ROLE_FIELDS}
        locations { id name address { city } }
        networks { id name }
      }
    } }
  }
}`,
  fhir: `query ProviderSearch($specialty: String!) {
  PractitionerRoleList(specialty: $specialty, _count: 20) {
    practitioner { resource { ... on Practitioner {
      id name { family given }
      PractitionerRoleList(_reference: practitioner) {
        ${ROLE_FIELDS}
        location { resource { ... on Location { id name address { city } } } }
        extension(url: "${NETWORK_EXTENSION}") { valueReference { resource { ... on Organization { id name } } } }
      }
    } } }
  }
}`,
  levels: 3,
  variables: [{ specialty: SPECIALTY }],
};

// Written in the FHIR GraphQL shapes on purpose: the service runs the same
// text as Medplum.
const FHIR_CLAIMS = `query FhirClaims($id: ID!) {
  Patient(id: $id) {
    id
    ExplanationOfBenefitList(_reference: patient, _count: 20, _sort: "-created") {
      id created
      provider { resource { ... on Practitioner { id personName: name { family given } } ... on Organization { id name } } }
    }
  }
}`;

const fhirClaims: BenchQuery = {
  name: 'fhir-claims',
  operationName: 'FhirClaims',
  title: 'FHIR GraphQL shapes: a patient and 20 newest claims with provider',
  service: FHIR_CLAIMS,
  fhir: FHIR_CLAIMS,
  levels: 3,
  variables: MEMBER_IDS.map((id) => ({ id })),
};

export const QUERIES: readonly BenchQuery[] = [
  memberSummary,
  formularyPage,
  providerSearch,
  fhirClaims,
];

/** Returns the JSON request bodies of `query`, one per variables entry. */
export function requestBodies(query: BenchQuery, text: string): string[] {
  return query.variables.map((variables) =>
    JSON.stringify({
      query: text,
      operationName: query.operationName,
      variables,
    }),
  );
}
