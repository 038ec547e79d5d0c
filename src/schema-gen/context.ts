import type { Definitions } from './definitions';
import { buildDefinitionTypes } from './object-types';
import { referenceTypeFor } from './references';
import type { TypeRegistry } from './type-registry';

/** The state the type builders share while generating one schema. */
export interface SchemaContext {
  definitions: Definitions;
  /** Resource types the API serves. */
  inScope: ReadonlySet<string>;
  registry: TypeRegistry;
  /** Requests the type of a complex datatype and returns its name. */
  datatype(code: string): string;
  /** Requests the Reference type for these target profiles and returns its name. */
  referenceType(targetProfiles: readonly string[] | undefined): string;
}

export function createContext(
  definitions: Definitions,
  inScope: ReadonlySet<string>,
  registry: TypeRegistry,
): SchemaContext {
  const context: SchemaContext = {
    definitions,
    inScope,
    registry,
    datatype: (code) => {
      registry.request(code, () =>
        buildDefinitionTypes(context, typeDefinition(definitions, code)),
      );
      return code;
    },
    referenceType: (targetProfiles) =>
      referenceTypeFor(context, targetProfiles ?? []),
  };
  return context;
}

/** Returns the base StructureDefinition of a datatype or resource type. */
export function typeDefinition(definitions: Definitions, code: string) {
  const definition = definitions.typeDefinitions.get(code);
  if (definition === undefined) {
    throw new Error(`No StructureDefinition defines the FHIR type ${code}`);
  }
  return definition;
}
