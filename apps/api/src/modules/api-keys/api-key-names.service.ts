import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { ApiKeyEntity } from './api-key.entity';

/** Names of the organisation's keys (revoked ones too), for showing who made a change. */
@Injectable()
export class ApiKeyNamesService {
  constructor(
    @InjectTenantRepository(ApiKeyEntity)
    private readonly keys: TenantScopedRepository<ApiKeyEntity>,
  ) {}

  async namesOf(ids: string[]): Promise<Array<{ id: string; name: string }>> {
    if (ids.length === 0) return [];
    const rows = await this.keys.find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return rows.map((row) => ({ id: row.id, name: row.name }));
  }
}
