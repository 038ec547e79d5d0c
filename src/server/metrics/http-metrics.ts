import type { RequestHandler } from 'express';
import type { ServiceMetrics } from './service-metrics';

// Routes by path prefix, so that no client-chosen path becomes a label.
const ROUTES = ['/graphql', '/graphiql', '/healthz', '/readyz', '/metrics'];

/** Express middleware that records every HTTP request when it finishes. */
export function httpMetrics(metrics: ServiceMetrics): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    // Read now: a router mounted at a path strips it from the request
    // while it handles the request.
    const route = routeOf(request.path);
    response.on('finish', () => {
      metrics.recordHttpRequest(
        { method: request.method, route, status: response.statusCode },
        (performance.now() - started) / 1000,
      );
    });
    next();
  };
}

function routeOf(path: string): string {
  const route = ROUTES.find(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`),
  );
  return route ?? 'other';
}
