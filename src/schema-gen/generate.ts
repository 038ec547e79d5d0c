import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FHIR_PRIMITIVES } from '../schema/fhir-primitives';
import { fhirScalars } from '../schema/scalars';
import { buildConnectionTypes } from './connection-types';
import { createContext, typeDefinition, type SchemaContext } from './context';
import { loadDefinitions, type DefinitionSources } from './definitions';
import type { TypedExtensionConfig } from './extensions.config';
import type { TypeModel } from './model';
import { buildDefinitionTypes, buildResourceInterfaces } from './object-types';
import { sdlFiles, type GeneratedFile } from './output-files';
import { applyPhiPolicy, checkPhiPolicy } from './phi';
import { buildQueryType } from './query-fields';
import { addReverseReferenceFields } from './reverse-references';
import {
  searchArgumentsByType,
  type BorrowedSearchParameters,
  type SearchArgument,
} from './search-parameters';
import { TypeRegistry } from './type-registry';
import {
  addTypedExtensionFields,
  type ExtensionBindings,
} from './typed-extensions';
import {
  extensionBindingsFile,
  fhirModelsFile,
  searchParametersFile,
} from './typescript-files';

/** Everything the generator reads. Paths are relative to `rootDir`. */
export interface GeneratorInputs {
  rootDir: string;
  sources: DefinitionSources;
  resourceTypes: readonly string[];
  borrowedSearchParameters: Readonly<Record<string, BorrowedSearchParameters>>;
  typedExtensions: readonly TypedExtensionConfig[];
  phiPolicyFile: string;
  /** @types/fhir R4 declarations, to map generated types to FHIR models. */
  fhirTypesFile: string;
  output: { sdlDir: string; tsDir: string };
}

/**
 * Generates the SDL and the TypeScript tables from the FHIR definitions and
 * returns the files without writing them. The output depends only on the
 * inputs: types and files are sorted, and fields keep the element order of
 * the StructureDefinitions.
 */
export function generate(inputs: GeneratorInputs): GeneratedFile[] {
  const at = (path: string) => join(inputs.rootDir, path);
  const definitions = loadDefinitions({
    ...inputs.sources,
    coreDir: at(inputs.sources.coreDir),
    packageDirs: inputs.sources.packageDirs.map(at),
  });
  const inScope = new Set(inputs.resourceTypes);
  const context = createContext(definitions, inScope, new TypeRegistry());

  // Typed extensions extend the types the resources reach, and reverse
  // references need every resource type, so the order matters.
  addBaseTypes(context, inputs.resourceTypes);
  const bindings = addTypedExtensionFields(context, inputs.typedExtensions);
  const search = searchArgumentsByType(
    definitions,
    inputs.resourceTypes,
    inputs.borrowedSearchParameters,
  );
  addSearchTypes(context, search);
  const policy = readJson(at(inputs.phiPolicyFile));
  applyPhiPolicy(context.registry, checkPhiPolicy(policy, context.registry));

  return outputFiles(inputs, context.registry.all(), search, bindings);
}

function outputFiles(
  inputs: GeneratorInputs,
  types: readonly TypeModel[],
  search: ReadonlyMap<string, SearchArgument[]>,
  bindings: ExtensionBindings,
): GeneratedFile[] {
  const { sdlDir, tsDir } = inputs.output;
  const fhirTypesFile = join(inputs.rootDir, inputs.fhirTypesFile);
  return [
    ...sdlFiles(types, sdlDir),
    searchParametersFile(tsDir, search),
    extensionBindingsFile(tsDir, bindings),
    fhirModelsFile(tsDir, types, exportedTypeNames(fhirTypesFile)),
  ];
}

/** Adds the scalars, the Resource interfaces and every type the resources reach. */
function addBaseTypes(
  context: SchemaContext,
  resourceTypes: readonly string[],
): void {
  const { registry, definitions } = context;
  FHIR_PRIMITIVES.forEach((p) => registry.add(scalarType(p.scalarName)));
  const interfaces = ['Resource', 'DomainResource'].map((name) =>
    typeDefinition(definitions, name),
  );
  buildResourceInterfaces(context, interfaces).forEach((t) => registry.add(t));
  for (const resourceType of resourceTypes) {
    registry.request(resourceType, () =>
      buildDefinitionTypes(context, typeDefinition(definitions, resourceType)),
    );
  }
  registry.buildPending();
}

function scalarType(name: string): TypeModel {
  const scalar = fhirScalars[name];
  const url = scalar?.specifiedByURL;
  return {
    kind: 'scalar',
    name,
    description: scalar?.description ?? undefined,
    directives: url ? [{ name: 'specifiedBy', args: { url } }] : undefined,
    file: { kind: 'scalars' },
  };
}

function addSearchTypes(
  context: SchemaContext,
  search: ReadonlyMap<string, SearchArgument[]>,
): void {
  context.registry.add(buildQueryType(search));
  for (const resourceType of search.keys()) {
    buildConnectionTypes(resourceType).forEach((t) => context.registry.add(t));
  }
  addReverseReferenceFields(context, search);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reads the names of the interfaces and types a declaration file exports. */
function exportedTypeNames(path: string): Set<string> {
  const source = readFileSync(path, 'utf8');
  const names = source.matchAll(/^export (?:interface|type) (\w+)/gm);
  return new Set([...names].map((match) => match[1] ?? ''));
}
