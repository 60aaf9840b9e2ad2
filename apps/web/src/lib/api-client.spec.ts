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

/** Answers every request as the server would, and remembers the last request made. */
function stubServer(answer: StubAnswer): { lastRequest: () => InternalAxiosRequestConfig } {
  let last: InternalAxiosRequestConfig | undefined;
  const adapter: AxiosAdapter = (config) => {
    last = config;
    const response: AxiosResponse = {
      // Raw text, as off the wire: the client's own response transform parses it.
      data: answer.body === undefined ? '' : JSON.stringify(answer.body),
      status: answer.status,
      statusText: answer.status === 200 ? 'OK' : 'Error',
      headers: new AxiosHeaders({ 'content-type': answer.contentType ?? 'application/json' }),
      config,
    };
    if (answer.status < 400) return Promise.resolve(response);
    const code = answer.status < 500 ? AxiosError.ERR_BAD_REQUEST : AxiosError.ERR_BAD_RESPONSE;
    return Promise.reject(
      new AxiosError(
        `Request failed with status code ${answer.status}`,
        code,
        config,
        {},
        response,
      ),
    );
  };
  apiClient.defaults.adapter = adapter;
  return {
    lastRequest: () => {
      if (!last) throw new Error('no request was made');
      return last;
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
    useSessionStore.getState().setSession({ accessToken: 'token-1', organizationId: 'org-1' });
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

  it('ends the session when the API answers 401', async () => {
    useSessionStore.getState().setSession({ accessToken: 'expired', organizationId: 'org-1' });
    stubServer({
      status: 401,
      contentType: 'application/problem+json',
      body: { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sessão expirada.' },
    });

    const error = await rejectionOf(apiClient.get('/leads'));

    expect(error).toMatchObject({ status: 401, detail: 'Sessão expirada.' });
    expect(useSessionStore.getState()).toMatchObject({ accessToken: null, organizationId: null });
  });
});
