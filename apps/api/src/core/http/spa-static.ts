import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_CONTENT_TYPE } from '@loved/shared';
import { toProblemDetails } from './problem-details';
import { HttpErrorCode, HttpLayerException } from './http.exception';

/**
 * Serves the built SPA at `/` with history fallback: any GET outside `/api` that is not a
 * file answers `index.html`, so deep links survive a reload. Unknown `/api` paths stay 404s.
 */
export async function serveSpa(app: NestFastifyApplication, webDistDir: string): Promise<boolean> {
  if (!existsSync(join(webDistDir, 'index.html'))) return false;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false });
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // API paths and missing files (an old bundle's asset) are real 404s, not the app shell.
    if (path === '/api' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      const problem = toProblemDetails(
        new HttpLayerException(HttpErrorCode.NotFound, `No route: ${path}`),
      );
      return reply.code(404).type(PROBLEM_CONTENT_TYPE).send(problem);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  fastify.get('/', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
  return true;
}
