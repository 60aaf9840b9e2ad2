import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGraphErrorReply } from './fake-graph-error';

/** What a route handler answers; the server writes it. */
export type FakeGraphReply =
  | { kind: 'json'; httpStatus: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'bytes'; httpStatus: number; bytes: Buffer; contentType: string }
  | { kind: 'text'; httpStatus: number; text: string; headers?: Record<string, string> };

export function jsonReply(body: unknown, httpStatus = 200): FakeGraphReply {
  return { kind: 'json', httpStatus, body };
}

export function errorReply(error: FakeGraphErrorReply): FakeGraphReply {
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

export function writeReply(response: ServerResponse, reply: FakeGraphReply): void {
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
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': body.length,
    ...reply.headers,
  };
  if (reply.httpStatus === 401) {
    headers['www-authenticate'] = 'OAuth "Facebook Platform" "invalid_token"';
  }
  response.writeHead(reply.httpStatus, headers);
  response.end(body);
}
