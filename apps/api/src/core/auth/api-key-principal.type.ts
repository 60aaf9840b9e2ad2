import type { ApiKeyScope } from '@loved/shared';

/** The organisation API key a request authenticated with (what the tenant guard needs). */
export type ApiKeyPrincipal = {
  id: string;
  organizationId: string;
  name: string;
  scopes: ApiKeyScope[];
};

/** What the auth guard leaves on a request that presented a valid API key. */
export type ApiKeyRequest = { apiKey?: ApiKeyPrincipal };
