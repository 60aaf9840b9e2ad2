import { get, type ClientRequest } from 'node:http';

export type SseEvent = { event: string; data: string };

export type SseClient = {
  events: SseEvent[];
  status: Promise<number>;
  /** Settles when the server ends the stream (or the client closes it). */
  ended: Promise<void>;
  close: () => void;
};

/** A minimal EventSource for tests: collects named events from a text/event-stream. */
export function openSse(url: string): SseClient {
  const events: SseEvent[] = [];
  let request: ClientRequest | undefined;
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    markEnded = resolve;
  });
  const status = new Promise<number>((resolve, reject) => {
    request = get(url, (response) => {
      resolve(response.statusCode ?? 0);
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data });
          boundary = buffer.indexOf('\n\n');
        }
      });
      response.on('error', () => undefined);
      response.on('close', markEnded);
    });
    request.on('error', (error) => {
      markEnded();
      reject(error);
    });
  });
  return { events, status, ended, close: () => request?.destroy() };
}
