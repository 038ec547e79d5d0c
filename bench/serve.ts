import pino from 'pino';
import { loadBackendSettings, loadFhirClientSettings } from '../src/config';
import { DEFAULT_LOADER_SETTINGS, type LoaderSettings } from '../src/loaders';
import { loadOperationsSettings } from '../src/server/operations/settings';
import { startService } from '../src/server/service';
import { startGraphqlEndpoint } from './graphql-endpoint';
import { createMedplumHandler } from './medplum-graphql';
import type {
  ProcessStats,
  ServeCommand,
  ServeConfig,
  ServeMessage,
} from './modes';
import { createRestHandler } from './rest-client';

/** A started implementation under test. */
interface Running {
  readonly url: string;
  stop(): Promise<void>;
}

// Batching off: DataLoader sends every key in a batch of its own, so each
// distinct reference and each parent of a reverse reference costs one
// request. The per-request cache still sends a repeated key only once.
const UNBATCHED: LoaderSettings = {
  ...DEFAULT_LOADER_SETTINGS,
  maxBatchSize: 1,
};

/**
 * Runs one implementation under test in this process, started by the
 * benchmark with `fork` and a ServeConfig as JSON in argv[2]. It sends
 * `ready` with its GraphQL URL, replies to `stats` with its CPU time and RSS,
 * and exits on `stop` or when the parent goes away.
 */
async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '') as ServeConfig;
  const running = await start(config);
  process.on('message', (command: ServeCommand) => {
    if (command.kind === 'stats') {
      send({ kind: 'stats', stats: readStats() });
      return;
    }
    void running.stop().finally(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready', url: running.url });
}

async function start(config: ServeConfig): Promise<Running> {
  switch (config.mode) {
    case 'service':
      return startServiceMode(config, DEFAULT_LOADER_SETTINGS);
    case 'unbatched':
      return startServiceMode(config, UNBATCHED);
    case 'medplum': {
      const handler = await createMedplumHandler(config.members);
      const endpoint = await startGraphqlEndpoint(handler);
      return { url: endpoint.url, stop: () => endpoint.close() };
    }
    case 'rest': {
      const client = createRestHandler(config.fhirBaseUrl);
      const endpoint = await startGraphqlEndpoint(client.handler);
      return {
        url: endpoint.url,
        stop: async () => {
          await endpoint.close();
          await client.close();
        },
      };
    }
    default:
      throw new Error(`Unknown mode ${JSON.stringify(config.mode)}`);
  }
}

async function startServiceMode(
  config: ServeConfig,
  loaderSettings: LoaderSettings,
): Promise<Running> {
  const service = await startService({
    backends: loadBackendSettings({}, { sandboxBaseUrl: config.fhirBaseUrl }),
    logger: pino({ level: 'error' }),
    loaderSettings,
    // Development mode adds `extensions.backend` with the request count.
    settings: {
      host: '127.0.0.1',
      port: 0,
      development: true,
      requestTimeoutMs: 60_000,
      cursorSecret: Buffer.alloc(32, 7),
      // A time to live of 0 turns the public cache off.
      operations: loadOperationsSettings(
        config.publicCache ? {} : { PUBLIC_CACHE_TTL_MS: '0' },
        true,
      ),
    },
    client: loadFhirClientSettings({}),
    // NOTE: PHI protection is off, so no token checks or audit writes are
    // measured; the sandbox members are synthetic.
    protection: { kind: 'off' },
  });
  return { url: service.url, stop: () => service.stop() };
}

function readStats(): ProcessStats {
  const cpu = process.cpuUsage();
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBytes: process.memoryUsage.rss(),
    // resourceUsage reports maxRSS in kilobytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

function send(message: ServeMessage): void {
  process.send?.(message);
}

main().catch((error: unknown) => {
  const message =
    error instanceof Error ? (error.stack ?? error.message) : String(error);
  send({ kind: 'failed', message });
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100);
});
