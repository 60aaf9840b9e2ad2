import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Role } from '@loved/shared';
import { PubSubService } from '../../core/redis/pub-sub.service';
import { MembershipDirectory } from '../../core/tenancy/membership-directory';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { MembershipEntity } from './membership.entity';

const CACHE_TTL_MS = 60_000;
const CHANGED_CHANNEL = 'loved:membership-changed';

/**
 * The tenant guard's per-request membership check, cached briefly. Any change to a membership
 * is broadcast to every process, so a removed member is refused on the very next request.
 */
@Injectable()
export class MembershipDirectoryService extends MembershipDirectory implements OnModuleInit {
  private readonly cache = new Map<string, { role: Role | null; expiresAt: number }>();

  constructor(
    private readonly tenant: TenantContextService,
    private readonly pubSub: PubSubService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.pubSub.subscribe(CHANGED_CHANNEL, (key) => this.cache.delete(key));
  }

  async roleOf(organizationId: string, userId: string): Promise<Role | null> {
    const key = cacheKey(organizationId, userId);
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.role;
    // The user's own membership rows are visible to them without entering the organisation.
    const membership = await this.tenant.runAsUser(userId, () =>
      this.tenant.manager.getRepository(MembershipEntity).findOneBy({ organizationId, userId }),
    );
    const role = membership?.role ?? null;
    this.cache.set(key, { role, expiresAt: Date.now() + CACHE_TTL_MS });
    return role;
  }

  async changed(organizationId: string, userId: string): Promise<void> {
    const key = cacheKey(organizationId, userId);
    this.cache.delete(key);
    await this.pubSub.publish(CHANGED_CHANNEL, key);
  }
}

const cacheKey = (organizationId: string, userId: string): string => `${organizationId}:${userId}`;
