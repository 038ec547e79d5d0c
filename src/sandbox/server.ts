import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { FhirRouter } from '@medplum/fhir-router';
import type { Resource } from 'fhir/r4';
import pino from 'pino';
import type { Logger } from 'pino';
import { SearchCatalog } from './catalog';
import type { SandboxContext } from './context';
import { createDispatcher } from './dispatch';
import { indexIgSearchParameters, loadR4Definitions } from './fhir-schema';
import { createRequestListener } from './http-handler';
import { readIgSearchParameters } from './ig-search-parameters';
import { withDevJwks } from './jwks-route';
import { createOutcome } from './outcome';
import { seedRepository } from './repository';

/** Port of `npm run sandbox` and of `startSandbox` without a `port`. */
export const DEFAULT_SANDBOX_PORT = 8103;

/** The repository's `data/definitions` folder. */
export const DEFAULT_DEFINITIONS_DIR = path.resolve(
  __dirname,
  '../../data/definitions',
);

/** Path of the FHIR base on the sandbox's origin. */
export const SANDBOX_BASE_PATH = '/fhir/R4';

export interface SandboxOptions {
  readonly resources: readonly Resource[];
  /** TCP port on 127.0.0.1; 0 picks a free one. Defaults to 8103. */
  readonly port?: number;
  /** Receives startup, warning and error events; request events at debug level. Defaults to a silent logger. */
  readonly logger?: Logger;
  /** Folder of the vendored IG definitions; defaults to the repository's `data/definitions`. */
  readonly definitionsDir?: string;
}

export interface Sandbox {
  /** FHIR base URL, e.g. `http://127.0.0.1:8103/fhir/R4`. */
  readonly baseUrl: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox FHIR R4 server on 127.0.0.1: a read-only server over
 * `resources`, with the R4 search parameters and those of the vendored IGs.
 *
 * The IG search parameters are indexed in @medplum/core's process-wide
 * schema, so every sandbox in one process shares them.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const igTypes = indexSearchParameters(options, logger);
  const seeded = await seedRepository(options.resources);
  warnAboutDroppedResources(seeded, logger);
  const catalog = new SearchCatalog([
    ...Object.keys(seeded.countsByType),
    ...igTypes,
  ]);

  const server = createServer({ keepAliveTimeout: 5000 });
  server.on('clientError', rejectMalformedRequest);
  const port = await listen(server, options.port ?? DEFAULT_SANDBOX_PORT);
  const context: SandboxContext = {
    router: new FhirRouter(),
    repository: seeded.repository,
    catalog,
    baseUrl: `http://127.0.0.1:${port}${SANDBOX_BASE_PATH}`,
  };
  server.on(
    'request',
    withDevJwks(
      createRequestListener(context, createDispatcher(context), logger),
    ),
  );
  logger.info(
    { baseUrl: context.baseUrl, types: catalog.types.length },
    'sandbox listening',
  );
  return { baseUrl: context.baseUrl, close: () => closeServer(server) };
}

/** Indexes R4 and IG search parameters; returns the IG parameters' base types. */
function indexSearchParameters(
  options: SandboxOptions,
  logger: Logger,
): string[] {
  loadR4Definitions();
  const definitionsDir = options.definitionsDir ?? DEFAULT_DEFINITIONS_DIR;
  const result = indexIgSearchParameters(
    readIgSearchParameters(definitionsDir),
  );
  if (result.skipped.length > 0) {
    const urls = result.skipped.map((parameter) => parameter.url);
    logger.info({ urls }, 'skipped IG search parameters on non-R4 types');
  }
  return result.indexed.flatMap((parameter) => parameter.base ?? []);
}

function warnAboutDroppedResources(
  seeded: Awaited<ReturnType<typeof seedRepository>>,
  logger: Logger,
): void {
  if (seeded.duplicates > 0) {
    logger.warn(
      { duplicates: seeded.duplicates },
      'dropped resources whose type and id repeat a later one',
    );
  }
  if (Object.keys(seeded.unsupportedByType).length > 0) {
    logger.warn(
      { countsByType: seeded.unsupportedByType },
      'dropped resources of types R4 does not define',
    );
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

// Node calls this for requests it cannot parse (bad request line, header
// overflow). Without this listener Node would send a response with no FHIR
// body.
function rejectMalformedRequest(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge
    ? '431 Request Header Fields Too Large'
    : '400 Bad Request';
  const body = JSON.stringify(
    createOutcome(
      'invalid',
      `Malformed HTTP request: ${error.code ?? error.message}`,
    ),
  );
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/fhir+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
