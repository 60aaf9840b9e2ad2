import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeTwilioForm } from './fake-twilio-api.type';
import type { FakeTwilioErrorReply } from './fake-twilio-error';

/** What a route handler answers; the server writes it. */
export type FakeTwilioReply =
  | { kind: 'json'; httpStatus: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'bytes'; httpStatus: number; bytes: Buffer; contentType: string }
  | { kind: 'text'; httpStatus: number; text: string; headers?: Record<string, string> };

export function jsonReply(body: unknown, httpStatus = 200): FakeTwilioReply {
  return { kind: 'json', httpStatus, body };
}

export function errorReply(error: FakeTwilioErrorReply): FakeTwilioReply {
  if (error.body === null) {
    return {
      kind: 'text',
      httpStatus: error.httpStatus,
      text: error.plainText ?? '',
      headers: error.headers,
    };
  }
  return { kind: 'json', httpStatus: error.httpStatus, body: error.body, headers: error.headers };
}

export async function readRequestBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

/** Parses a form body; a key sent more than once (`StatusCallbackEvent=a&…=b`) keeps all values. */
export function parseForm(rawBody: Buffer, contentType: string | null): FakeTwilioForm {
  if (!contentType?.startsWith('application/x-www-form-urlencoded')) return {};
  const form: FakeTwilioForm = {};
  for (const [key, value] of new URLSearchParams(rawBody.toString('utf8'))) {
    const existing = form[key];
    if (existing === undefined) form[key] = value;
    else form[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return form;
}

/** `user` of an `Authorization: Basic` header, and the password beside it. */
export function basicCredentials(
  authorization: string | null,
): { user: string; password: string } | null {
  const encoded = authorization?.match(/^Basic\s+(\S+)$/i)?.[1];
  if (encoded === undefined) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function writeReply(response: ServerResponse, reply: FakeTwilioReply): void {
  if (response.destroyed) return;
  if (reply.kind === 'bytes') {
    response.writeHead(reply.httpStatus, {
      'content-type': reply.contentType,
      'content-length': reply.bytes.length,
    });
    response.end(reply.bytes);
    return;
  }
  if (reply.kind === 'text') {
    response.writeHead(reply.httpStatus, { 'content-type': 'text/html', ...reply.headers });
    response.end(reply.text);
    return;
  }
  const body = Buffer.from(JSON.stringify(reply.body), 'utf8');
  response.writeHead(reply.httpStatus, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
    ...reply.headers,
  });
  response.end(body);
}
