/** What a redacted value reads as in the logs. */
export const REDACTED = '[redacted]';

/**
 * Keys whose values never reach the logs, wherever they sit: credentials (ours, the providers'
 * and the ones HTTP clients keep on their errors, e.g. axios's `err.config.headers`) and message
 * text (WhatsApp, e-mail, notes, AI prompts). pino matches keys case-sensitively, so header
 * names come in both spellings. Ids, codes and `err.message` stay readable.
 */
export const SECRET_KEYS = [
  'password',
  'currentPassword',
  'current_password',
  'newPassword',
  'new_password',
  'token',
  'access_token',
  'accessToken',
  'refresh_token',
  'refreshToken',
  'id_token',
  'auth_token',
  'authToken',
  'app_secret',
  'appSecret',
  'verify_token',
  'verifyToken',
  'client_secret',
  'clientSecret',
  'secret',
  'api_key',
  'apiKey',
  'credentials',
  'auth',
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'Set-Cookie',
  'x-api-key',
  'X-Api-Key',
  'x-hub-signature-256',
  'X-Hub-Signature-256',
  'x-twilio-signature',
  'X-Twilio-Signature',
] as const;

/** Message text: what customers and users wrote, never needed to run the system. */
export const MESSAGE_KEYS = [
  'body',
  'text',
  'content',
  'html',
  'subject',
  'caption',
  'prompt',
] as const;

/**
 * pino's wildcard matches one level, so each key is listed at every depth up to this one:
 * `err.cause.config.headers.Authorization` (an HTTP client's error wrapped in ours) is five.
 */
const MAX_DEPTH = 6;

/** `key`, `*.key`, `*.*.key`… in pino's path syntax (bracketed when the key has a dash). */
function atEveryDepth(key: string): string[] {
  const last = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  const paths = [last.startsWith('.') ? key : last];
  for (let wildcards = 1; wildcards < MAX_DEPTH; wildcards += 1) {
    paths.push(`${Array<string>(wildcards).fill('*').join('.')}${last}`);
  }
  return paths;
}

/** Never written to logs: credentials, tokens and message bodies, at any depth up to six. */
export const REDACTED_PATHS: readonly string[] = [
  ...[...SECRET_KEYS, ...MESSAGE_KEYS].flatMap(atEveryDepth),
  // A failed query's bound values (TypeORM's `QueryFailedError.parameters`): message text,
  // webhook payloads. The SQL itself stays readable.
  ...atEveryDepth('parameters'),
  // An HTTP client's error carries the request body it sent (axios: `config.data`).
  ...['config.data', '*.config.data', '*.*.config.data', '*.*.*.config.data'],
];

/** Query parameters whose values are secrets (the event stream's token, Meta's verify token). */
const SECRET_QUERY_PARAM = /(^|[._-])(token|secret|password|key|signature)$/i;

/** A request URL with the values of secret query parameters replaced, for request log lines. */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const params = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is logged as sent.
      }
      return equals >= 0 && SECRET_QUERY_PARAM.test(decoded) ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, mark)}?${params.join('&')}`;
}
