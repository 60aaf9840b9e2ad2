import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './generated/openapi';

export type LovedClientOptions = {
  /** Where the API answers, without `/api/v1`: e.g. `https://crm.example.com`. */
  baseUrl: string;
  /** An organisation API key (`lcrm_…`); it acts for its organisation, so `organizationId` is optional. */
  apiKey?: string;
  /** A person's access token (JWT) from `POST /api/v1/auth/login`; tenant routes also need `organizationId`. */
  accessToken?: string;
  /** Sent as `X-Org-Id`. */
  organizationId?: string;
  /** Another fetch (a test double, a proxy-aware one); the global `fetch` otherwise. */
  fetch?: ClientOptions['fetch'];
};

/** Every route of the API, typed from its OpenAPI document: `client.GET('/api/v1/pipeline')`. */
export type LovedClient = Client<paths>;

/**
 * A typed client that sends `Authorization: Bearer <apiKey or accessToken>` and, when given,
 * `X-Org-Id` on every request. Answers come back as `{ data }` or `{ error }` (problem+json),
 * never as a thrown HTTP error.
 */
export function createLovedClient(options: LovedClientOptions): LovedClient {
  const { baseUrl, apiKey, accessToken, organizationId, fetch } = options;
  // Two credentials would leave it unclear who acts; refuse instead of picking one silently.
  if (apiKey !== undefined && accessToken !== undefined) {
    throw new Error('createLovedClient: pass apiKey or accessToken, not both');
  }
  const token = apiKey ?? accessToken;
  const headers: Record<string, string> = {};
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  if (organizationId !== undefined) headers['X-Org-Id'] = organizationId;
  return createClient<paths>({ baseUrl: baseUrl.replace(/\/+$/, ''), headers, fetch });
}
