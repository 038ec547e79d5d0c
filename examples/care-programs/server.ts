import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { careProgramResolvers } from './resolvers';

/** Path of the example's SDL, which the supergraph composition reads too. */
export const CARE_PROGRAMS_SCHEMA_PATH = join(__dirname, 'schema.graphql');

export interface CareProgramsOptions {
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** Defaults to 4001; 0 picks a free port. */
  readonly port?: number;
  /** Receives Apollo Server's messages. Defaults to Apollo's console logger. */
  readonly logger?: Logger;
}

export interface RunningCareProgramsSubgraph {
  /** `http://host:port/`, where the subgraph accepts GraphQL requests. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Returns the SDL of the example subgraph. */
export function careProgramsTypeDefs(): DocumentNode {
  return parse(readFileSync(CARE_PROGRAMS_SCHEMA_PATH, 'utf8'));
}

/** Starts the care programs subgraph with Apollo Server's HTTP server. */
export async function startCareProgramsSubgraph(
  options: CareProgramsOptions = {},
): Promise<RunningCareProgramsSubgraph> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: careProgramsTypeDefs(),
      // @apollo/subgraph types field resolvers only, but it also accepts
      // __resolveReference at run time.
      resolvers: careProgramResolvers as GraphQLResolverMap<unknown>,
    },
  ]);
  const server = new ApolloServer({ schema, logger: options.logger });
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host ?? '127.0.0.1', port: options.port ?? 4001 },
  });
  return { url, stop: () => server.stop() };
}
