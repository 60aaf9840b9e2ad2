import { describe, expect, it } from 'vitest';
import { createLovedClient } from './create-loved-client';

/** A fetch that records the request and answers an empty board. */
function recordingFetch(): { requests: Request[]; fetch: (request: Request) => Promise<Response> } {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    return new Response(JSON.stringify({ columns: [] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { requests, fetch };
}

describe('createLovedClient', () => {
  it('sends an API key as a bearer token, without X-Org-Id unless given', async () => {
    const { requests, fetch } = recordingFetch();
    const client = createLovedClient({ baseUrl: 'https://crm.test/', apiKey: 'lcrm_abc', fetch });

    const { data } = await client.GET('/api/v1/pipeline');

    expect(data).toEqual({ columns: [] });
    expect(requests[0]?.url).toBe('https://crm.test/api/v1/pipeline');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer lcrm_abc');
    expect(requests[0]?.headers.has('x-org-id')).toBe(false);
  });

  it('sends an access token with the organisation as X-Org-Id', async () => {
    const { requests, fetch } = recordingFetch();
    const client = createLovedClient({
      baseUrl: 'https://crm.test',
      accessToken: 'jwt-token',
      organizationId: 'org-1',
      fetch,
    });

    await client.GET('/api/v1/pipeline', { params: { query: { limit: 5 } } });

    expect(requests[0]?.url).toBe('https://crm.test/api/v1/pipeline?limit=5');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer jwt-token');
    expect(requests[0]?.headers.get('x-org-id')).toBe('org-1');
  });

  it('sends no Authorization header without a credential (public routes)', async () => {
    const { requests, fetch } = recordingFetch();
    const client = createLovedClient({ baseUrl: 'https://crm.test', fetch });

    await client.GET('/api/v1/health');

    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('refuses an API key and an access token together', () => {
    expect(() =>
      createLovedClient({ baseUrl: 'https://crm.test', apiKey: 'lcrm_abc', accessToken: 'jwt' }),
    ).toThrow('pass apiKey or accessToken, not both');
  });
});
