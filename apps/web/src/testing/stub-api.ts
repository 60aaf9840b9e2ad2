import {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { apiClient } from '@/lib/api-client';

/** What the stub server answers: a status and JSON body, or a dropped connection. */
export type StubReply = { status?: number; body?: unknown } | { network: true };

/** A request as the stub server saw it. */
export type StubRequest = {
  route: string;
  method: string;
  path: string;
  params: Record<string, unknown>;
  body: unknown;
};

export type StubHandler = (request: StubRequest) => StubReply | Promise<StubReply>;

export type StubApi = {
  requests: StubRequest[];
  /** The requests that matched `route` (e.g. `GET /members`). */
  requestsTo: (route: string) => StubRequest[];
};

const originalAdapter = apiClient.defaults.adapter;

/** Puts the real adapter back; the test setup calls it after every test. */
export function restoreApi(): void {
  apiClient.defaults.adapter = originalAdapter;
}

function matcherOf(route: string): (method: string, path: string) => boolean {
  const [routeMethod = '', routePath = ''] = route.split(' ');
  const pattern = new RegExp(`^${routePath.replace(/:[^/]+/g, '[^/]+')}$`);
  return (method, path) => method === routeMethod && pattern.test(path);
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string' || data === '') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function respond(config: InternalAxiosRequestConfig, reply: StubReply): AxiosResponse {
  if ('network' in reply) throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config);
  const status = reply.status ?? 200;
  const response: AxiosResponse = {
    // Raw text, as off the wire: the client's own response transform parses it.
    data: reply.body === undefined ? '' : JSON.stringify(reply.body),
    status,
    statusText: status < 400 ? 'OK' : 'Error',
    headers: new AxiosHeaders({
      'content-type': status < 400 ? 'application/json' : 'application/problem+json',
    }),
    config,
  };
  if (status < 400) return response;
  const code = status < 500 ? AxiosError.ERR_BAD_REQUEST : AxiosError.ERR_BAD_RESPONSE;
  throw new AxiosError(`Request failed with status code ${status}`, code, config, {}, response);
}

/**
 * Answers the API client's requests as the server would, by `METHOD /path` (`:name` matches
 * one segment), and remembers them. A request no route matches never answers, like a slow
 * server: the page stays in its loading state.
 */
export function stubApi(routes: Record<string, StubHandler | StubReply>): StubApi {
  const requests: StubRequest[] = [];
  const matchers = Object.entries(routes).map(([route, answer]) => ({
    route,
    matches: matcherOf(route),
    answer,
  }));
  const adapter: AxiosAdapter = async (config) => {
    const method = (config.method ?? 'get').toUpperCase();
    const path = (config.url ?? '').split('?')[0] ?? '';
    const matched = matchers.find((candidate) => candidate.matches(method, path));
    const request: StubRequest = {
      route: matched?.route ?? `${method} ${path}`,
      method,
      path,
      params: { ...(config.params as Record<string, unknown> | undefined) },
      body: parseBody(config.data),
    };
    requests.push(request);
    if (!matched) return new Promise<never>(() => undefined);
    // Like the network: concurrent requests are all sent before any answer comes back.
    await Promise.resolve();
    const reply =
      typeof matched.answer === 'function' ? await matched.answer(request) : matched.answer;
    return respond(config, reply);
  };
  apiClient.defaults.adapter = adapter;
  return {
    requests,
    requestsTo: (route) => requests.filter((request) => request.route === route),
  };
}
