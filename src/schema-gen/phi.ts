import type { CompositeTypeModel, TypeModel } from './model';
import type { TypeRegistry } from './type-registry';

/** The types and fields that carry protected health information. */
export interface PhiPolicy {
  types: string[];
  /** Fields as `Type.field`. */
  fields: string[];
  markFieldsReturningPhi: boolean;
}

const PHI = { name: 'phi' } as const;

/** Checks the policy file's shape and that every name exists in the schema. */
export function checkPhiPolicy(
  value: unknown,
  registry: TypeRegistry,
): PhiPolicy {
  if (!isPhiPolicy(value)) {
    throw new Error(
      'Invalid PHI policy: expected { types: string[], fields: string[], markFieldsReturningPhi: boolean }',
    );
  }
  value.types.forEach((name) => compositeType(registry, name));
  value.fields.forEach((coordinate) => findField(registry, coordinate));
  return value;
}

function isPhiPolicy(value: unknown): value is PhiPolicy {
  const policy = (value ?? {}) as Partial<Record<keyof PhiPolicy, unknown>>;
  return (
    isStringArray(policy.types) &&
    isStringArray(policy.fields) &&
    typeof policy.markFieldsReturningPhi === 'boolean'
  );
}

/** Adds `@phi` to the policy's types and fields. */
export function applyPhiPolicy(
  registry: TypeRegistry,
  policy: PhiPolicy,
): void {
  const phiTypes = new Set(policy.types);
  phiTypes.forEach((name) => addPhi(compositeType(registry, name)));
  policy.fields.forEach((coordinate) =>
    addPhi(findField(registry, coordinate)),
  );
  if (!policy.markFieldsReturningPhi) return;
  for (const type of registry.all()) {
    if (type.kind !== 'object' && type.kind !== 'interface') continue;
    type.fields
      .filter((f) => returnsPhi(registry, phiTypes, f.type.name))
      .forEach(addPhi);
  }
}

/**
 * True when a field of this type can return a PHI type: the type itself, a
 * union with a PHI member, or an interface (such as `Resource` of
 * `contained`) that a PHI type implements.
 */
function returnsPhi(
  registry: TypeRegistry,
  phiTypes: ReadonlySet<string>,
  typeName: string,
): boolean {
  const type = registry.get(typeName);
  if (type?.kind === 'union') return type.members.some((m) => phiTypes.has(m));
  if (type?.kind === 'interface') {
    return [...phiTypes].some((name) =>
      (registry.get(name) as CompositeTypeModel).interfaces?.includes(typeName),
    );
  }
  return phiTypes.has(typeName);
}

function addPhi(target: { directives?: TypeModel['directives'] }): void {
  if (target.directives?.some((d) => d.name === PHI.name)) return;
  target.directives = [...(target.directives ?? []), PHI];
}

function compositeType(
  registry: TypeRegistry,
  name: string,
): CompositeTypeModel {
  const type = registry.get(name);
  if (type?.kind !== 'object') {
    throw new Error(
      `PHI policy names ${name}, which is not an object type of the schema`,
    );
  }
  return type;
}

function findField(registry: TypeRegistry, coordinate: string) {
  const [typeName = '', fieldName] = coordinate.split('.');
  const field = compositeType(registry, typeName).fields.find(
    (f) => f.name === fieldName,
  );
  if (field === undefined) {
    throw new Error(
      `PHI policy names ${coordinate}, which is not a field of the schema`,
    );
  }
  return field;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
