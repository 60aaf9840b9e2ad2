import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '@loved/shared';
import { toProblemDetails } from './problem-details';

/**
 * Fastify's `frameworkErrors`: a URL the router cannot read (bad percent-encoding, a path
 * parameter over `maxParamLength`) fails before any Nest filter runs, so without this it would
 * answer Fastify's own JSON instead of problem+json.
 */
export function replyToFrameworkError(
  error: Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const problem = toProblemDetails(error);
  void reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url.split('?')[0] });
}
