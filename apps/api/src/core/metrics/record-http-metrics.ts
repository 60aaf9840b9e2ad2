import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HttpMetrics } from './http.metrics';

/**
 * Times every answer, labelled by the route template Fastify matched (never the raw URL, so
 * ids do not become series). Registered before the app is ready, like the other hooks.
 */
export function recordHttpMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(HttpMetrics);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (request, reply) => {
    // Fastify's not-found handler has no route options url; neither has a request it refused.
    const route = request.routeOptions.url;
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}
