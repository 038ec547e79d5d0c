import { typeDefinition, type SchemaContext } from './context';
import { elementFields } from './element-fields';
import { elementTree } from './elements';
import type { FieldModel, TypeModel } from './model';
import { referenceTypeName, targetUnionName } from './naming';

const ANY_RESOURCE = 'Resource';

/**
 * Returns the Reference type for an element's target profiles and requests
 * it. Targets the API does not serve are dropped, so `Reference(Patient |
 * Device)` becomes `PatientReference`. A reference to any resource, or only
 * to types the API does not serve, becomes the plain `Reference`, whose
 * `resource` field has the `Resource` interface type.
 */
export function referenceTypeFor(
  context: SchemaContext,
  targetProfiles: readonly string[],
): string {
  const targets = servedTargets(context, targetProfiles);
  const name = targets.length === 0 ? 'Reference' : referenceTypeName(targets);
  context.registry.request(name, () =>
    buildReferenceTypes(context, name, targets),
  );
  return name;
}

/** Resource types a set of target profiles allows that the API serves. */
export function servedTargets(
  context: SchemaContext,
  targetProfiles: readonly string[],
): string[] {
  const types = targetProfiles.map((url) => profileType(context, url));
  if (types.length === 0 || types.includes(ANY_RESOURCE)) return [];
  const served = types.filter((type) => context.inScope.has(type));
  return [...new Set(served)].sort();
}

/** Returns the resource type a profile URL constrains. */
export function profileType(context: SchemaContext, url: string): string {
  const definition = context.definitions.structureDefinitions.get(url);
  if (definition === undefined) {
    throw new Error(
      `Target profile ${url} is not defined by any StructureDefinition in the inputs`,
    );
  }
  return definition.type;
}

function buildReferenceTypes(
  context: SchemaContext,
  name: string,
  targets: readonly string[],
): TypeModel[] {
  const tree = elementTree(typeDefinition(context.definitions, 'Reference'));
  const scope = { tree, isResource: false };
  const fields = tree.children.flatMap((c) => elementFields(context, scope, c));
  const file = { kind: 'references' } as const;
  const reference: TypeModel = {
    kind: 'object',
    name,
    description: referenceDescription(targets, tree.definition),
    fields: [...fields, resourceField(targets)],
    file,
  };
  if (targets.length < 2) return [reference];
  const union: TypeModel = {
    kind: 'union',
    name: targetUnionName(targets),
    description: `A resource of one of the types ${listTypes(targets)}.`,
    members: [...targets],
    file,
  };
  return [reference, union];
}

function referenceDescription(
  targets: readonly string[],
  definition: string,
): string {
  if (targets.length === 0) return definition;
  return `A reference to a resource of type ${listTypes(targets)}.\n\n${definition}`;
}

/** Builds the FHIR GraphQL `resource` field, which follows the reference. */
function resourceField(targets: readonly string[]): FieldModel {
  const typeName =
    targets.length === 0 ? ANY_RESOURCE : targetUnionName(targets);
  return {
    name: 'resource',
    type: { name: typeName, list: false },
    description:
      'The referenced resource, read from the server. With `optional: true` a reference that cannot be read gives null instead of an error. With `type`, a resource of another type gives null. A resource of a type this API does not serve is always null.',
    args: [
      {
        name: 'optional',
        type: { name: 'Boolean', list: false },
        description:
          'Give null instead of an error when the reference cannot be read.',
      },
      {
        name: 'type',
        type: { name: 'String', list: false },
        description: 'Give the resource only if it has this resource type.',
      },
    ],
  };
}

function listTypes(targets: readonly string[]): string {
  if (targets.length === 1) return targets[0] ?? '';
  return `${targets.slice(0, -1).join(', ')} or ${targets.at(-1)}`;
}
