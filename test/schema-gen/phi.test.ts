import { applyPhiPolicy, checkPhiPolicy } from '../../src/schema-gen/phi';
import type { CompositeTypeModel, TypeModel } from '../../src/schema-gen/model';
import { TypeRegistry } from '../../src/schema-gen/type-registry';

const file = { kind: 'datatypes' } as const;

function objectType(
  name: string,
  fields: Array<[string, string]>,
): CompositeTypeModel {
  return {
    kind: 'object',
    name,
    fields: fields.map(([fieldName, type]) => ({
      name: fieldName,
      type: { name: type, list: false },
    })),
    file,
  };
}

function registryOf(types: TypeModel[]): TypeRegistry {
  const registry = new TypeRegistry();
  types.forEach((type) => registry.add(type));
  return registry;
}

function phiDirectives(
  target: { directives?: Array<{ name: string }> } | undefined,
) {
  return (target?.directives ?? []).filter((d) => d.name === 'phi');
}

describe('PHI policy', () => {
  const types = (): TypeModel[] => [
    {
      ...objectType('Patient', [['name', 'String']]),
      interfaces: ['Resource'],
    },
    { ...objectType('Resource', [['id', 'ID']]), kind: 'interface' },
    objectType('Bundle', [['entry', 'Resource']]),
    objectType('Organization', [
      ['name', 'String'],
      ['partOf', 'PatientOrOrganization'],
      ['alias', 'String'],
    ]),
    {
      kind: 'union',
      name: 'PatientOrOrganization',
      members: ['Patient', 'Organization'],
      file,
    },
  ];

  test('marks listed types, listed fields and fields returning PHI', () => {
    const registry = registryOf(types());
    const policy = checkPhiPolicy(
      {
        types: ['Patient'],
        fields: ['Organization.alias'],
        markFieldsReturningPhi: true,
      },
      registry,
    );
    applyPhiPolicy(registry, policy);
    const organization = registry.get('Organization') as CompositeTypeModel;
    expect(phiDirectives(registry.get('Patient'))).toHaveLength(1);
    expect(phiDirectives(organization)).toHaveLength(0);
    expect(phiDirectives(organization.fields[0])).toHaveLength(0);
    expect(phiDirectives(organization.fields[1])).toHaveLength(1);
    expect(phiDirectives(organization.fields[2])).toHaveLength(1);
    const bundle = registry.get('Bundle') as CompositeTypeModel;
    expect(phiDirectives(bundle.fields[0])).toHaveLength(1);
  });

  test('rejects names that are not in the schema', () => {
    const registry = registryOf(types());
    expect(() =>
      checkPhiPolicy(
        { types: ['Claim'], fields: [], markFieldsReturningPhi: true },
        registry,
      ),
    ).toThrow(
      'PHI policy names Claim, which is not an object type of the schema',
    );
    expect(() =>
      checkPhiPolicy(
        { types: [], fields: ['Patient.ssn'], markFieldsReturningPhi: true },
        registry,
      ),
    ).toThrow(
      'PHI policy names Patient.ssn, which is not a field of the schema',
    );
  });

  test('rejects a policy of the wrong shape', () => {
    expect(() => checkPhiPolicy({ types: 'Patient' }, registryOf([]))).toThrow(
      'Invalid PHI policy: expected { types: string[], fields: string[], markFieldsReturningPhi: boolean }',
    );
  });
});
