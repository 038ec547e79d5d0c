import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { fhirGraphqlResolvers } from '../../resolvers/fhir';
import {
  configuredBackendVariable,
  loadBackendSettings,
  loadFhirClientSettings,
} from '../config';
import { ConfigError } from '../errors';
import { FhirClient } from '../fhir';
import { DEFAULT_LOADER_SETTINGS } from '../loaders';
import { CursorCodec } from '../pagination/cursor';
import { loadSandboxData } from '../sandbox/data/load';
import { startSandbox } from '../sandbox/server';
import { parseFhirJson } from '../schema/fhir-json';
import { buildFhirSubgraphSchema } from '../schema/subgraph';
import { loadTypeDefs } from '../schema/type-defs';
import { startGraphServer } from './app';
import { loadServerSettings } from './settings';

const ROOT_DIR = `${__dirname}/../..`;

/**
 * Starts the service: the graph on `PORT` over the configured FHIR
 * backends, or over the embedded sandbox when none is configured.
 */
async function main(): Promise<void> {
  const logger = pino({ name: 'fhir-payer-graph' });
  const settings = loadServerSettings(process.env);
  const sandboxBaseUrl = await startSandboxIfNeeded(logger);
  const backends = loadBackendSettings(process.env, { sandboxBaseUrl });
  const client = new FhirClient({
    backends,
    logger,
    ...loadFhirClientSettings(process.env),
    parseJson: parseFhirJson,
  });

  const started = performance.now();
  const typeDefs = loadTypeDefs(ROOT_DIR);
  const schema = buildFhirSubgraphSchema(
    typeDefs,
    fhirGraphqlResolvers(typeDefs),
  );
  logger.info({ ms: Math.round(performance.now() - started) }, 'schema built');

  const server = await startGraphServer({
    schema,
    client,
    logger,
    development: settings.development,
    host: settings.host,
    port: settings.port,
    requestTimeoutMs: settings.requestTimeoutMs,
    loaderSettings: DEFAULT_LOADER_SETTINGS,
    cursors: new CursorCodec(settings.cursorSecret ?? randomBytes(32)),
  });
  logger.info(
    { url: server.url, backends: backends.backends.map((b) => b.baseUrl) },
    'graph ready',
  );
}

async function startSandboxIfNeeded(
  logger: pino.Logger,
): Promise<string | undefined> {
  if (configuredBackendVariable(process.env) !== undefined) {
    return undefined;
  }
  const started = performance.now();
  const data = await loadSandboxData();
  const sandbox = await startSandbox({
    resources: data.resources,
    port: 0,
    logger,
  });
  const ms = Math.round(performance.now() - started);
  logger.info(
    { baseUrl: sandbox.baseUrl, counts: data.countsByType, ms },
    'sandbox FHIR server started',
  );
  return sandbox.baseUrl;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Startup failed: ${String(error)}\n`);
  }
  process.exit(1);
});
