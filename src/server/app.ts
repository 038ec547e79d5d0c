import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createErrorFormatter } from '../errors';
import {
  createContext,
  type ContextSettings,
  type GraphContext,
} from './context';
import { requestLogPlugin } from './request-log-plugin';
import { bodyErrorHandler } from './body-errors';
import { backendStatsPlugin } from './stats-plugin';

export interface GraphServerOptions extends ContextSettings {
  readonly schema: GraphQLSchema;
  /** Development adds backend request counts to response `extensions`. */
  readonly development: boolean;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Further Apollo Server plugins, installed after the built-in ones. */
  readonly plugins?: readonly ApolloServerPlugin<GraphContext>[];
  /** Express middleware and routes, mounted in order before `/graphql`. */
  readonly routers?: readonly express.RequestHandler[];
  /**
   * Whether introspection queries run. Default Apollo Server's:
   * on unless NODE_ENV is production.
   */
  readonly introspection?: boolean;
}

export interface RunningGraphServer {
  /** `http://host:port/graphql`. */
  readonly url: string;
  readonly httpServer: Server;
  stop(): Promise<void>;
}

/** Starts Apollo Server on Express 5 with the graph at `/graphql`. */
export async function startGraphServer(
  options: GraphServerOptions,
): Promise<RunningGraphServer> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: options.schema,
    logger: options.logger,
    ...(options.introspection === undefined
      ? {}
      : { introspection: options.introspection }),
    formatError: createErrorFormatter((error) =>
      options.logger.error({ err: error }, 'unexpected error in resolver'),
    ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads scripts from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(),
      ...(options.development ? [backendStatsPlugin()] : []),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  for (const router of options.routers ?? []) {
    app.use(router);
  }
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options, {
          headers: req.headers,
          // NOTE: Express's `trust proxy` is off, so behind a gateway every
          // anonymous caller shares the gateway's address and rate limit.
          clientAddress: req.ip ?? req.socket.remoteAddress,
        }),
    }),
  );
  app.use(bodyErrorHandler(options.logger));

  httpServer.listen(options.port, options.host);
  await once(httpServer, 'listening');
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
