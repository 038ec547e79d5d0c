import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  isObjectType,
  Kind,
  parse,
  validateSchema,
  type DefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { RESOURCE_TYPES_IN_SCOPE } from '../../src/schema-gen/scope.config';
import type { SchemaMeasurement } from '../../src/schema-gen/measure';
import { committedSchema, ROOT_DIR } from './committed-schema';

const MAX_INTROSPECTION_BYTES = 2 * 1024 * 1024;
const MAX_COLD_BUILD_MS = 1000;

let schema: GraphQLSchema;

beforeAll(() => {
  schema = committedSchema();
});

/** The definitions of every SDL file under schema/generated. */
function generatedDefinitions(): DefinitionNode[] {
  const dir = join(ROOT_DIR, 'schema', 'generated');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .flatMap(
      (name) => parse(readFileSync(join(dir, name), 'utf8')).definitions,
    );
}

function directiveNames(type: GraphQLNamedType | undefined): string[] {
  return (type?.astNode?.directives ?? []).map((d) => d.name.value);
}

describe('generated subgraph schema', () => {
  test('passes validateSchema', () => {
    expect(validateSchema(schema)).toEqual([]);
  });

  test('has the Federation entities of every resource type', () => {
    const entities = schema.getType('_Entity');
    const members =
      entities && 'getTypes' in entities ? entities.getTypes() : [];
    expect(members.map((t) => t.name).sort()).toEqual(
      [...RESOURCE_TYPES_IN_SCOPE].sort(),
    );
  });

  test('puts @key(fields: "id") on every resource type', () => {
    for (const resourceType of RESOURCE_TYPES_IN_SCOPE) {
      const key = schema
        .getType(resourceType)
        ?.astNode?.directives?.find((d) => d.name.value === 'key');
      expect(key?.arguments?.[0]?.value).toEqual(
        expect.objectContaining({ value: 'id' }),
      );
    }
  });

  test('marks the PHI resource types with @phi', () => {
    for (const name of [
      'Patient',
      'RelatedPerson',
      'Coverage',
      'ExplanationOfBenefit',
    ]) {
      expect(directiveNames(schema.getType(name))).toContain('phi');
    }
    expect(directiveNames(schema.getType('Organization'))).not.toContain('phi');
  });

  test('marks fields that return PHI types with @phi', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const organization = schema.getType('Organization');
    const fields = isObjectType(organization) ? organization.getFields() : {};
    const phiOf = (name: string, map: typeof query) =>
      (map[name]?.astNode?.directives ?? []).map((d) => d.name.value);
    expect(phiOf('PatientList', query)).toContain('phi');
    expect(phiOf('OrganizationList', query)).not.toContain('phi');
    expect(phiOf('CoverageList', fields)).toContain('phi');
    expect(phiOf('contained', fields)).toContain('phi');
    expect(phiOf('name', fields)).not.toContain('phi');
  });

  test('keeps generated fields nullable except id and resourceType', () => {
    // Hand-written SDL beside schema/generated, such as Relay connections,
    // may declare non-null fields. The FHIR element fields may not.
    const nonNull = new Set<string>();
    for (const definition of generatedDefinitions()) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      if (definition.name.value === 'Query') continue;
      for (const field of definition.fields ?? []) {
        if (field.type.kind === Kind.NON_NULL_TYPE)
          nonNull.add(field.name.value);
      }
    }
    expect([...nonNull].sort()).toEqual(['id', 'resourceType']);
  });
});

describe('schema measurement', () => {
  let measurement: SchemaMeasurement;

  beforeAll(() => {
    const tsx = resolve(ROOT_DIR, 'node_modules/.bin/tsx');
    const output = execFileSync(tsx, ['src/schema-gen/measure.ts'], {
      cwd: ROOT_DIR,
      encoding: 'utf8',
    });
    measurement = JSON.parse(output) as SchemaMeasurement;
    process.stdout.write(
      `Schema introspection: ${measurement.introspectionBytes} bytes; cold build: ${measurement.coldBuildMs} ms\n`,
    );
  });

  test('introspection result is at most 2 MB', () => {
    expect(measurement.introspectionBytes).toBeLessThanOrEqual(
      MAX_INTROSPECTION_BYTES,
    );
  });

  test('cold build takes under one second', () => {
    expect(measurement.coldBuildMs).toBeLessThan(MAX_COLD_BUILD_MS);
  });
});
