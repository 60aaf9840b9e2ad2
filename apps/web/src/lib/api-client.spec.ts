import {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, apiClient, ClientErrorCode } from '@/lib/api-client';
import { useSessionStore } from '@/stores/session.store';

type StubAnswer = {
  status: number;
  body?: unknown;
  contentType?: string;
};

type StubServer = {
  lastRequest: () => InternalAxiosRequestConfig;
  requests: InternalAxiosRequestConfig[];
};

/**
 * Answers requests as the server would (one answer for all, or one per request) and remembers
 * the requests made.
 */
function stubServer(
  answerOf: StubAnswer | ((config: InternalAxiosRequestConfig) => StubAnswer),
): StubServer {
  let last: InternalAxiosRequestConfig | undefined;
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    last = config;
    requests.push(config);
    // Like the network: concurrent requests are all sent before any answer comes back.
    await Promise.resolve();
    const answer = typeof answerOf === 'function' ? answerOf(config) : answerOf;
    const response: AxiosResponse = {
      // Raw text, as off the wire: the client's own response transform parses it.
      data: answer.body === undefined ? '' : JSON.stringify(answer.body),
      status: answer.status,
      statusText: answer.status === 200 ? 'OK' : 'Error',
      headers: new AxiosHeaders({ 'content-type': answer.contentType ?? 'application/json' }),
      config,
    };
    if (answer.status < 400) return response;
    const code = answer.status < 500 ? AxiosError.ERR_BAD_REQUEST : AxiosError.ERR_BAD_RESPONSE;
    throw new AxiosError(
      `Request failed with status code ${answer.status}`,
      code,
      config,
      {},
      response,
    );
  };
  apiClient.defaults.adapter = adapter;
  return {
    requests,
    lastRequest: () => {
      if (!last) throw new Error('no request was made');
      return last;
    },
  };
}

function bearerOf(config: InternalAxiosRequestConfig): unknown {
  return AxiosHeaders.from(config.headers).get('Authorization');
}

function signIn(tokens: { accessToken: string; refreshToken?: string }): void {
  useSessionStore.setState({
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken ?? null,
    organizationId: 'org-1',
    memberships: [{ organization_id: 'org-1', name: 'Agência', role: 'admin', plan: 'free' }],
  });
}

const EXPIRED: StubAnswer = {
  status: 401,
  contentType: 'application/problem+json',
  body: { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token expirado.' },
};

function authAnswer(accessToken: string, refreshToken: string): StubAnswer {
  return {
    status: 200,
    body: {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 900,
      refresh_token: refreshToken,
      user: {
        id: 'user-1',
        name: 'Ana',
        email: 'ana@agencia.test',
        avatar_url: null,
        created_at: '2026-01-01T00:00:00.000Z',
      },
      memberships: [{ organization_id: 'org-1', name: 'Agência', role: 'admin', plan: 'free' }],
    },
  };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('apiClient', () => {
  const originalAdapter = apiClient.defaults.adapter;

  beforeEach(() => {
    useSessionStore.getState().clearSession();
  });

  afterEach(() => {
    apiClient.defaults.adapter = originalAdapter;
  });

  it('calls the API under /api/v1', async () => {
    const server = stubServer({ status: 200, body: { status: 'ok' } });

    const response = await apiClient.get('/health');

    expect(server.lastRequest().baseURL).toBe('/api/v1');
    expect(response.data).toEqual({ status: 'ok' });
  });

  it('turns a problem+json answer into an ApiError with status, detail and errors', async () => {
    stubServer({
      status: 422,
      contentType: 'application/problem+json; charset=utf-8',
      body: {
        type: 'https://loved.crm/problems/validation-failed',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'Os dados enviados são inválidos.',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'email', message: 'email must be an email' }],
      },
    });

    const error = await rejectionOf(apiClient.post('/leads', { email: 'x' }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      title: 'Unprocessable Entity',
      detail: 'Os dados enviados são inválidos.',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'email', message: 'email must be an email' }],
    });
  });

  it('keeps an empty errors list when the problem names no field', async () => {
    stubServer({
      status: 404,
      contentType: 'application/problem+json',
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Lead não encontrado.',
      },
    });

    const error = await rejectionOf(apiClient.get('/leads/1'));

    expect(error).toMatchObject({ status: 404, detail: 'Lead não encontrado.', errors: [] });
  });

  it('still gives an ApiError when the answer is not problem+json', async () => {
    stubServer({ status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' });

    const error = await rejectionOf(apiClient.get('/health/ready'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, code: ClientErrorCode.UnexpectedResponse });
  });

  it('sends the bearer token and organization of the session', async () => {
    signIn({ accessToken: 'token-1' });
    const server = stubServer({ status: 200, body: {} });

    await apiClient.get('/leads');

    const headers = AxiosHeaders.from(server.lastRequest().headers);
    expect(headers.get('Authorization')).toBe('Bearer token-1');
    expect(headers.get('X-Org-Id')).toBe('org-1');
  });

  it('sends no credentials without a session', async () => {
    const server = stubServer({ status: 200, body: {} });

    await apiClient.get('/health');

    const headers = AxiosHeaders.from(server.lastRequest().headers);
    expect(headers.has('Authorization')).toBe(false);
    expect(headers.has('X-Org-Id')).toBe(false);
  });

  it('refreshes an expired token once and retries the request with the new one', async () => {
    signIn({ accessToken: 'old-access', refreshToken: 'refresh-1' });
    const server = stubServer((config) => {
      if (config.url === '/auth/refresh') return authAnswer('new-access', 'refresh-2');
      return bearerOf(config) === 'Bearer new-access'
        ? { status: 200, body: { items: [] } }
        : EXPIRED;
    });

    const response = await apiClient.get('/leads');

    expect(response.data).toEqual({ items: [] });
    expect(server.requests.map((request) => request.url)).toEqual([
      '/leads',
      '/auth/refresh',
      '/leads',
    ]);
    expect(server.requests[1]?.data).toBe(JSON.stringify({ refresh_token: 'refresh-1' }));
    expect(useSessionStore.getState()).toMatchObject({
      accessToken: 'new-access',
      refreshToken: 'refresh-2',
      organizationId: 'org-1',
    });
  });

  it('refreshes once for requests that fail together, then retries each of them', async () => {
    signIn({ accessToken: 'old-access', refreshToken: 'refresh-1' });
    const server = stubServer((config) => {
      if (config.url === '/auth/refresh') return authAnswer('new-access', 'refresh-2');
      return bearerOf(config) === 'Bearer new-access' ? { status: 200, body: config.url } : EXPIRED;
    });

    const answers = await Promise.all([
      apiClient.get('/leads'),
      apiClient.get('/members'),
      apiClient.get('/pipeline'),
    ]);

    expect(answers.map((answer) => answer.data)).toEqual(['/leads', '/members', '/pipeline']);
    expect(server.requests.filter((request) => request.url === '/auth/refresh')).toHaveLength(1);
  });

  it('signs out when the refresh token is refused too', async () => {
    signIn({ accessToken: 'old-access', refreshToken: 'revoked' });
    const server = stubServer(EXPIRED);

    const error = await rejectionOf(apiClient.get('/leads'));

    expect(error).toMatchObject({ status: 401 });
    expect(server.requests.map((request) => request.url)).toEqual(['/leads', '/auth/refresh']);
    expect(useSessionStore.getState()).toMatchObject({
      accessToken: null,
      refreshToken: null,
      organizationId: null,
      expired: true,
    });
  });

  it('gives up after one retry when the new token is refused as well', async () => {
    signIn({ accessToken: 'old-access', refreshToken: 'refresh-1' });
    const server = stubServer((config) =>
      config.url === '/auth/refresh' ? authAnswer('new-access', 'refresh-2') : EXPIRED,
    );

    await rejectionOf(apiClient.get('/leads'));

    expect(server.requests.map((request) => request.url)).toEqual([
      '/leads',
      '/auth/refresh',
      '/leads',
    ]);
    expect(useSessionStore.getState().accessToken).toBeNull();
  });

  it('takes a 401 on sign-in as wrong credentials, not as an expired session', async () => {
    const server = stubServer({
      status: 401,
      contentType: 'application/problem+json',
      body: {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'E-mail ou senha inválidos.',
        code: 'INVALID_CREDENTIALS',
      },
    });

    const error = await rejectionOf(
      apiClient.post('/auth/login', { email: 'a@b.c', password: 'x' }, { skipAuthRefresh: true }),
    );

    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps extra problem members such as the current lead of a conflict', async () => {
    stubServer({
      status: 409,
      contentType: 'application/problem+json',
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Alterado por outra pessoa.',
        code: 'LEAD_STALE_VERSION',
        current: { id: 'lead-1', version: 4 },
      },
    });

    const error = await rejectionOf(apiClient.patch('/leads/lead-1', { version: 3 }));

    expect(error).toMatchObject({ extensions: { current: { id: 'lead-1', version: 4 } } });
  });
});
