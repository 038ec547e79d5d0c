import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Resource } from 'fhir/r4';
import pino from 'pino';
import {
  CARE_PROGRAMS_SCHEMA_PATH,
  startCareProgramsSubgraph,
  type RunningCareProgramsSubgraph,
} from '../../examples/care-programs/server';
import { loadBackendSettings } from '../../src/config';
import { GATEWAY_SECRET_HEADER } from '../../src/federation/gateway-secret';
import {
  composeSupergraph,
  fhirSubgraphSdl,
} from '../../src/federation/supergraph';
import { ROOT_DIR, type RunningService } from '../../src/server/service';
import {
  openTestProtection,
  type EnforcedProtection,
} from '../server/test-protection';
import { startDefaultSandbox } from '../server/default-sandbox';
import { startFaultProxy, type FaultProxy } from '../server/fault-proxy';
import type { GraphResponse } from '../server/test-graph';
import { postGraphQL, startFhirSubgraph } from './fhir-subgraph';
import { httpTransport } from './http-transport';

/** Name of our subgraph in the supergraph. */
export const FHIR_SUBGRAPH = 'fhir';

/** Client headers the gateway passes on to the FHIR subgraph. */
export const PROPAGATED_HEADERS = ['authorization', 'x-api-key'] as const;

export interface GatewayStack {
  /** The gateway's GraphQL endpoint. */
  readonly url: string;
  readonly fhir: RunningService;
  /** PHI protection of our subgraph, to register API keys in. */
  readonly protection: EnforcedProtection;
  readonly carePrograms: RunningCareProgramsSubgraph;
  /** Every resource the sandbox serves. */
  readonly resources: readonly Resource[];
  /** The FHIR backend of our subgraph, a proxy that records every request. */
  readonly backend: FaultProxy;
  /** Headers of every request our subgraph received, oldest first. */
  readonly fhirRequestHeaders: IncomingHttpHeaders[];
  query<T = Record<string, unknown>>(
    query: string,
    options?: {
      readonly variables?: Record<string, unknown>;
      readonly headers?: Record<string, string>;
    },
  ): Promise<GraphResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the sandbox FHIR server behind a recording proxy and our subgraph
 * over it, with `gatewaySecret` and enforced PHI protection (development
 * tokens, API keys required). Then starts the care programs example
 * subgraph, and Hive Gateway in process on 127.0.0.1 with the supergraph
 * composed from the two subgraphs at their real URLs. The gateway sends
 * the secret to our subgraph and passes on `authorization` and `x-api-key`.
 */
export async function startGatewayStack(
  gatewaySecret: string,
): Promise<GatewayStack> {
  const sandbox = await startDefaultSandbox();
  const backend = await startFaultProxy(sandbox.sandbox.baseUrl);
  const backends = loadBackendSettings({}, { sandboxBaseUrl: backend.baseUrl });
  const protection = await openTestProtection();
  const fhir = await startFhirSubgraph(backends, { gatewaySecret, protection });
  const fhirRequestHeaders: IncomingHttpHeaders[] = [];
  fhir.httpServer.on('request', (request: { headers: IncomingHttpHeaders }) => {
    fhirRequestHeaders.push(request.headers);
  });
  const carePrograms = await startCareProgramsSubgraph({
    port: 0,
    logger: pino({ level: 'silent' }),
  });

  const gateway = createGatewayRuntime({
    supergraph: composeOrThrow(fhir.url, carePrograms.url),
    transports: { http: httpTransport },
    // The configuration that docs/federation.md gives for Hive Gateway.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) =>
        subgraphName === FHIR_SUBGRAPH
          ? {
              ...memberHeaders(request),
              [GATEWAY_SECRET_HEADER]: gatewaySecret,
            }
          : undefined,
    },
    logging: false,
  });
  const server = createServer(gateway);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;

  return {
    url,
    fhir,
    protection,
    carePrograms,
    resources: sandbox.resources,
    backend,
    fhirRequestHeaders,
    query: (query, options) => postGraphQL(url, query, options),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
      await carePrograms.stop();
      await fhir.stop();
      await backend.close();
      await sandbox.sandbox.close();
    },
  };
}

function composeOrThrow(fhirUrl: string, careProgramsUrl: string): string {
  const outcome = composeSupergraph([
    { name: FHIR_SUBGRAPH, url: fhirUrl, sdl: fhirSubgraphSdl(ROOT_DIR) },
    {
      name: 'care-programs',
      url: careProgramsUrl,
      sdl: readFileSync(CARE_PROGRAMS_SCHEMA_PATH, 'utf8'),
    },
  ]);
  if (outcome.kind === 'failed') {
    const messages = outcome.errors.map((error) => error.message);
    throw new Error(`supergraph composition failed: ${messages.join('; ')}`);
  }
  return outcome.supergraphSdl;
}

function memberHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of PROPAGATED_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) {
      headers[name] = value;
    }
  }
  return headers;
}
