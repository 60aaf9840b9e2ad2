import { Injectable } from '@nestjs/common';
import type { ListEnvelope, SavedFilter } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type { CreateSavedFilterDto } from './dto/saved-filter.dto';
import { SavedFilterEntity } from './saved-filter.entity';
import { SavedFilterException } from './saved-filter.exception';

const SAVED_FILTERS_MAX = 100;

const toSavedFilter = (row: SavedFilterEntity): SavedFilter => ({
  id: row.id,
  name: row.name,
  filters: row.filters,
  created_at: row.createdAt.toISOString(),
});

/** The signed-in user's saved filters in the current organisation; nobody else sees them. */
@Injectable()
export class SavedFiltersService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(SavedFilterEntity)
    private readonly filters: TenantScopedRepository<SavedFilterEntity>,
  ) {}

  async list(): Promise<ListEnvelope<SavedFilter>> {
    const rows = await this.filters.find({
      where: { userId: this.userId },
      order: { name: 'ASC' },
      take: SAVED_FILTERS_MAX,
    });
    return { items: rows.map(toSavedFilter), next_cursor: null };
  }

  async create(input: CreateSavedFilterDto): Promise<SavedFilter> {
    // Only the fields given: a saved filter reads back exactly as it was saved.
    const filters = Object.fromEntries(
      Object.entries(input.filters).filter(([, value]) => value !== undefined),
    );
    const row = this.filters.create({ userId: this.userId, name: input.name, filters });
    if (!(await this.filters.insertIfAbsent(row))) throw SavedFilterException.exists();
    const saved = await this.filters.findOneBy({ id: row.id });
    if (!saved) throw new Error(`saved filter ${row.id} vanished after insert`);
    return toSavedFilter(saved);
  }

  async remove(id: string): Promise<void> {
    if ((await this.filters.delete({ id, userId: this.userId })) === 0) {
      throw SavedFilterException.notFound();
    }
  }

  private get userId(): string {
    const userId = this.tenant.userId;
    if (!userId) throw new Error('saved filters need a signed-in user');
    return userId;
  }
}
