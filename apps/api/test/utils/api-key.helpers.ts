import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  API_KEY_SCOPES,
  type ApiKeyScope,
  type CreateApiKeyRequest,
  type CreatedApiKeyResponse,
} from '@loved/shared';
import { asMember, type Session } from './identity.helpers';

/** Issues an API key as the organisation's admin (every scope unless told otherwise). */
export async function createApiKey(
  app: NestFastifyApplication,
  admin: Session,
  overrides: Partial<CreateApiKeyRequest> & { scopes?: ApiKeyScope[] } = {},
): Promise<CreatedApiKeyResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: asMember(admin, admin.organizationId),
    payload: { name: 'Integração de teste', scopes: [...API_KEY_SCOPES], ...overrides },
  });
  if (res.statusCode !== 201)
    throw new Error(`create API key failed: ${res.statusCode} ${res.body}`);
  return res.json<CreatedApiKeyResponse>();
}

/** Headers of a request made with an API key (no X-Org-Id: the key names its organisation). */
export const withApiKey = (key: { secret: string }): Record<string, string> => ({
  authorization: `Bearer ${key.secret}`,
});
