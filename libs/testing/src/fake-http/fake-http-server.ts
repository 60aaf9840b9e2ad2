import { createServer, type IncomingMessage } from 'node:http';
import type { FakeReply } from './fake-reply';
import { type FakeJsonFormat, writeReply } from './fake-reply-writer';

export type FakeHttpServerOptions = {
  /** A free port unless given. */
  port?: number;
  /** The provider's name, for the error thrown when the server gets no port (`Graph API`). */
  name: string;
  /** How this provider writes JSON replies. */
  json: FakeJsonFormat;
  /** Answers one request; `baseUrl` is `http://127.0.0.1:<port>`, for links in the reply. */
  answer: (request: IncomingMessage, baseUrl: string) => Promise<FakeReply>;
  /**
   * The reply when `answer` throws (a bug in the fake), shaped as the provider's 500 so the
   * test fails on a readable error. Without it the connection is dropped.
   */
  onBug?: (error: unknown) => FakeReply;
};

export type FakeHttpServer = {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  close: () => Promise<void>;
};

/** Listens on 127.0.0.1 and writes what `answer` replies to each request. */
export async function startFakeHttpServer(options: FakeHttpServerOptions): Promise<FakeHttpServer> {
  const { answer, onBug, json } = options;
  // Known once the server listens; no request can arrive before that.
  let baseUrl = '';
  const server = createServer((request, response) => {
    answer(request, baseUrl)
      .catch((error: unknown) => {
        if (!onBug) throw error;
        return onBug(error);
      })
      .then((reply) => writeReply(response, reply, json))
      .catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`fake ${options.name}: no port`);
  }
  const port = address.port;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: baseUrl,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of the clients under test (fetch, the twilio and openai SDKs)
        // would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
