import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Bundle,
  FhirResource,
  SearchParameter,
  StructureDefinition,
} from 'fhir/r4';

/** Where the generator reads its FHIR conformance resources from. */
export interface DefinitionSources {
  /** Folder of the FHIR R4 core bundles. */
  coreDir: string;
  /** Bundle files inside coreDir. */
  coreBundleFiles: readonly string[];
  /** Folders of vendored package files, in precedence order (later wins). */
  packageDirs: readonly string[];
}

/** The conformance resources the schema is generated from. */
export interface Definitions {
  /** StructureDefinitions by canonical URL. */
  structureDefinitions: ReadonlyMap<string, StructureDefinition>;
  /** The base definition of each datatype and resource type, by type name. */
  typeDefinitions: ReadonlyMap<string, StructureDefinition>;
  /** Search parameters, R4 core first, then each package in order. */
  searchParameters: readonly SearchParameter[];
}

const PACKAGE_FILE_PREFIXES = ['StructureDefinition-', 'SearchParameter-'];

/** Reads the core bundles and the package folders into one index. */
export function loadDefinitions(sources: DefinitionSources): Definitions {
  const resources = [
    ...sources.coreBundleFiles.flatMap((file) =>
      readBundle(join(sources.coreDir, file)),
    ),
    ...sources.packageDirs.flatMap(readPackageDir),
  ];
  return indexDefinitions(resources);
}

function readBundle(path: string): FhirResource[] {
  const bundle = readJson(path);
  if (bundle.resourceType !== 'Bundle') {
    throw new Error(
      `Expected a FHIR Bundle in ${path}, got resourceType ${bundle.resourceType}`,
    );
  }
  return (bundle as Bundle).entry?.flatMap((e) => e.resource ?? []) ?? [];
}

function readPackageDir(dir: string): FhirResource[] {
  return readdirSync(dir)
    .filter((name) => PACKAGE_FILE_PREFIXES.some((p) => name.startsWith(p)))
    .sort()
    .map((name) => readJson(join(dir, name)));
}

function readJson(path: string): FhirResource {
  return JSON.parse(readFileSync(path, 'utf8')) as FhirResource;
}

function indexDefinitions(resources: FhirResource[]): Definitions {
  const structureDefinitions = new Map<string, StructureDefinition>();
  const typeDefinitions = new Map<string, StructureDefinition>();
  const searchParameters: SearchParameter[] = [];
  for (const resource of resources) {
    if (resource.resourceType === 'SearchParameter') {
      searchParameters.push(resource);
    } else if (resource.resourceType === 'StructureDefinition') {
      structureDefinitions.set(resource.url, resource);
      if (isBaseDefinition(resource)) {
        typeDefinitions.set(resource.type, resource);
      }
    }
  }
  return { structureDefinitions, typeDefinitions, searchParameters };
}

/** True for the definition of a type itself, false for profiles and extensions. */
function isBaseDefinition(definition: StructureDefinition): boolean {
  if (definition.kind === 'logical') return false;
  return (
    definition.derivation === 'specialization' ||
    definition.baseDefinition === undefined
  );
}
