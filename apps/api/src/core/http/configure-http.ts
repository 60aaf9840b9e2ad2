import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from './problem-details.filter';
import { REQUEST_ID_HEADER } from './request-id';
import { createValidationPipe } from './validation.pipe';
import { HttpAdapterHost } from '@nestjs/core';

export const API_PREFIX = 'api/v1';

/** Everything HTTP-wide: prefix, validation, problem+json errors, headers, CORS, request ids. */
export function configureHttp(app: NestFastifyApplication, config: AppConfig): void {
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)));
  app.useSecurityHeaders({
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  const origins = config.env.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    credentials: false,
    exposedHeaders: [REQUEST_ID_HEADER, 'retry-after'],
  });

  const fastify = app.getHttpAdapter().getInstance();
  // The id fastify gave the request (the caller's, when acceptable) goes back on every answer,
  // and onto the raw request so request-scoped context can read it.
  fastify.addHook('onRequest', async (request, reply) => {
    request.raw.headers[REQUEST_ID_HEADER] = request.id;
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
