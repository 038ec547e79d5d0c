/**
 * Prints the size of the schema's introspection result and the time to build
 * the subgraph schema from the SDL files. Run it in a fresh process
 * (`tsx src/schema-gen/measure.ts`) so the build is a cold one: the time
 * covers reading and parsing the SDL files and buildSubgraphSchema, not
 * loading the modules. Output is JSON on one line.
 */
import { introspectionFromSchema } from 'graphql';
import { buildFhirSubgraphSchema } from '../schema/subgraph';
import { loadTypeDefs } from '../schema/type-defs';

/** The figures measure.ts prints. */
export interface SchemaMeasurement {
  /** UTF-8 bytes of JSON.stringify of the full introspection result. */
  introspectionBytes: number;
  /** Milliseconds from reading the SDL files to the built schema. */
  coldBuildMs: number;
}

function measure(rootDir: string): SchemaMeasurement {
  const start = performance.now();
  const schema = buildFhirSubgraphSchema(loadTypeDefs(rootDir));
  const coldBuildMs = performance.now() - start;
  const introspection = JSON.stringify(introspectionFromSchema(schema));
  return {
    introspectionBytes: Buffer.byteLength(introspection),
    coldBuildMs: Math.round(coldBuildMs),
  };
}

process.stdout.write(`${JSON.stringify(measure(process.cwd()))}\n`);
