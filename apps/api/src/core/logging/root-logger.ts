import { ClsServiceManager } from 'nestjs-cls';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { RequestContextStore } from './request-context.type';

/** Never written to logs: credentials, tokens and message bodies. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-twilio-signature"]',
  '*.password',
  '*.access_token',
  '*.refresh_token',
  '*.token',
  '*.body',
  '*.content',
];

/** Adds the current request id and organisation (when there is one) to every line. */
function contextFields(): Record<string, string> {
  const cls = ClsServiceManager.getClsService<RequestContextStore>();
  if (!cls.isActive()) return {};
  const fields: Record<string, string> = {};
  const requestId = cls.get('requestId');
  const organizationId = cls.get('organizationId');
  if (requestId) fields.reqId = requestId;
  if (organizationId) fields.orgId = organizationId;
  return fields;
}

export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'loved-crm' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: contextFields,
    },
    destination,
  );
}
