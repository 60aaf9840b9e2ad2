import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeHttpServer } from '../fake-http/fake-http-server';
import { errorReply, type FakeReply } from '../fake-http/fake-reply';
import type { FakeJsonFormat } from '../fake-http/fake-reply-writer';
import { headerOf, readRequestBody } from '../fake-http/fake-request';
import type { FakeGraphApi, FakeGraphApiOptions } from './fake-graph-api.type';
import type { FakeGraphContext } from './fake-graph-context.type';
import {
  failureReply,
  missingToken,
  revokedToken,
  unknownPath,
  unknownToken,
} from './fake-graph-error';
import { newGraphId } from './fake-graph-ids';
import { type FakeGraphEndpoint, resolveEndpoint, routeOf } from './fake-graph-routing';
import { FakeGraphState } from './fake-graph-state';
import { handleMedia, handleMediaDownload, handleUploadMedia } from './media.handler';
import { handleSendMessage } from './messages.handler';
import { handleGetPhoneNumber } from './phone-number.handler';
import { handleListTemplates } from './templates.handler';

/** Meta's JSON content type, and the challenge it adds to every 401 (clients may read it). */
const GRAPH_JSON: FakeJsonFormat = {
  contentType: 'application/json; charset=UTF-8',
  headersFor: (httpStatus): Record<string, string> =>
    httpStatus === 401 ? { 'www-authenticate': 'OAuth "Facebook Platform" "invalid_token"' } : {},
};

/** Graph takes the token as a bearer header or an `access_token` query parameter. */
function tokenOf(authorization: string | null, query: Record<string, string>): string | null {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? query.access_token ?? null;
}

async function dispatch(
  ctx: FakeGraphContext,
  endpoint: FakeGraphEndpoint,
  path: string,
): Promise<FakeReply> {
  switch (endpoint.kind) {
    case 'phone':
      return handleGetPhoneNumber(ctx, endpoint.phoneNumberId);
    case 'messages':
      return handleSendMessage(ctx, endpoint.phoneNumberId);
    case 'media-upload':
      return handleUploadMedia(ctx, endpoint.phoneNumberId);
    case 'media':
      return handleMedia(ctx, endpoint.mediaId);
    case 'media-download':
      return handleMediaDownload(ctx);
    case 'templates':
      return handleListTemplates(ctx, endpoint.wabaId);
    case 'unknown':
      return errorReply(unknownPath(path));
  }
}

/** Checks the token as Graph does before any object is looked at. */
function authenticate(state: FakeGraphState, token: string): FakeReply | null {
  if (state.revokedTokens.has(token)) return errorReply(revokedToken());
  if (!state.isKnownToken(token)) return errorReply(unknownToken());
  return null;
}

async function answer(
  state: FakeGraphState,
  baseUrl: string,
  request: IncomingMessage,
): Promise<FakeReply> {
  const url = new URL(request.url ?? '/', baseUrl);
  const method = request.method ?? 'GET';
  const query = Object.fromEntries(url.searchParams);
  const endpoint = resolveEndpoint(method, url.pathname, state);
  const route = routeOf(endpoint);
  const authorization = headerOf(request, 'authorization');
  const contentType = headerOf(request, 'content-type');
  state.requests.push({
    method,
    path: url.pathname,
    query,
    route,
    headers: { authorization, contentType },
  });
  // Both are claimed on arrival: a delayed request that wakes later must not take a failure
  // queued meanwhile for another request.
  const delay = state.takeDelay(route);
  const failure = state.takeFailure(route);
  const rawBody = await readRequestBody(request);
  if (delay > 0) await sleep(delay);
  if (failure) return errorReply(failureReply(failure));
  const token = tokenOf(authorization, query);
  if (token === null) return errorReply(missingToken());
  const refused = authenticate(state, token);
  if (refused) return refused;
  const ctx: FakeGraphContext = { state, method, query, token, rawBody, contentType, baseUrl };
  return dispatch(ctx, endpoint, url.pathname);
}

/**
 * Starts a fake of Meta's Graph API (WhatsApp Cloud API) on 127.0.0.1: the real wire format,
 * token checks, error injection and a record of every request, for integration tests.
 */
export async function startFakeGraphApi(options: FakeGraphApiOptions = {}): Promise<FakeGraphApi> {
  const state = new FakeGraphState();
  const server = await startFakeHttpServer({
    port: options.port,
    name: 'Graph API',
    json: GRAPH_JSON,
    answer: (request, baseUrl) => answer(state, baseUrl, request),
    onBug: (error) =>
      errorReply(
        failureReply({ code: 1, httpStatus: 500, message: `Fake Graph API bug: ${String(error)}` }),
      ),
  });

  return {
    url: server.url,
    port: server.port,
    requests: state.requests,
    sentMessages: state.sentMessages,
    uploadedMedia: state.uploadedMedia,
    readReceipts: state.readReceipts,
    addPhoneNumber: (phone) => {
      state.phones.set(phone.phoneNumberId, { ...phone });
    },
    revokeToken: (token) => {
      state.revokedTokens.add(token);
    },
    addMedia: (media) => {
      state.addMedia(media);
    },
    setTemplates: (wabaId, templates) => {
      // Ids are fixed here so every listing reports the same id for a template.
      state.templates.set(
        wabaId,
        templates.map((t) => ({ ...t, id: t.id ?? newGraphId() })),
      );
    },
    setWaId: (input, waId) => {
      state.waIds.set(input, waId);
    },
    failNext: (failure) => state.queueFailure(failure),
    delayNext: (ms, delayOptions = {}) => state.queueDelay(ms, delayOptions),
    reset: () => state.reset(),
    close: server.close,
  };
}
