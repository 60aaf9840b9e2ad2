import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Role } from '@loved/shared';
import { PubSubService } from '../../core/redis/pub-sub.service';
import {
  MembershipDirectory,
  type MembershipChange,
  type MembershipChangeListener,
} from '../../core/tenancy/membership-directory';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { MembershipEntity } from './membership.entity';
import { parseMembershipChange } from './utils/membership-change.util';

const CACHE_TTL_MS = 60_000;
const CHANGED_CHANNEL = 'loved:membership-changed';

/**
 * The tenant guard's per-request membership check, cached briefly. Every committed change to a
 * membership is broadcast to every process, so a removed member is refused on the very next
 * request and their open event streams can be ended.
 */
@Injectable()
export class MembershipDirectoryService extends MembershipDirectory implements OnModuleInit {
  private readonly logger = new Logger(MembershipDirectoryService.name);
  private readonly cache = new Map<string, { role: Role | null; expiresAt: number }>();
  private readonly listeners = new Set<MembershipChangeListener>();
  /** Bumped by every invalidation, so a read that overlapped one does not refill the cache. */
  private invalidations = 0;

  constructor(
    private readonly tenant: TenantContextService,
    private readonly pubSub: PubSubService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.pubSub.subscribe(CHANGED_CHANNEL, (message) => this.handleBroadcast(message));
  }

  async roleOf(organizationId: string, userId: string): Promise<Role | null> {
    const key = cacheKey({ organizationId, userId });
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.role;
    const invalidationsBefore = this.invalidations;
    const role = await this.currentRoleOf(organizationId, userId);
    // A change that committed while we read may be missing from what we read: answer it once,
    // but keeping it would serve the old role for the whole TTL.
    if (invalidationsBefore === this.invalidations) {
      this.cache.set(key, { role, expiresAt: Date.now() + CACHE_TTL_MS });
    }
    return role;
  }

  async currentRoleOf(organizationId: string, userId: string): Promise<Role | null> {
    // The user's own membership rows are visible to them without entering the organisation.
    const membership = await this.tenant.runAsUser(userId, () =>
      this.tenant.manager.getRepository(MembershipEntity).findOneBy({ organizationId, userId }),
    );
    return membership?.role ?? null;
  }

  onChange(listener: MembershipChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Call inside the transaction that writes the membership. Until it commits, other requests
   * still read the old row, so clearing caches or telling other processes any earlier would
   * let them cache the old role again.
   */
  changed(organizationId: string, userId: string): void {
    const change: MembershipChange = { organizationId, userId };
    this.tenant.afterCommit(() => {
      // This process forgets at once; the broadcast reaches the others (and this one again).
      this.invalidate(change);
      this.pubSub.publish(CHANGED_CHANNEL, JSON.stringify(change)).catch((error: unknown) => {
        this.logger.warn({ err: error, organizationId }, 'membership change broadcast failed');
      });
    });
  }

  private handleBroadcast(message: string): void {
    const change = parseMembershipChange(message);
    if (!change) {
      this.logger.warn('ignored a malformed membership change message');
      return;
    }
    this.invalidate(change);
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error: unknown) {
        this.logger.error(
          { err: error, organizationId: change.organizationId },
          'membership change listener failed',
        );
      }
    }
  }

  private invalidate(change: MembershipChange): void {
    this.invalidations += 1;
    this.cache.delete(cacheKey(change));
  }
}

const cacheKey = ({ organizationId, userId }: MembershipChange): string =>
  `${organizationId}:${userId}`;
