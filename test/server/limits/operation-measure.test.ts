import {
  buildSchema,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { backendFieldCoordinates } from '../../../src/server/limits/backend-fields';
import { measureOperation } from '../../../src/server/limits/operation-measure';

const schema = buildSchema(`
  interface Resource { id: ID! }
  type Patient implements Resource { id: ID! name: String coverages: [Coverage!]! }
  type Coverage implements Resource { id: ID! payor: Reference }
  type Reference { display: String resource: Resource }
  union Anything = Patient | Coverage
  type Query {
    patient(id: ID!): Patient
    resources(first: Int = 20): [Resource!]!
    anything: Anything
  }
`);

const backendFields = backendFieldCoordinates({
  Query: { patient: () => null, resources: () => [], anything: () => null },
  Patient: { coverages: () => [], __resolveReference: () => null },
  Reference: { resource: () => null },
});

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      operation = definition;
    }
  }
  if (operation === undefined) {
    throw new Error('no operation in the test query');
  }
  return measureOperation(operation, {
    schema,
    fragments,
    variables,
    backendFields,
  });
}

describe('backendFieldCoordinates', () => {
  it('lists fields and entity resolution', () => {
    expect([...backendFields].sort()).toEqual([
      'Patient.coverages',
      'Query._entities',
      'Query.anything',
      'Query.patient',
      'Query.resources',
      'Reference.resource',
    ]);
  });
});

describe('measureOperation', () => {
  it('measures a nested query', () => {
    const result = measure(`{
      patient(id: "1") { name coverages { payor { resource { id } } } }
    }`);
    expect(result.depth).toBe(5);
    expect(result.cost).toBe(3);
    expect(result.rootFields).toBe(1);
    expect(result.aliases).toBe(0);
  });

  it('counts each aliased path', () => {
    const result = measure(`{
      a: patient(id: "1") { coverages { id } }
      b: patient(id: "2") { coverages { id } }
    }`);
    expect(result.cost).toBe(4);
    expect(result.aliases).toBe(2);
    expect(result.rootFields).toBe(2);
  });

  it('finds backend fields through interfaces', () => {
    const result = measure(`{
      resources(first: 3) { ... on Patient { coverages { id } } }
    }`);
    expect(result.cost).toBe(2);
    expect(result.largestPage).toEqual({
      value: 3,
      argument: 'Query.resources(first:)',
    });
  });

  it('takes the default page size', () => {
    const result = measure('{ resources { id } }');
    expect(result.largestPage?.value).toBe(20);
  });

  it('reads the page size from variables', () => {
    const result = measure('query Q($n: Int) { resources(first: $n) { id } }', {
      n: 7,
    });
    expect(result.largestPage?.value).toBe(7);
  });

  it('gives introspection no depth or cost', () => {
    const result = measure(`{
      __typename
      __schema { types { fields { type { ofType { ofType { name } } } } } }
    }`);
    expect(result).toEqual({
      depth: 0,
      aliases: 0,
      rootFields: 1,
      cost: 0,
      largestPage: undefined,
    });
  });

  it('counts aliased introspection', () => {
    const result = measure(`{
      a: __schema { types { name } }
      b: __schema { t: types { ...Names } }
      c: __type(name: "Query") { name }
      __typename
    }
    fragment Names on __Type { n: name f: fields { name } }`);
    expect(result.aliases).toBe(6);
    expect(result.rootFields).toBe(3);
  });

  it('counts root fields inside fragments', () => {
    const result = measure(`
      { ...Roots patient(id: "3") { id } }
      fragment Roots on Query { anything { __typename } resources { id } }
    `);
    expect(result.rootFields).toBe(3);
  });

  it('measures a fragment bomb quickly', () => {
    // F30 expands to 2^30 copies of `patient`; walking each copy would
    // never finish, so each fragment must be measured once.
    const levels = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
    );
    const source = `{ ...F30 }
      fragment F0 on Query { patient(id: "1") { id } }
      ${levels.join('\n')}`;
    const started = performance.now();
    const result = measure(source);
    expect(result.cost).toBe(2 ** 30);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
