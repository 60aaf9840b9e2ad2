import type { ApiKeyResponse } from '@loved/shared';
import type { ApiKeyEntity } from './api-key.entity';

export const toApiKeyResponse = (
  key: ApiKeyEntity,
  creator: { id: string; name: string } | undefined,
): ApiKeyResponse => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  created_by: creator ? { id: creator.id, name: creator.name } : null,
  created_at: key.createdAt.toISOString(),
  expires_at: key.expiresAt?.toISOString() ?? null,
  last_used_at: key.lastUsedAt?.toISOString() ?? null,
});
