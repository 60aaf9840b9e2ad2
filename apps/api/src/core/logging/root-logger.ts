import { ClsServiceManager } from 'nestjs-cls';
import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED, REDACTED_PATHS, redactUrl } from './log-redaction.constant';
import type { RequestContextStore } from './request-context.type';

export { REDACTED_PATHS } from './log-redaction.constant';

/** What identifies the work a line belongs to, under the names every line uses. */
const CONTEXT_FIELDS = {
  requestId: 'reqId',
  organizationId: 'orgId',
  userId: 'userId',
  apiKeyId: 'apiKeyId',
  jobId: 'jobId',
  job: 'job',
} as const satisfies Partial<Record<keyof RequestContextStore, string>>;

/**
 * Adds the current request id, organisation and user (when signed in), and the job id and name
 * (while a job runs) to every line.
 */
function contextFields(): Record<string, string> {
  const cls = ClsServiceManager.getClsService<RequestContextStore>();
  if (!cls.isActive()) return {};
  const fields: Record<string, string> = {};
  for (const [key, field] of Object.entries(CONTEXT_FIELDS)) {
    const value: unknown = cls.get(key as keyof typeof CONTEXT_FIELDS);
    if (typeof value === 'string' && value) fields[field] = value;
  }
  return fields;
}

type LoggedRequest = {
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
};

/** Fastify's request line, with secret query parameters (`?token=`) redacted from the URL. */
function requestFields(req: LoggedRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'loved-crm' },
      redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
      serializers: { req: requestFields },
      mixin: contextFields,
    },
    destination,
  );
}
