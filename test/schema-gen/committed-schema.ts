import { resolve } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { defaultGeneratorInputs } from '../../src/schema-gen/default-inputs';
import {
  loadDefinitions,
  type Definitions,
} from '../../src/schema-gen/definitions';
import { buildFhirSubgraphSchema } from '../../src/schema/subgraph';
import { loadTypeDefs } from '../../src/schema/type-defs';

/** Repository root. */
export const ROOT_DIR = resolve(__dirname, '../..');

/** Builds the subgraph schema from the committed SDL in schema/. */
export function committedSchema(): GraphQLSchema {
  return buildFhirSubgraphSchema(loadTypeDefs(ROOT_DIR));
}

/** Loads the FHIR definitions the generator reads by default. */
export function defaultDefinitions(): Definitions {
  const { sources } = defaultGeneratorInputs(ROOT_DIR);
  return loadDefinitions({
    ...sources,
    coreDir: resolve(ROOT_DIR, sources.coreDir),
    packageDirs: sources.packageDirs.map((dir) => resolve(ROOT_DIR, dir)),
  });
}
