import { describe, expect, it } from 'vitest';
import type { PubSubService } from '../../core/redis/pub-sub.service';
import type { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LiveEventsService } from './live-events.service';

describe('LiveEventsService', () => {
  it('survives a publish that fails (Redis away) instead of leaving the rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    try {
      const pubSub = { publish: () => Promise.reject(new Error('Redis is away')) };
      const tenant = { organizationId: 'org', afterCommit: (callback: () => void) => callback() };
      const live = new LiveEventsService(
        pubSub as unknown as PubSubService,
        tenant as unknown as TenantContextService,
      );
      live.publish({ type: 'lead.deleted', lead_id: 'lead', assigned_user_id: null });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
