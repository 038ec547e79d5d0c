import pino from 'pino';
import {
  configuredBackendVariable,
  loadBackendSettings,
  loadFhirClientSettings,
} from '../config';
import { ConfigError } from '../errors';
import { loadSandboxData } from '../sandbox/data/load';
import { startSandbox } from '../sandbox/server';
import { startService } from './service';
import { loadServerSettings } from './settings';

/**
 * Starts the service: the graph on `PORT` over the configured FHIR
 * backends, or over the embedded sandbox when none is configured.
 */
async function main(): Promise<void> {
  const logger = pino({ name: 'fhir-payer-graph' });
  const settings = loadServerSettings(process.env);
  const clientSettings = loadFhirClientSettings(process.env);
  const sandboxBaseUrl = await startSandboxIfNeeded(logger);
  const backends = loadBackendSettings(process.env, { sandboxBaseUrl });
  const service = await startService({
    backends,
    settings,
    logger,
    client: clientSettings,
  });
  const baseUrls = backends.backends.map((backend) => backend.baseUrl);
  logger.info({ url: service.url, backends: baseUrls }, 'graph ready');
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
