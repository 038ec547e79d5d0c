import { randomBytes } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { federationResolvers } from '../../resolvers/federation';
import { fhirGraphqlResolvers } from '../../resolvers/fhir';
import { directoryResolvers } from '../../resolvers/directory';
import { formularyResolvers } from '../../resolvers/formulary';
import { memberResolvers } from '../../resolvers/member';
import type { BackendSettings } from '../config';
import { federationPlugins } from '../federation/plugins';
import { FhirClient, type FhirClientOptions } from '../fhir';
import { DEFAULT_LOADER_SETTINGS, type LoaderSettings } from '../loaders';
import { CursorCodec } from '../pagination/cursor';
import { parseFhirJson } from '../schema/fhir-json';
import { checkEntityTypes } from '../federation/entity-types';
import { buildFhirSubgraphSchema, mergeResolverMaps } from '../schema/subgraph';
import { loadTypeDefs } from '../schema/type-defs';
import { startGraphServer, type RunningGraphServer } from './app';
import { protectPhiFields } from './protection/protect-schema';
import { closeProtection, type Protection } from './protection/protection';
import { Operations } from './operations/operations';
import { defaultOperationsSettings } from './operations/settings';
import type { ServerSettings } from './settings';

/** The repository root, where `schema/` is. */
export const ROOT_DIR = `${__dirname}/../..`;

export interface ServiceOptions {
  readonly backends: BackendSettings;
  readonly settings: ServerSettings;
  readonly logger: Logger;
  readonly loaderSettings?: LoaderSettings;
  /** Overrides of the FHIR client options, such as retry limits. */
  readonly client?: Partial<Omit<FhirClientOptions, 'backends' | 'logger'>>;
  /** PHI protection; the service closes its stores when it stops. */
  readonly protection: Protection;
}

export interface RunningService extends RunningGraphServer {
  readonly client: FhirClient;
  /** Metrics, readiness and the public cache of this instance. */
  readonly operations: Operations;
}

/** Builds the schema and the FHIR client, then starts the graph server. */
export async function startService(
  options: ServiceOptions,
): Promise<RunningService> {
  const { backends, settings, logger } = options;
  const operations = await Operations.open(
    settings.operations ?? defaultOperationsSettings(settings.development),
    { backends, logger },
  );
  const client = new FhirClient({
    backends,
    logger,
    parseJson: parseFhirJson,
    ...options.client,
    ...operations.clientHooks(options.client?.onRequest),
  });
  const typeDefs = loadTypeDefs(ROOT_DIR);
  // The limits estimate the cost of an operation from these resolvers.
  const domainResolvers = mergeResolverMaps([
    fhirGraphqlResolvers(typeDefs),
    federationResolvers(typeDefs),
    memberResolvers,
    formularyResolvers,
    directoryResolvers,
  ]);
  const subgraph = checkEntityTypes(
    buildFhirSubgraphSchema(typeDefs, domainResolvers),
  );
  const schema = protectSchema(subgraph, options.protection, settings);
  const server = await startGraphServer({
    schema,
    client,
    logger,
    development: settings.development,
    host: settings.host,
    port: settings.port,
    requestTimeoutMs: settings.requestTimeoutMs,
    plugins: [
      ...federationPlugins({
        gatewaySecret: settings.gatewaySecret,
        development: settings.development,
      }),
      ...operations.plugins(domainResolvers),
    ],
    routers: operations.routers(),
    introspection: operations.settings.introspection,
    loaderSettings: operations.loaderSettings(
      options.loaderSettings ?? DEFAULT_LOADER_SETTINGS,
    ),
    cursors: new CursorCodec(settings.cursorSecret ?? randomBytes(32)),
    protection: options.protection,
  });
  return {
    ...server,
    client,
    operations,
    stop: async () => {
      await server.stop();
      await client.close();
      await operations.close();
      await closeProtection(options.protection);
    },
  };
}

/**
 * Returns the schema with its PHI fields protected, applied after
 * `buildSubgraphSchema` on purpose (see `protectPhiFields`). Protection
 * off is refused in production, where it would serve PHI to anyone.
 */
function protectSchema(
  subgraph: GraphQLSchema,
  protection: Protection,
  settings: ServerSettings,
): GraphQLSchema {
  switch (protection.kind) {
    case 'enforced':
      return protectPhiFields(subgraph);
    case 'off':
      if (!settings.development) {
        throw new Error('PHI protection cannot be off in production');
      }
      return subgraph;
    default:
      return assertNever(protection);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected protection ${JSON.stringify(value)}`);
}
