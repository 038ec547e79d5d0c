import { join } from 'node:path';
import type { ExtensionBinding } from '../schema/extension-binding';
import type { SearchParameterInfo } from '../schema/search-parameter-info';
import type { TypeModel } from './model';
import type { GeneratedFile } from './output-files';
import type { SearchArgument } from './search-parameters';
import type { ExtensionBindings } from './typed-extensions';

const TS_HEADER =
  '// Generated from the FHIR definitions by src/schema-gen (npm run generate).\n// Do not edit: change the generator or its configuration and regenerate.\n\n';

/**
 * `search-parameters.ts`: for each resource type, the FHIR search parameter
 * behind each GraphQL search argument.
 */
export function searchParametersFile(
  tsDir: string,
  searchArguments: ReadonlyMap<string, SearchArgument[]>,
): GeneratedFile {
  const table: Record<string, Record<string, SearchParameterInfo>> = {};
  for (const [resourceType, search] of searchArguments) {
    table[resourceType] = Object.fromEntries(
      search.map(({ name, code, type, expression, targets, url }) => [
        name,
        { code, type, expression, targets, url },
      ]),
    );
  }
  return tsFile(join(tsDir, 'search-parameters.ts'), [
    "import type { SearchParameterInfo } from '../schema/search-parameter-info';",
    '',
    '/** Search parameters by resource type, then by GraphQL argument name. */',
    'export const SEARCH_PARAMETERS: Readonly<',
    '  Record<string, Readonly<Record<string, SearchParameterInfo>>>',
    `> = ${JSON.stringify(table, null, 2)};`,
  ]);
}

/** `extension-bindings.ts`: how each typed extension field reads FHIR JSON. */
export function extensionBindingsFile(
  tsDir: string,
  bindings: ExtensionBindings,
): GeneratedFile {
  const sorted: Record<
    string,
    Record<string, ExtensionBinding>
  > = Object.fromEntries(Object.entries(bindings).sort());
  return tsFile(join(tsDir, 'extension-bindings.ts'), [
    "import type { ExtensionBinding } from '../schema/extension-binding';",
    '',
    '/** Typed extension fields by GraphQL type name, then by field name. */',
    'export const EXTENSION_BINDINGS: Readonly<',
    '  Record<string, Readonly<Record<string, ExtensionBinding>>>',
    `> = ${JSON.stringify(sorted, null, 2)};`,
  ]);
}

/**
 * `fhir-models.ts`: the @types/fhir R4 type behind each generated object
 * type, which codegen.yml uses as the resolvers' parent and result types.
 * Types with no FHIR JSON shape (Query, connections) are left out and keep
 * their generated GraphQL type.
 */
export function fhirModelsFile(
  tsDir: string,
  types: readonly TypeModel[],
  fhirTypeNames: ReadonlySet<string>,
): GeneratedFile {
  const entries = types.flatMap((type) => {
    const model = fhirModel(type, fhirTypeNames);
    return model ? [`  ${type.name}: ${model};`] : [];
  });
  return tsFile(join(tsDir, 'fhir-models.ts'), [
    "import type * as fhir4 from 'fhir/r4';",
    "import type { FormularyItem } from '../schema/formulary-item';",
    '',
    '/** The FHIR JSON type behind each generated GraphQL object type. */',
    'export interface FhirModels {',
    ...entries,
    '}',
    '',
    '/**',
    ' * The FHIR model of a generated GraphQL type, found by its `__typename`;',
    ' * a type with no FHIR model maps to itself.',
    ' */',
    'export type FhirModel<T> = T extends { __typename?: infer Name }',
    '  ? Name extends keyof FhirModels',
    '    ? FhirModels[Name]',
    '    : T',
    '  : T;',
  ]);
}

function fhirModel(
  type: TypeModel,
  fhirTypeNames: ReadonlySet<string>,
): string | undefined {
  if (type.kind !== 'object') return undefined;
  if (type.name === 'FormularyItem') return 'FormularyItem';
  switch (type.file.kind) {
    case 'references':
      return 'fhir4.Reference';
    case 'extensions':
      return 'fhir4.Extension';
    case 'resource':
    case 'datatypes':
      return fhirTypeNames.has(type.name) ? `fhir4.${type.name}` : undefined;
    default:
      return undefined;
  }
}

function tsFile(path: string, lines: readonly string[]): GeneratedFile {
  return { path, content: TS_HEADER + lines.join('\n') + '\n' };
}
