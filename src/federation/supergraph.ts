import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { parse, type GraphQLError } from 'graphql';
import { buildFhirSubgraphSchema } from '../schema/subgraph';
import { loadTypeDefs } from '../schema/type-defs';

/** One subgraph to compose: its name, routing URL and SDL. */
export interface SubgraphSource {
  readonly name: string;
  /** URL where the gateway sends this subgraph's operations. */
  readonly url: string;
  readonly sdl: string;
}

/** The result of composing subgraphs into a supergraph. */
export type CompositionOutcome =
  | { readonly kind: 'composed'; readonly supergraphSdl: string }
  | { readonly kind: 'failed'; readonly errors: readonly GraphQLError[] };

/**
 * Returns the SDL of the FHIR subgraph as `_service { sdl }` returns it:
 * the schema under `rootDir/schema` with its federation directives,
 * printed by @apollo/subgraph.
 */
export function fhirSubgraphSdl(rootDir: string): string {
  return printSubgraphSchema(buildFhirSubgraphSchema(loadTypeDefs(rootDir)));
}

/**
 * Composes `subgraphs` into a Federation 2 supergraph with
 * @theguild/federation-composition (MIT), which applies the composition
 * rules of Apollo Federation 2. Each subgraph's URL becomes its
 * `join__graph(url:)`, where the gateway sends its operations.
 */
export function composeSupergraph(
  subgraphs: readonly SubgraphSource[],
): CompositionOutcome {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.url,
      typeDefs: parse(subgraph.sdl),
    })),
  );
  if (result.errors !== undefined) {
    return { kind: 'failed', errors: result.errors };
  }
  return { kind: 'composed', supergraphSdl: result.supergraphSdl };
}
