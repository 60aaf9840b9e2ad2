import type { ServerResponse } from 'node:http';
import type { FakeReply } from './fake-reply';

/**
 * How one provider writes its JSON replies. Providers differ here (Meta says `charset=UTF-8`,
 * Twilio `charset=utf-8`, OpenAI no charset; Meta adds `www-authenticate` to every 401), and
 * each fake keeps its provider's exact headers so clients are tested against the real wire.
 */
export type FakeJsonFormat = {
  contentType: string;
  /** Headers the provider adds to a JSON reply with this status; they win over the reply's own. */
  headersFor?: (httpStatus: number) => Record<string, string>;
};

export function writeReply(response: ServerResponse, reply: FakeReply, json: FakeJsonFormat): void {
  // The client gave up (a timeout under test); there is no one left to answer.
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
    'content-type': json.contentType,
    'content-length': body.length,
    ...reply.headers,
    ...json.headersFor?.(reply.httpStatus),
  });
  response.end(body);
}
