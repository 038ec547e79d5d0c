import { randomBytes } from 'node:crypto';
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
import {
  buildFhirSubgraphSchema,
  mergeResolverMaps,
} from '../schema/subgraph';
import { loadTypeDefs } from '../schema/type-defs';
import { startGraphServer, type RunningGraphServer } from './app';
import { closePhiFields } from './phi-guard';
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
}

export interface RunningService extends RunningGraphServer {
  readonly client: FhirClient;
}

/** Builds the schema and the FHIR client, then starts the graph server. */
export async function startService(
  options: ServiceOptions,
): Promise<RunningService> {
  const { backends, settings, logger } = options;
  const client = new FhirClient({
    backends,
    logger,
    parseJson: parseFhirJson,
    ...options.client,
  });
  const typeDefs = loadTypeDefs(ROOT_DIR);
  const subgraph = buildFhirSubgraphSchema(
    typeDefs,
    mergeResolverMaps([
      fhirGraphqlResolvers(typeDefs),
      federationResolvers(typeDefs),
      memberResolvers,
      formularyResolvers,
      directoryResolvers,
    ]),
  );
  const schema = settings.development ? subgraph : closePhiFields(subgraph);
  const server = await startGraphServer({
    schema,
    client,
    logger,
    development: settings.development,
    host: settings.host,
    port: settings.port,
    requestTimeoutMs: settings.requestTimeoutMs,
    plugins: federationPlugins({
      gatewaySecret: settings.gatewaySecret,
      development: settings.development,
    }),
    loaderSettings: options.loaderSettings ?? DEFAULT_LOADER_SETTINGS,
    cursors: new CursorCodec(settings.cursorSecret ?? randomBytes(32)),
  });
  return {
    ...server,
    client,
    stop: async () => {
      await server.stop();
      await client.close();
    },
  };
}
