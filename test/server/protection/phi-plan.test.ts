import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLFieldConfig,
  type GraphQLSchema,
} from 'graphql';
import { isPhiResourceType } from '../../../src/auth';
import { buildFhirSubgraphSchema } from '../../../src/schema/subgraph';
import { loadTypeDefs } from '../../../src/schema/type-defs';
import {
  planPhiFields,
  type PhiFieldPlan,
} from '../../../src/server/protection/phi-plan';
import { ROOT_DIR } from '../../../src/server/service';

let schema: GraphQLSchema;
let plan: (coordinate: string) => PhiFieldPlan | undefined;

beforeAll(() => {
  schema = buildFhirSubgraphSchema(loadTypeDefs(ROOT_DIR));
  const planField = planPhiFields(schema);
  plan = (coordinate) => {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`no object type ${typeName}`);
    const field = type.toConfig().fields[fieldName];
    if (field === undefined) throw new Error(`no field ${coordinate}`);
    return planField(
      typeName,
      fieldName,
      field as GraphQLFieldConfig<unknown, unknown>,
    );
  };
});

/** Returns the resource types a value of `type` can be. */
function resourceTypesOf(type: GraphQLNamedType): string[] {
  const candidates = isAbstractType(type)
    ? schema.getPossibleTypes(type)
    : isObjectType(type)
      ? [type]
      : [];
  return candidates
    .filter((candidate) =>
      candidate.getInterfaces().some((face) => face.name === 'Resource'),
    )
    .map((candidate) => candidate.name);
}

describe('planPhiFields', () => {
  it.each([
    ['Query.Patient', 'resources', 'read', true],
    ['Query.member', 'resources', 'read', true],
    ['Query.PatientList', 'resources', 'search', true],
    ['Query.CoverageConnection', 'wrapper', 'search', true],
    ['CoverageConnectionEdge.resource', 'resources', 'search', true],
    ['Organization.CoverageList', 'resources', 'search', true],
    ['Patient.coverages', 'resources', 'search', true],
    ['Patient.explanationOfBenefits', 'wrapper', 'search', true],
    ['ExplanationOfBenefitRelayEdge.node', 'resources', 'search', true],
    ['PatientReference.resource', 'resources', 'read', true],
    ['Reference.resource', 'resources', 'read', false],
    ['Coverage.payors', 'resources', 'search', false],
    ['Query._entities', 'entities', 'read', false],
    ['Organization.contained', 'contained', 'read', false],
    ['Coverage.contained', 'contained', 'read', false],
  ])('plans %s', (coordinate, kind, action, phiOnly) => {
    expect(plan(coordinate)).toMatchObject({
      coordinate,
      kind,
      action,
      phiOnly,
    });
  });

  it.each([
    'Query.Practitioner',
    'Query.PractitionerList',
    'Query.PractitionerConnection',
    'Practitioner.name',
    'Patient.name',
    'Query._service',
  ])('leaves %s alone', (coordinate) => {
    expect(plan(coordinate)).toBeUndefined();
  });

  it('plans every field whose type can be a PHI resource', () => {
    const missed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        const coordinate = `${type.name}.${name}`;
        const phi = resourceTypesOf(getNamedType(field.type)).some(
          isPhiResourceType,
        );
        if (phi && plan(coordinate) === undefined) missed.push(coordinate);
      }
    }

    expect(missed).toEqual([]);
  });
});
