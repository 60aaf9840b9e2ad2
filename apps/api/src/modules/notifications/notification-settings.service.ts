import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationSettings } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { NotificationSettingsEntity } from './notification-settings.entity';

/** Each member's muted kinds in the current organisation (no row: nothing muted). */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(NotificationSettingsEntity)
    private readonly settings: TenantScopedRepository<NotificationSettingsEntity>,
  ) {}

  async get(): Promise<NotificationSettings> {
    return { muted_kinds: await this.mutedKindsOf(this.requireUser()) };
  }

  async put(input: NotificationSettings): Promise<NotificationSettings> {
    const userId = this.requireUser();
    const row = this.settings.create({ userId, mutedKinds: [...new Set(input.muted_kinds)] });
    // An upsert: two saves at once must not collide on the key as a select-then-insert would.
    await this.settings
      .createQueryBuilder('s')
      .insert()
      .values(row)
      .orUpdate(['muted_kinds', 'updated_at'], ['organization_id', 'user_id'])
      .execute();
    return { muted_kinds: row.mutedKinds };
  }

  async mutedKindsOf(userId: string): Promise<NotificationKind[]> {
    const row = await this.settings.findOneBy({ userId });
    return row?.mutedKinds ?? [];
  }

  private requireUser(): string {
    const userId = this.tenant.userId;
    if (!userId) throw new Error('notification settings need a signed-in user');
    return userId;
  }
}
