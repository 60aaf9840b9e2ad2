// A stand-in for Meta's Graph API, so the bench never talks to graph.facebook.com. It answers
// the one call the API makes when an admin connects a number (`GET /v23.0/{phone_number_id}`,
// which checks the token); text messages carry no media, so nothing else is ever asked for.
// Anything else gets a Graph-shaped 404, and every call is counted so a run can show it.
import { createServer } from 'node:http';

const PHONE_NUMBER_PATH = /^\/v\d+\.\d+\/(\d{1,32})$/;

const sendJson = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Starts the stub on 127.0.0.1 (a free port); answers `{ url, calls, close }`. */
export async function startGraphStub({ displayPhoneNumber = '+55 11 4000-0000' } = {}) {
  const calls = { phoneNumber: 0, other: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = PHONE_NUMBER_PATH.exec(url.pathname);
    const bearer = /^Bearer \S+/.test(req.headers.authorization ?? '');
    req.resume();
    if (req.method !== 'GET' || !match || !bearer) {
      calls.other += 1;
      sendJson(res, 404, {
        error: {
          message: 'Unsupported request (bench Graph stub)',
          type: 'GraphMethodException',
          code: 100,
        },
      });
      return;
    }
    calls.phoneNumber += 1;
    sendJson(res, 200, {
      id: match[1],
      display_phone_number: displayPhoneNumber,
      verified_name: 'Bench',
    });
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
