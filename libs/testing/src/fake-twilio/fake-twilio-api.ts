import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeHttpServer } from '../fake-http/fake-http-server';
import { errorReply, type FakeReply } from '../fake-http/fake-reply';
import type { FakeJsonFormat } from '../fake-http/fake-reply-writer';
import { headerOf, readRequestBody } from '../fake-http/fake-request';
import { handleFetchAccount } from './account.handler';
import { handleCreateCall } from './calls.handler';
import type { FakeTwilioApi, FakeTwilioApiOptions } from './fake-twilio-api.type';
import type { FakeTwilioContext } from './fake-twilio-context.type';
import { authenticate, failureReply, notFound } from './fake-twilio-error';
import { basicCredentials, parseForm } from './fake-twilio-request';
import { type FakeTwilioEndpoint, resolveEndpoint, routeOf } from './fake-twilio-routing';
import { FakeTwilioState } from './fake-twilio-state';
import { handleRecording } from './recording.handler';

/** Twilio writes the charset in lower case (Meta does not). */
const TWILIO_JSON: FakeJsonFormat = { contentType: 'application/json; charset=utf-8' };

function dispatch(ctx: FakeTwilioContext, endpoint: FakeTwilioEndpoint): FakeReply {
  switch (endpoint.kind) {
    case 'account':
      return handleFetchAccount(ctx);
    case 'create-call':
      return handleCreateCall(ctx);
    case 'recording':
      return handleRecording(ctx, endpoint.recordingSid, endpoint.format);
    case 'unknown':
      return errorReply(notFound(ctx.path));
  }
}

async function answer(
  state: FakeTwilioState,
  baseUrl: string,
  request: IncomingMessage,
): Promise<FakeReply> {
  const url = new URL(request.url ?? '/', baseUrl);
  const method = request.method ?? 'GET';
  const endpoint = resolveEndpoint(method, url.pathname);
  const route = routeOf(endpoint);
  const credentials = basicCredentials(headerOf(request, 'authorization'));
  // Both are claimed on arrival: a delayed request that wakes later must not take a failure
  // queued meanwhile for another request.
  const delay = state.takeDelay(route);
  const failure = state.takeFailure(route);
  const rawBody = await readRequestBody(request);
  const form = parseForm(rawBody, headerOf(request, 'content-type'));
  state.requests.push({
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    form,
    basicAuthUser: credentials?.user ?? null,
    route,
  });
  if (delay > 0) await sleep(delay);
  if (failure) return errorReply(failureReply(failure));
  // Twilio checks the credentials before it looks at the path: a wrong token on an unknown
  // path is a 401, not a 404.
  const account = credentials ? state.authenticate(credentials.user, credentials.password) : null;
  if (!account) return errorReply(authenticate());
  const ctx: FakeTwilioContext = { state, account, path: url.pathname, form, baseUrl };
  if (endpoint.kind !== 'unknown' && endpoint.accountSid !== account.sid) {
    return errorReply(notFound(url.pathname));
  }
  return dispatch(ctx, endpoint);
}

/**
 * Starts a fake of Twilio's REST API (2010-04-01: account, calls, recordings) on 127.0.0.1:
 * the real wire format, Basic auth, error injection and a record of every request.
 */
export async function startFakeTwilioApi(
  options: FakeTwilioApiOptions = {},
): Promise<FakeTwilioApi> {
  const state = new FakeTwilioState();
  const server = await startFakeHttpServer({
    port: options.port,
    name: 'Twilio API',
    json: TWILIO_JSON,
    answer: (request, baseUrl) => answer(state, baseUrl, request),
    onBug: (error) =>
      errorReply(
        failureReply({
          httpStatus: 500,
          code: 20500,
          message: `Fake Twilio API bug: ${String(error)}`,
        }),
      ),
  });

  return {
    url: server.url,
    port: server.port,
    requests: state.requests,
    calls: state.calls,
    addAccount: (account) => state.addAccount(account),
    addRecording: (recording) => state.addRecording(recording),
    failNext: (failure) => state.queueFailure(failure),
    delayNext: (ms, delayOptions = {}) => state.queueDelay(ms, delayOptions),
    reset: () => state.reset(),
    close: server.close,
  };
}
