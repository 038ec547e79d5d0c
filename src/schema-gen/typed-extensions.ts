import type {
  ElementDefinition,
  ElementDefinitionType,
  StructureDefinition,
} from 'fhir/r4';
import type { ExtensionBinding } from '../schema/extension-binding';
import type { SchemaContext } from './context';
import { elementFields } from './element-fields';
import type { ElementNode } from './elements';
import type { CompositeTypeModel, FieldModel } from './model';
import { choiceFieldName, lowerFirst } from './naming';
import type { TypedExtensionConfig } from './extensions.config';

/** Bindings by GraphQL type name, then by field name. */
export type ExtensionBindings = Record<
  string,
  Record<string, ExtensionBinding>
>;

/** The value shape an extension's definition gives. */
interface ExtensionShape {
  description: string;
  list: boolean;
  /** The value type of a simple extension. */
  value?: ElementDefinitionType;
  /** The sub-extensions of a complex extension. */
  parts?: ExtensionPart[];
}

interface ExtensionPart {
  field: string;
  url: string;
  list: boolean;
  description: string;
  value: ElementDefinitionType;
}

/**
 * Adds the configured typed extension fields and the object types of complex
 * extensions, and returns the bindings the runtime resolvers read.
 */
export function addTypedExtensionFields(
  context: SchemaContext,
  configs: readonly TypedExtensionConfig[],
): ExtensionBindings {
  const bindings: ExtensionBindings = {};
  for (const config of configs) {
    const shape = readExtensionShape(context, config);
    const field = shape.value
      ? valueField(context, config, shape, shape.value)
      : complexField(context, config, shape, bindings);
    ownerType(context, config.type).fields.push(field);
    const owner = (bindings[config.type] ??= {});
    owner[config.field] = binding(config.url, shape.list, shape.value);
  }
  context.registry.buildPending();
  return bindings;
}

function binding(
  url: string,
  list: boolean,
  value: ElementDefinitionType | undefined,
): ExtensionBinding {
  return { url, list, valueKey: value && valueKey(value) };
}

function ownerType(context: SchemaContext, name: string): CompositeTypeModel {
  const type = context.registry.get(name);
  if (type?.kind !== 'object') {
    throw new Error(
      `Typed extension config names ${name}, which is not an object type of the schema`,
    );
  }
  return type;
}

function valueKey(value: ElementDefinitionType): string {
  return choiceFieldName('value[x]', value.code);
}

/** Builds the field of a simple extension, typed like an element of its value type. */
function valueField(
  context: SchemaContext,
  config: { type: string; field: string },
  shape: { description: string; list: boolean },
  value: ElementDefinitionType,
): FieldModel {
  const element: ElementNode = {
    path: `${config.type}.${config.field}`,
    name: config.field,
    min: 0,
    max: shape.list ? '*' : '1',
    definition: shape.description,
    types: [value],
    children: [],
  };
  const scope = { tree: element, isResource: false };
  const [field] = elementFields(context, scope, element);
  return field!;
}

function complexField(
  context: SchemaContext,
  config: TypedExtensionConfig,
  shape: ExtensionShape,
  bindings: ExtensionBindings,
): FieldModel {
  const objectType = config.objectType;
  if (objectType === undefined) {
    throw new Error(
      `Extension ${config.url} has sub-extensions, so its config entry needs an objectType`,
    );
  }
  const parts = shape.parts ?? [];
  context.registry.request(objectType, () => [
    complexObjectType(context, objectType, shape.description, parts),
  ]);
  bindings[objectType] = Object.fromEntries(
    parts.map((p) => [p.field, binding(p.url, p.list, p.value)]),
  );
  return {
    name: config.field,
    type: { name: objectType, list: shape.list },
    description: shape.description,
  };
}

function complexObjectType(
  context: SchemaContext,
  name: string,
  description: string,
  parts: readonly ExtensionPart[],
): CompositeTypeModel {
  const fields = parts.map((part) =>
    valueField(context, { type: name, field: part.field }, part, part.value),
  );
  return {
    kind: 'object',
    name,
    description,
    fields,
    file: { kind: 'extensions' },
  };
}

function readExtensionShape(
  context: SchemaContext,
  config: TypedExtensionConfig,
): ExtensionShape {
  const definition = context.definitions.structureDefinitions.get(config.url);
  if (definition === undefined) return undefinedExtensionShape(config);
  const elements = definition.snapshot?.element ?? [];
  const value = elements.find((e) => e.id === 'Extension.value[x]');
  const text = definition.description ?? elements[0]?.definition ?? '';
  const shape = {
    description: `${text.trim()}\n\nFrom the extension ${config.url}.`,
    list: isList(context, config, elements[0]),
  };
  if (value !== undefined && value.max !== '0') {
    return { ...shape, value: singleType(config.url, value) };
  }
  return { ...shape, parts: extensionParts(config.url, elements) };
}

function undefinedExtensionShape(config: TypedExtensionConfig): ExtensionShape {
  const fallback = config.undefinedExtension;
  if (fallback === undefined) {
    throw new Error(
      `No StructureDefinition in the inputs defines extension ${config.url}, and its config entry has no undefinedExtension`,
    );
  }
  const value = {
    code: fallback.valueType,
    targetProfile: fallback.targetProfiles,
  };
  return { description: fallback.description, list: fallback.list, value };
}

/** Reads the cardinality from the profile's slice, or else from the definition's root. */
function isList(
  context: SchemaContext,
  config: TypedExtensionConfig,
  root: ElementDefinition | undefined,
): boolean {
  if (config.profile === undefined) return root?.max !== '1';
  const profile = context.definitions.structureDefinitions.get(config.profile);
  const slice = profile && extensionSlice(profile, config.url);
  if (slice === undefined) {
    throw new Error(
      `Profile ${config.profile} has no extension slice for ${config.url}`,
    );
  }
  return slice.max !== '1';
}

function extensionSlice(
  profile: StructureDefinition,
  url: string,
): ElementDefinition | undefined {
  return profile.snapshot?.element.find(
    (e) =>
      e.path === `${profile.type}.extension` &&
      e.type?.some((t) => t.profile?.includes(url)),
  );
}

function extensionParts(
  url: string,
  elements: readonly ElementDefinition[],
): ExtensionPart[] {
  const slices = elements.filter(
    (e) => /^Extension\.extension:[^.]+$/.test(e.id ?? '') && e.max !== '0',
  );
  return slices.map((slice) => {
    const byId = (suffix: string) =>
      elements.find((e) => e.id === `${slice.id}.${suffix}`);
    return {
      field: lowerFirst(slice.sliceName ?? ''),
      url: byId('url')?.fixedUri ?? slice.sliceName ?? '',
      list: slice.max !== '1',
      // Slices of extension definitions carry their meaning in `short`. Their
      // `definition` is the generic "An Extension".
      description: `${slice.short ?? slice.definition ?? ''}\n\nFrom the sub-extension \`${slice.sliceName}\`.`,
      value: singleType(`${url}#${slice.sliceName}`, byId('value[x]')),
    };
  });
}

function singleType(
  where: string,
  value: ElementDefinition | undefined,
): ElementDefinitionType {
  const types = value?.type ?? [];
  if (types.length !== 1) {
    throw new Error(
      `Extension ${where} must have exactly one value type to become a typed field, found ${types.length}`,
    );
  }
  return types[0]!;
}
