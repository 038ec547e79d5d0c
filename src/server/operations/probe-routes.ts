import { Router } from 'express';
import type { Readiness } from '../health/readiness';
import type { ServiceMetrics } from '../metrics/service-metrics';

/**
 * `GET /readyz`: 200 when the schema is built and every backend returned
 * its `/metadata`, else 503, with the state of each backend in the body.
 * `GET /metrics`: the Prometheus text format of this instance's registry.
 */
export function probeRouter(
  readiness: Readiness,
  metrics: ServiceMetrics,
): Router {
  const router = Router();
  router.get('/readyz', async (_request, response) => {
    const report = await readiness.check();
    if (report === 'starting') {
      response.status(503).json({ status: 'starting' });
      return;
    }
    const status = report.ready ? 'ready' : 'not ready';
    response
      .status(report.ready ? 200 : 503)
      .json({ status, backends: report.backends });
  });
  router.get('/metrics', async (_request, response) => {
    const text = await metrics.registry.metrics();
    response.type(metrics.registry.contentType).send(text);
  });
  return router;
}
