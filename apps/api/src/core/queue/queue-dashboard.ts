import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '@loved/shared';
import { basicPasswordOf, matchesSecret } from '../auth/secret-header.util';
import type { AppConfig } from '../config/app-config';
import { HttpErrorCode, HttpLayerException } from '../http/http.exception';
import { toProblemDetails } from '../http/problem-details';
import { BullJobQueue } from './bull-job-queue';
import { QUEUE_NAMES } from './queue-name.constant';
import { QueueDashboardException } from './queue-dashboard.exception';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

type ServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

/**
 * Bull Board for the platform operators, on the API's own server at `/admin/queues`: only in
 * full mode (Bull on Redis) with OPS_TOKEN set; otherwise the path answers 404 (and never the
 * SPA's shell). Jobs carry every organisation's ids, so organisation admins never get it.
 *
 * Its routes are plain Fastify routes, outside Nest: the global JWT guard, tenant guard and
 * transaction interceptor never see them, and neither does the OpenAPI document. What guards
 * them is HTTP Basic auth (any user name, OPS_TOKEN as the password) in an `onRequest` hook
 * scoped to the prefix, so the page, its assets and its API calls all need it; the browser
 * repeats the credentials on each of them once asked.
 */
export async function serveQueueDashboard(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<boolean> {
  const fastify = app.getHttpAdapter().getInstance();
  const opsToken = config.env.OPS_TOKEN;
  if (!config.env.REDIS_URL || !opsToken) {
    await fastify.register(answerNotFound, { prefix: QUEUE_DASHBOARD_PATH });
    return false;
  }
  const bull = app.get(BullJobQueue, { strict: false });
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullAdapter(bull.queue(name))),
    // @bull-board/fastify 9.10.1 declares its own copy of @bull-board/api's (9.10.2) types: the
    // same contract, but TypeScript tells the copies' private members apart.
    serverAdapter: board as unknown as ServerAdapter,
    options: { uiConfig: { boardTitle: 'Loved CRM' } },
  });
  await fastify.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', async (request, reply) => {
        const password = basicPasswordOf(request.headers.authorization);
        if (password === undefined) return refuse(reply, QueueDashboardException.required());
        if (!matchesSecret(password, opsToken))
          return refuse(reply, QueueDashboardException.refused());
        // Job data is every organisation's: never kept by a browser or proxy cache.
        void reply.header('cache-control', 'no-store');
      });
      await scope.register(board.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
  return true;
}

function refuse(reply: FastifyReply, error: QueueDashboardException): FastifyReply {
  return reply
    .code(error.status)
    .headers(error.headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send(toProblemDetails(error));
}

/** Without the dashboard its path is a real 404, not the SPA's shell. */
async function answerNotFound(scope: FastifyInstance): Promise<void> {
  const notFound = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = request.url.split('?')[0] ?? QUEUE_DASHBOARD_PATH;
    const problem = toProblemDetails(
      new HttpLayerException(HttpErrorCode.NotFound, `No route: ${path}`),
    );
    return reply.code(404).type(PROBLEM_CONTENT_TYPE).send(problem);
  };
  scope.all('/', notFound);
  scope.all('/*', notFound);
}
