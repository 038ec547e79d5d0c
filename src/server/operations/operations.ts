import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { BackendSettings } from '../../config';
import type { BackendRequestEvent } from '../../fhir';
import type { LoaderSettings } from '../../loaders';
import type { ResolverMap } from '../../schema/subgraph';
import { MemoryStore } from '../cache/memory-store';
import { PublicCache } from '../cache/public-cache';
import { RedisStore } from '../cache/redis-store';
import type { GraphContext } from '../context';
import { loadExampleTabs } from '../graphiql/examples';
import { graphiqlRouter } from '../graphiql/graphiql-routes';
import { Readiness } from '../health/readiness';
import { backendFieldCoordinates } from '../limits/backend-fields';
import { LIMIT_VARIABLES } from '../limits/limit-settings';
import { limitsPlugin } from '../limits/limits-plugin';
import { httpMetrics } from '../metrics/http-metrics';
import { metricsPlugin } from '../metrics/metrics-plugin';
import { ServiceMetrics } from '../metrics/service-metrics';
import { probeRouter } from './probe-routes';
import { requestId } from './request-id';
import type { OperationsSettings, PublicCacheSettings } from './settings';

type OnRequest = (event: BackendRequestEvent) => void;

/**
 * The operational parts of one service instance: metrics, readiness, the
 * public cache, the limits, GraphiQL and the request id. The service
 * passes its hooks to the FHIR client, the loaders and Apollo Server.
 */
export class Operations {
  private constructor(
    readonly settings: OperationsSettings,
    readonly metrics: ServiceMetrics,
    readonly readiness: Readiness,
    readonly cache: PublicCache | undefined,
  ) {}

  /** Opens the public cache store (Redis when configured) and the rest. */
  static async open(
    settings: OperationsSettings,
    context: { readonly backends: BackendSettings; readonly logger: Logger },
  ): Promise<Operations> {
    const metrics = new ServiceMetrics({
      processMetrics: settings.processMetrics,
    });
    const readiness = new Readiness({
      backends: context.backends.backends,
      cacheMs: settings.readinessCacheMs,
      timeoutMs: settings.readinessTimeoutMs,
      logger: context.logger,
    });
    const cache = await openPublicCache(
      settings.publicCache,
      context.logger,
      metrics,
    );
    return new Operations(settings, metrics, readiness, cache);
  }

  /** The FHIR client hooks, calling `onRequest` too when one is given. */
  clientHooks(onRequest?: OnRequest): {
    onRequest: OnRequest;
    cache: PublicCache | undefined;
  } {
    return {
      onRequest: (event) => {
        this.metrics.recordBackendRequest(event);
        onRequest?.(event);
      },
      cache: this.cache,
    };
  }

  /** `settings` with the batch size metric added to its `onBatch`. */
  loaderSettings(settings: LoaderSettings): LoaderSettings {
    return {
      ...settings,
      onBatch: (event) => {
        this.metrics.recordBatch(event);
        settings.onBatch?.(event);
      },
    };
  }

  /** Apollo Server plugins; `resolvers` are the domain resolver maps. */
  plugins(resolvers: ResolverMap): ApolloServerPlugin<GraphContext>[] {
    const readiness = this.readiness;
    return [
      {
        async serverWillStart() {
          readiness.markSchemaBuilt();
        },
      },
      metricsPlugin(this.metrics),
      limitsPlugin({
        limits: this.settings.limits,
        backendFields: backendFieldCoordinates(resolvers),
        onReject: (violation) =>
          this.metrics.recordLimitRejection(LIMIT_VARIABLES[violation.limit]),
      }),
    ];
  }

  /** Express middleware and routes, mounted before `/graphql`. */
  routers(): RequestHandler[] {
    const handlers: RequestHandler[] = [
      requestId(),
      httpMetrics(this.metrics),
      probeRouter(this.readiness, this.metrics),
    ];
    if (this.settings.graphiql) {
      handlers.push(graphiqlRouter(loadExampleTabs()));
    }
    return handlers;
  }

  async close(): Promise<void> {
    await this.cache?.close();
  }
}

async function openPublicCache(
  settings: PublicCacheSettings,
  logger: Logger,
  metrics: ServiceMetrics,
): Promise<PublicCache | undefined> {
  if (settings.ttlMs === 0) {
    return undefined;
  }
  const store =
    settings.store.kind === 'redis'
      ? await RedisStore.open({
          url: settings.store.url,
          keyPrefix: settings.store.keyPrefix,
          maxBytes: settings.maxBytes,
          logger,
        })
      : new MemoryStore(settings.maxEntries, settings.maxBytes);
  return new PublicCache({
    store,
    ttlMs: settings.ttlMs,
    logger,
    onLookup: (result) => metrics.recordCacheLookup(result),
  });
}
