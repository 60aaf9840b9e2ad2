import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { IDEMPOTENT_REPLAYED_HEADER } from '../idempotency/idempotency.constant';
import { METRICS_PATH } from '../metrics/metrics.controller';
import { ProblemDetailsFilter } from './problem-details.filter';
import { REQUEST_ID_HEADER } from './request-id';
import { SafeInputPipe } from './safe-input.pipe';
import { createValidationPipe } from './validation.pipe';
import { HttpAdapterHost } from '@nestjs/core';

export const API_PREFIX = 'api/v1';

/** Largest file a multipart route accepts; a route may ask for less when it reads the file. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Everything HTTP-wide: prefix, validation, problem+json errors, headers, CORS, request ids. */
export function configureHttp(app: NestFastifyApplication, config: AppConfig): void {
  // Prometheus expects /metrics at the root; it is no part of the versioned API.
  app.setGlobalPrefix(API_PREFIX, { exclude: [METRICS_PATH] });
  // The NUL/depth rule runs first, so validation and transforms only see input the database takes.
  app.useGlobalPipes(new SafeInputPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)));
  registerMultipart(app);
  app.useSecurityHeaders({
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  const origins = config.env.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    credentials: false,
    exposedHeaders: [REQUEST_ID_HEADER, 'retry-after', IDEMPOTENT_REPLAYED_HEADER],
  });

  const fastify = app.getHttpAdapter().getInstance();
  // The id fastify gave the request (the caller's, when acceptable) goes back on every answer,
  // and onto the raw request so request-scoped context can read it.
  fastify.addHook('onRequest', async (request, reply) => {
    request.raw.headers[REQUEST_ID_HEADER] = request.id;
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}

/**
 * Lets routes read `multipart/form-data` with `request.file()`. The plugin only marks such
 * requests and leaves the body unread, so JSON routes keep their parser and body limit, and a
 * route that reads an upload throws its own (problem+json) errors. The adapter loads it with the
 * other plugins at `ready()`, so nothing here needs awaiting.
 */
function registerMultipart(app: NestFastifyApplication): void {
  void app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
}
