import { getDirective } from '@graphql-tools/utils';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { isPhiResourceType, type ScopeAction } from '../../auth';

/** The shape of a field that can return PHI, which decides its checks. */
export type PhiFieldKind =
  /** Resources, one or a list: each PHI one is checked and audited. */
  | 'resources'
  /** An object around resources, such as a connection: its inner fields check them. */
  | 'wrapper'
  /** A resource's `contained` list, PHI when the container is. */
  | 'contained'
  /** Federation's `Query._entities`, whose items may be bare representations. */
  | 'entities'
  /** A field marked `@phi` that returns no resource: member credentials only. */
  | 'marked';

/** The protection of one field, bound when the schema is built. */
export interface PhiFieldPlan {
  /** `Type.field`, for messages. */
  readonly coordinate: string;
  /** The type the field is on. */
  readonly parentType: string;
  readonly kind: PhiFieldKind;
  /** Search for lists and connections, read for a single resource. */
  readonly action: ScopeAction;
  /** The PHI resource types the field can return. */
  readonly phiTypes: readonly string[];
  /** Every resource type the field can return is PHI: check before resolving. */
  readonly phiOnly: boolean;
}

const RESOURCE_INTERFACE = 'Resource';
// Federation 2 subgraph specification: the entity lookup field.
const ENTITIES_FIELD = '_entities';
// A connection and its edge: deeper objects are datatypes, not wrappers.
const MAX_WRAPPER_DEPTH = 2;

/**
 * Plans the protection of every field of `schema` that can return PHI: a
 * field marked `@phi`, or one whose type is a PHI resource type, an
 * interface or union with one, or a wrapper around one. Wrappers are the
 * non-resource object types that a root field or a `@phi` type returns,
 * such as `PatientConnection` and its edges. Fields of a wrapper are
 * searches, like the root field that returned it.
 */
export function planPhiFields(
  schema: GraphQLSchema,
): (
  typeName: string,
  fieldName: string,
  field: GraphQLFieldConfig<unknown, unknown>,
) => PhiFieldPlan | undefined {
  const wrappers = findWrapperTypes(schema);
  return (typeName, fieldName, field) =>
    planField(schema, wrappers, { typeName, fieldName, field });
}

interface FieldAt {
  readonly typeName: string;
  readonly fieldName: string;
  readonly field: GraphQLFieldConfig<unknown, unknown>;
}

function planField(
  schema: GraphQLSchema,
  wrappers: ReadonlySet<string>,
  at: FieldAt,
): PhiFieldPlan | undefined {
  const named = getNamedType(at.field.type);
  const resourceTypes = resourceTypesOf(schema, named, wrappers, new Set());
  const phiTypes = resourceTypes.filter((name) => isPhi(schema, name));
  const marked =
    getDirective(schema, at.field, 'phi') !== undefined ||
    getDirective(schema, named, 'phi') !== undefined;
  if (phiTypes.length === 0 && !marked) {
    return undefined;
  }
  const kind = kindOf(schema, at, named, phiTypes);
  return {
    coordinate: `${at.typeName}.${at.fieldName}`,
    parentType: at.typeName,
    kind,
    action: actionOf(at, kind, wrappers),
    phiTypes,
    phiOnly: phiTypes.length > 0 && phiTypes.length === resourceTypes.length,
  };
}

function kindOf(
  schema: GraphQLSchema,
  at: FieldAt,
  named: GraphQLNamedType,
  phiTypes: readonly string[],
): PhiFieldKind {
  const parent = schema.getType(at.typeName);
  if (at.typeName === schema.getQueryType()?.name) {
    if (at.fieldName === ENTITIES_FIELD) return 'entities';
  }
  if (at.fieldName === 'contained' && isResourceType(parent)) {
    return 'contained';
  }
  if (phiTypes.length === 0) return 'marked';
  if (isAbstractType(named) || isResourceType(named)) return 'resources';
  return 'wrapper';
}

function actionOf(
  at: FieldAt,
  kind: PhiFieldKind,
  wrappers: ReadonlySet<string>,
): ScopeAction {
  if (kind === 'entities' || kind === 'contained') return 'read';
  const list = isListType(getNullableType(at.field.type));
  const search = list || kind === 'wrapper' || wrappers.has(at.typeName);
  return search ? 'search' : 'read';
}

/** Returns the resource types a value of `type` is or wraps. */
function resourceTypesOf(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  wrappers: ReadonlySet<string>,
  seen: Set<string>,
): string[] {
  if (isAbstractType(type)) {
    return schema
      .getPossibleTypes(type)
      .filter(isResourceType)
      .map((member) => member.name);
  }
  if (!isObjectType(type)) return [];
  if (isResourceType(type)) return [type.name];
  if (!wrappers.has(type.name) || seen.has(type.name)) return [];
  seen.add(type.name);
  const inner = Object.values(type.getFields()).flatMap((field) =>
    resourceTypesOf(schema, getNamedType(field.type), wrappers, seen),
  );
  return [...new Set(inner)];
}

/** Collects the wrapper types: see `planPhiFields`. */
function findWrapperTypes(schema: GraphQLSchema): Set<string> {
  const wrappers = new Set<string>();
  const visit = (type: GraphQLNamedType, depth: number): void => {
    if (!isObjectType(type) || isResourceType(type)) return;
    if (depth >= MAX_WRAPPER_DEPTH || wrappers.has(type.name)) return;
    wrappers.add(type.name);
    for (const field of Object.values(type.getFields())) {
      visit(getNamedType(field.type), depth + 1);
    }
  };
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    visit(getNamedType(field.type), 0);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (getDirective(schema, type, 'phi') !== undefined) visit(type, 0);
  }
  return wrappers;
}

function isResourceType(type: GraphQLNamedType | undefined | null): boolean {
  return (
    isObjectType(type) &&
    type.getInterfaces().some((face) => face.name === RESOURCE_INTERFACE)
  );
}

/** Returns true for a resource type that is not public or is marked `@phi`. */
function isPhi(schema: GraphQLSchema, typeName: string): boolean {
  const type = schema.getType(typeName);
  const marked = type ? getDirective(schema, type, 'phi') !== undefined : false;
  return isPhiResourceType(typeName) || marked;
}
