// The organisation's live event stream, as the SPA reads it: a single-use token, then
// `GET /api/v1/events?token=` (text/event-stream). Every event is handed over with the moment its
// bytes arrived (performance.now(), taken before parsing), which is when a user would see it.
import { request } from 'node:http';
import { postJson } from './api-client.mjs';

const READY_TIMEOUT_MS = 10_000;

/** One SSE block (lines up to a blank line) as `{ type, data }`; null for comments only. */
export function parseEventBlock(block) {
  let type = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0 && type === 'message') return null;
  return { type, data: data.join('\n') };
}

/**
 * Splits a growing text buffer into complete SSE blocks; answers the unfinished rest.
 * Line ends may be \n, \r\n or \r (the spec allows all three).
 */
export function takeBlocks(buffer, onBlock) {
  let text = buffer.replace(/\r\n?/g, '\n');
  let end = text.indexOf('\n\n');
  while (end !== -1) {
    onBlock(text.slice(0, end));
    text = text.slice(end + 2);
    end = text.indexOf('\n\n');
  }
  return text;
}

/**
 * Opens the stream of the org in `authHeaders` and resolves once the API said `ready` (from
 * then on, every event published reaches `onEvent(event, arrivedAt)`). Answers
 * `{ close, closedEarly() }`: a stream the server ends during a run is reported, not retried,
 * because events published meanwhile would be missed.
 */
export async function openEventStream(baseUrl, authHeaders, onEvent) {
  const { body } = await postJson(`${baseUrl}/api/v1/events/token`, authHeaders);
  const url = new URL(`${baseUrl}/api/v1/events`);
  url.searchParams.set('token', body.token);
  let closing = false;
  let ended = false;
  return new Promise((resolveOpen, reject) => {
    const stream = {
      closedEarly: () => ended && !closing,
      close: () => {
        closing = true;
        req.destroy();
      },
    };
    const req = request(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`GET /api/v1/events: ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        const arrivedAt = performance.now();
        buffer = takeBlocks(buffer + chunk, (block) => {
          const event = parseEventBlock(block);
          if (!event) return;
          if (event.type === 'ready') {
            clearTimeout(timer);
            resolveOpen(stream);
            return;
          }
          onEvent(event, arrivedAt);
        });
      });
      res.on('close', () => {
        ended = true;
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`the event stream sent no "ready" within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    req.on('error', (error) => {
      clearTimeout(timer);
      if (!closing) reject(error);
    });
    req.end();
  });
}

/**
 * Collects `communication.created` events by external id: the first arrival of each, and how
 * many arrived more than once (a duplicated announcement would show here).
 */
export function communicationArrivals() {
  const arrivals = new Map();
  let repeats = 0;
  let unreadable = 0;
  return {
    arrivals,
    repeats: () => repeats,
    unreadable: () => unreadable,
    handleEvent(event, arrivedAt) {
      if (event.type !== 'communication.created') return;
      let externalId;
      try {
        externalId = JSON.parse(event.data).communication?.external_id;
      } catch {
        unreadable += 1;
        return;
      }
      if (typeof externalId !== 'string') return;
      if (arrivals.has(externalId)) repeats += 1;
      else arrivals.set(externalId, arrivedAt);
    },
  };
}
