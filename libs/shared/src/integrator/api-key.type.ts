/** What an organisation API key may do; each route a key may call names the scope it needs. */
export const ApiKeyScope = {
  LeadsRead: 'leads:read',
  LeadsWrite: 'leads:write',
  CommunicationsRead: 'communications:read',
  CommunicationsWrite: 'communications:write',
  WebhooksManage: 'webhooks:manage',
} as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];
export const API_KEY_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);

/** Every key secret starts with this, so it is recognisable in a header and in a leak scanner. */
export const API_KEY_PREFIX = 'lcrm_';

/** `POST /api/v1/api-keys` (organisation admins). */
export type CreateApiKeyRequest = {
  name: string;
  scopes: ApiKeyScope[];
  /** ISO 8601 instant in the future; without it the key lasts until revoked. */
  expires_at?: string | null;
};

/** A key as `GET /api/v1/api-keys` lists it: never its secret, only the start of it. */
export type ApiKeyResponse = {
  id: string;
  name: string;
  /** The first characters of the secret (`lcrm_` + 8), to tell keys apart. */
  prefix: string;
  scopes: ApiKeyScope[];
  created_by: { id: string; name: string } | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
};

/** The answer of `POST /api/v1/api-keys`: the only time the secret is shown. */
export type CreatedApiKeyResponse = ApiKeyResponse & { secret: string };
