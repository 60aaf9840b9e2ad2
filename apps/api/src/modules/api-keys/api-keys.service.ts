import { Injectable } from '@nestjs/common';
import type { ApiKeyResponse, CreatedApiKeyResponse, ListEnvelope } from '@loved/shared';
import { IsNull } from 'typeorm';
import { generateApiKeySecret } from '../../core/auth/api-key-secret';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { UsersService } from '../users/users.service';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyException } from './api-key.exception';
import { toApiKeyResponse } from './api-key.mapper';
import type { CreateApiKeyDto } from './dto/api-key.dto';

/** An organisation's API keys: issued (secret shown once), listed, revoked. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(ApiKeyEntity)
    private readonly keys: TenantScopedRepository<ApiKeyEntity>,
    private readonly users: UsersService,
  ) {}

  /** Live keys, newest first (an organisation has a handful: one page). */
  async list(): Promise<ListEnvelope<ApiKeyResponse>> {
    const rows = await this.keys.find({
      where: { revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return { items: await this.toResponses(rows), next_cursor: null };
  }

  async create(input: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    const expiresAt = input.expires_at ? new Date(input.expires_at) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw ApiKeyException.expiryInPast();
    const { secret, hash, prefix } = generateApiKeySecret();
    const row = this.keys.create({
      name: input.name,
      prefix,
      secretHash: hash,
      scopes: input.scopes,
      createdByUserId: this.tenant.userId ?? null,
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    });
    const saved = await this.keys.save(row);
    const [response] = await this.toResponses([saved]);
    return { ...(response as ApiKeyResponse), secret };
  }

  /** Revokes at once: the next request with the key fails on every instance (no cache). */
  async revoke(id: string): Promise<void> {
    const revoked = await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (revoked !== 1) throw ApiKeyException.notFound();
  }

  private async toResponses(rows: ApiKeyEntity[]): Promise<ApiKeyResponse[]> {
    const creatorIds = [
      ...new Set(rows.map((r) => r.createdByUserId).filter((id): id is string => id !== null)),
    ];
    const creators = new Map((await this.users.findByIds(creatorIds)).map((u) => [u.id, u]));
    return rows.map((row) =>
      toApiKeyResponse(row, row.createdByUserId ? creators.get(row.createdByUserId) : undefined),
    );
  }
}
