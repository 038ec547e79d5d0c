import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { graphql, type GraphQLSchema } from 'graphql';
import { parseFhirJson } from '../../src/schema/fhir-json';
import { buildFhirSubgraphSchema } from '../../src/schema/subgraph';
import { loadTypeDefs } from '../../src/schema/type-defs';

/**
 * Runs real GraphQL queries over resources parsed from FHIR JSON text and
 * compares the response's JSON text, which is what Apollo Server sends.
 */

const ROOT_DIR = resolve(__dirname, '../..');

const PATIENT = `{
  "resourceType": "Patient",
  "id": "p1",
  "meta": { "lastUpdated": "2024-03-01T10:00:00.123+05:30" },
  "birthDate": "2024-03",
  "_birthDate": {
    "id": "bd",
    "extension": [
      { "url": "http://hl7.org/fhir/StructureDefinition/patient-birthTime", "valueDateTime": "2024-03-05T04:30:00-05:00" },
      { "url": "http://example.org/precision", "valueDecimal": 1.50 }
    ]
  },
  "deceasedBoolean": false,
  "name": [{ "given": ["Ann", "Lee"], "_given": [null, { "extension": [{ "url": "http://example.org/kind", "valueCode": "middle" }] }] }]
}`;

const EOB = `{
  "resourceType": "ExplanationOfBenefit",
  "id": "eob1",
  "patient": { "reference": "Patient/p1" },
  "provider": { "reference": "Organization/o1", "display": "Acme Clinic" },
  "item": [{
    "sequence": 1,
    "servicedDate": "2024-03",
    "quantity": { "value": 2.50 },
    "adjudication": [{ "category": { "text": "paid" }, "amount": { "value": 100.0, "currency": "USD" } }]
  }],
  "total": [{ "category": { "text": "submitted" }, "amount": { "value": 1.50, "currency": "USD" } }]
}`;

const ORGANIZATION = `{
  "resourceType": "Organization",
  "id": "o1",
  "name": "Acme Clinic",
  "contained": [
    { "resourceType": "Claim", "id": "claim1" },
    { "resourceType": "Location", "id": "loc1", "name": "Main campus" }
  ]
}`;

const resources = new Map<string, unknown>(
  [PATIENT, EOB, ORGANIZATION].map((text) => {
    const resource = parseFhirJson(text) as {
      resourceType: string;
      id: string;
    };
    return [`${resource.resourceType}/${resource.id}`, resource];
  }),
);

function readResource(_source: unknown, args: { id: string }, type: string) {
  return resources.get(`${type}/${args.id}`) ?? null;
}

let schema: GraphQLSchema;

beforeAll(() => {
  schema = buildFhirSubgraphSchema(loadTypeDefs(ROOT_DIR), {
    Query: {
      Patient: (s: unknown, a: { id: string }) => readResource(s, a, 'Patient'),
      Organization: (s: unknown, a: { id: string }) =>
        readResource(s, a, 'Organization'),
      ExplanationOfBenefit: (s: unknown, a: { id: string }) =>
        readResource(s, a, 'ExplanationOfBenefit'),
      Coverage: () =>
        parseFhirJson('{ "resourceType": "Coverage", "id": "c1" }'),
    },
    OrganizationOrPractitionerOrPractitionerRoleReference: {
      resource: (reference: { reference?: string }) =>
        resources.get(reference.reference ?? '') ?? null,
    },
  });
});

async function responseText(query: string): Promise<string> {
  return JSON.stringify(await graphql({ schema, source: query }));
}

describe('round trips through GraphQL', () => {
  test('partial dates, instants with offsets and primitive extensions', async () => {
    const text = await responseText(`{
      Patient(id: "p1") {
        resourceType id
        meta { lastUpdated }
        birthDate
        _birthDate { id extension { url valueDateTime valueDecimal } }
        deceasedBoolean
        name { given _given { extension { url valueCode } } }
      }
    }`);
    expect(text).toBe(
      '{"data":{"Patient":{"resourceType":"Patient","id":"p1",' +
        '"meta":{"lastUpdated":"2024-03-01T10:00:00.123+05:30"},' +
        '"birthDate":"2024-03",' +
        '"_birthDate":{"id":"bd","extension":[' +
        '{"url":"http://hl7.org/fhir/StructureDefinition/patient-birthTime","valueDateTime":"2024-03-05T04:30:00-05:00","valueDecimal":null},' +
        '{"url":"http://example.org/precision","valueDateTime":null,"valueDecimal":1.50}]},' +
        '"deceasedBoolean":false,' +
        '"name":[{"given":["Ann","Lee"],"_given":[null,{"extension":[{"url":"http://example.org/kind","valueCode":"middle"}]}]}]}}}',
    );
  });

  test('decimals keep their digits', async () => {
    const text = await responseText(`{
      ExplanationOfBenefit(id: "eob1") {
        item { servicedDate servicedPeriod { start } quantity { value } adjudication { amount { value currency } } }
        total { amount { value currency } }
      }
    }`);
    expect(text).toBe(
      '{"data":{"ExplanationOfBenefit":{' +
        '"item":[{"servicedDate":"2024-03","servicedPeriod":null,"quantity":{"value":2.50},' +
        '"adjudication":[{"amount":{"value":100.0,"currency":"USD"}}]}],' +
        '"total":[{"amount":{"value":1.50,"currency":"USD"}}]}}}',
    );
  });

  test('extension url filter on primitive extensions', async () => {
    const text = await responseText(`{
      Patient(id: "p1") { _birthDate { extension(url: "http://example.org/precision") { valueDecimal } } }
    }`);
    expect(text).toBe(
      '{"data":{"Patient":{"_birthDate":{"extension":[{"valueDecimal":1.50}]}}}}',
    );
  });

  test('reference resource resolves to its union member', async () => {
    const text = await responseText(`{
      ExplanationOfBenefit(id: "eob1") {
        provider { display resource { ... on Organization { resourceType name } } }
      }
    }`);
    expect(text).toBe(
      '{"data":{"ExplanationOfBenefit":{"provider":{"display":"Acme Clinic",' +
        '"resource":{"resourceType":"Organization","name":"Acme Clinic"}}}}}',
    );
  });

  test('contained resources of other types are left out', async () => {
    const text = await responseText(`{
      Organization(id: "o1") { contained { resourceType id ... on Location { name } } }
    }`);
    expect(text).toBe(
      '{"data":{"Organization":{"contained":[{"resourceType":"Location","id":"loc1","name":"Main campus"}]}}}',
    );
  });

  test('missing required elements give null without errors', async () => {
    // Coverage.status, beneficiary and payor are 1..1 or 1..* in R4.
    const text = await responseText(`{
      Coverage(id: "c1") { id status beneficiary { reference } payor { display } }
    }`);
    expect(text).toBe(
      '{"data":{"Coverage":{"id":"c1","status":null,"beneficiary":null,"payor":null}}}',
    );
  });

  test('a real CARIN Blue Button EOB keeps its amounts', async () => {
    const path = join(
      ROOT_DIR,
      'data/fixtures/carin-bb/ig-stu2-examples/ExplanationOfBenefit-EOBInpatient1.json',
    );
    const eob = parseFhirJson(readFileSync(path, 'utf8')) as {
      total: Array<{ amount: { value: unknown } }>;
    };
    resources.set('ExplanationOfBenefit/fixture', eob);
    const response = await graphql({
      schema,
      source:
        '{ ExplanationOfBenefit(id: "fixture") { total { amount { value } } } }',
    });
    const values = JSON.stringify(
      eob.total.map((t) => ({ amount: { value: t.amount.value } })),
    );
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data?.ExplanationOfBenefit)).toBe(
      `{"total":${values}}`,
    );
  });
});
