import pino from 'pino';
import {
  configuredBackendVariable,
  loadBackendSettings,
  loadFhirClientSettings,
} from '../config';
import { ConfigError } from '../errors';
import { loadSandboxData } from '../sandbox/data/load';
import { startSandbox } from '../sandbox/server';
import { loggerOptions } from './operations/logger-options';
import { openProtection } from './protection/protection';
import { startService } from './service';
import { loadServerSettings } from './settings';

/**
 * Starts the service: the graph on `PORT` over the configured FHIR
 * backends, or over the embedded sandbox when none is configured.
 */
async function main(): Promise<void> {
  const logger = pino(loggerOptions(process.env));
  // Node ends the process on an unhandled rejection, so one request that
  // trips a library bug would take every other request down with it. Log
  // the error's name and stack only: messages can carry request values.
  process.on('unhandledRejection', (reason) => {
    const { name, stack = '' } = reason instanceof Error ? reason : new Error();
    // The first line of a stack repeats the message.
    const frames = stack.split('\n').slice(1).join('\n');
    logger.error({ name, stack: frames }, 'unhandled promise rejection');
  });
  const settings = loadServerSettings(process.env);
  const clientSettings = loadFhirClientSettings(process.env);
  const sandboxBaseUrl = await startSandboxIfNeeded(logger);
  const backends = loadBackendSettings(process.env, { sandboxBaseUrl });
  const protection = await openProtection(process.env, logger);
  const service = await startService({
    backends,
    settings,
    logger,
    client: clientSettings,
    protection,
  });
  const baseUrls = backends.backends.map((backend) => backend.baseUrl);
  logger.info({ url: service.url, backends: baseUrls }, 'graph ready');
  if (sandboxBaseUrl !== undefined) {
    logCredentialCommands(logger);
  }
}

/**
 * Tells how to call the sandbox's PHI: a development token for a member
 * and an API key, sent as `Authorization: Bearer` and `x-api-key`.
 */
function logCredentialCommands(logger: pino.Logger): void {
  logger.info(
    {
      tokenCommand: 'npm run token -- --patient member-0001',
      apiKeyCommand: 'npm run apikey -- create --name my-app',
      headers: 'Authorization: Bearer <token>, x-api-key: <key>',
    },
    'member data needs a token and an API key; run these commands to get them',
  );
}

/** Starts the sandbox on a free port when no FHIR backend is configured. */
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
  const counts = data.countsByType;
  logger.info({ baseUrl: sandbox.baseUrl, counts, ms }, 'sandbox started');
  return sandbox.baseUrl;
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `Invalid configuration: ${error.message}`
      : `Startup failed: ${error instanceof Error ? error.stack : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
